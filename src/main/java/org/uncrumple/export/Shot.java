package org.uncrumple.export;

import org.uncrumple.view.CameraPose;

/**
 * What one frame shows.
 *
 * @param step the training step whose weights are drawn
 * @param position where along the stages the points are (0 = input, stages − 1 = output)
 * @param pose where the camera is
 */
public record Shot(long step, double position, CameraPose pose) {}
