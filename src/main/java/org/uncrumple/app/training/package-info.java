/**
 * The training side of the window: the panel with its buttons, settings, figures and chart ({@link
 * org.uncrumple.app.training.TrainingPanel}, {@link org.uncrumple.app.training.TrainingChart}), the
 * "training so far" timeline that scrubs back through kept snapshots, and the frame-rate readout.
 *
 * <p>Floor: uses {@code app.model}, {@code app.actions}, {@code train}. FX thread only.
 */
package org.uncrumple.app.training;
