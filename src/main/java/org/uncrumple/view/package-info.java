/**
 * The 3D picture of a stage, as the window shows it and as an export films it: the viewport with
 * its orbit camera, the point cloud, the sheets, lattice, decision surface and probes carried
 * through the stages, the decision plane or class regions at the output, the class palette and
 * legend, the captions, the names of the axes of projected stages, and the trace worker that turns
 * each weight snapshot into every stage's coordinates. Also the loss landscape in 3-D ({@link
 * org.uncrumple.view.LandscapeView}), drawn in a viewport of its own. FXyz3D draws the landscape's
 * surface and path and the letters of the axis names.
 *
 * <p>Floor: above {@code nn}, {@code data}, {@code geometry}, {@code lessons}, {@code scene} and
 * {@code train}; uses JavaFX. It never imports the window ({@code org.uncrumple.app..}) or {@code
 * export}: both build on it (an ArchUnit rule keeps it so).
 *
 * <p>Threads: {@link org.uncrumple.view.TraceWorker} traces on its own thread and hands over
 * finished {@link org.uncrumple.view.Traced} values; everything else here runs on the FX thread.
 * {@link org.uncrumple.view.LivePicture} is the window's live picture, {@link
 * org.uncrumple.view.FrameSource} the export's off-screen one.
 */
package org.uncrumple.view;
