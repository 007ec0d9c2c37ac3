/**
 * Files and the dialogs that read or write them: opening scenes and CSV files (by menu, recent list
 * or drag and drop), saving scenes and models, exporting layer coordinates ({@link
 * org.uncrumple.app.files.SceneFiles}), the gallery of bundled lessons and the export dialog. Slow
 * reads and writes run on the window's loader thread; problems are reported, never thrown.
 *
 * <p>Floor: uses {@code app.model}, {@code app.look}, {@code view}, {@code export} and {@code
 * scene}. FX thread only, apart from the jobs handed to the loader or export thread.
 */
package org.uncrumple.app.files;
