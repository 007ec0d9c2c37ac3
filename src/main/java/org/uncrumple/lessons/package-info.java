/**
 * The lessons of the essays as computations the window can show: an adversarial nudge of one point
 * ({@link org.uncrumple.lessons.Nudge}), probes off the data manifold ({@link
 * org.uncrumple.lessons.Probes}), a slice of the loss landscape ({@link
 * org.uncrumple.lessons.LossLandscape}), a layer edited by hand ({@link
 * org.uncrumple.lessons.LayerEdit}) and the side-by-side comparisons ({@link
 * org.uncrumple.lessons.Comparison}).
 *
 * <p>Core code: no JavaFX and no console output. Every method either keeps no state or works on
 * copies, so the window may call them on a worker thread with a snapshot's network.
 */
package org.uncrumple.lessons;
