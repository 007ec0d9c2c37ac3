/**
 * The lesson windows of the Lessons menu: the loss landscape ({@link
 * org.uncrumple.app.lessons.LandscapePanel}) and the layer made by hand ({@link
 * org.uncrumple.app.lessons.LayerEditor}); the comparison of two scenes side by side is opened
 * through {@link org.uncrumple.app.lessons.ComparisonOpener}, which the shell supplies.
 *
 * <p>Floor: uses {@code app.model}, {@code app.look}, {@code view} (the landscape's 3-D picture and
 * height colours) and the core {@code lessons} package. FX thread only; landscapes are computed on
 * a worker of their own.
 */
package org.uncrumple.app.lessons;
