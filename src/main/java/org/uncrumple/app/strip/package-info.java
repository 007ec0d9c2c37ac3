/**
 * Finding your way along the network: the strip of stage boxes across the top ({@link
 * org.uncrumple.app.strip.NetworkStrip}, with each layer's split and flat measures and warnings)
 * and the tour bar under the view ({@link org.uncrumple.app.strip.TourBar}: caption, play, step,
 * slider).
 *
 * <p>Floor: uses {@code app.model}, {@code app.actions} and {@code view}. FX thread only.
 */
package org.uncrumple.app.strip;
