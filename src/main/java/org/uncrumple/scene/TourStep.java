package org.uncrumple.scene;

/**
 * One stop of a scene's tour: a stage and what to say there.
 *
 * @param stage a stage name from {@link Stages}, such as {@code input}, {@code layer2.squash} or
 *     {@code output}
 * @param caption the words shown (and burned into exports) while the tour rests on the stage
 */
public record TourStep(String stage, String caption) {}
