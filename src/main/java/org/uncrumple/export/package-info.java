/**
 * Films the 3D picture: what to film ({@link org.uncrumple.export.Clip}: a tour of the layers, a
 * training time-lapse, an orbit or a still), the frames rendered off screen by {@link
 * org.uncrumple.view.FrameSource}, and the encoders (MP4, GIF, PNG). {@link
 * org.uncrumple.export.ExportJob} runs one {@link org.uncrumple.export.ExportRequest} with progress
 * and cancel; files are written beside their target and moved into place only when finished.
 *
 * <p>Floor: above {@code view}; used by the window's export dialog and by {@code uncrumple export}.
 * Never imports the window ({@code org.uncrumple.app..}).
 */
package org.uncrumple.export;
