/**
 * The window shell: {@link org.uncrumple.app.App} starts the program, {@link
 * org.uncrumple.app.MainWindow} assembles the parts (view, strip, tour bar, training panel, menus)
 * and moves the picture once a frame, {@link org.uncrumple.app.WindowActions} builds the table of
 * actions, {@link org.uncrumple.app.Following} follows and nudges a point, {@link
 * org.uncrumple.app.CompareWindow} puts two whole explorers side by side, and {@link
 * org.uncrumple.app.RenderBenchmark} measures the real window.
 *
 * <p>Floor: the top of the window; it may use every {@code app.*} part, {@code view} and {@code
 * export}. No part imports the shell. FX thread only unless a class says otherwise.
 */
package org.uncrumple.app;
