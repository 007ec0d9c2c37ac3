/**
 * The window's model: {@link org.uncrumple.app.model.Explorer} (the open scene, its trainer, the
 * newest snapshot, the problems to report) and {@link org.uncrumple.app.model.StageNavigator}
 * (where the view is along the stages, the tour's play and speed). Views read their properties and
 * call their commands; they never talk to the trainer themselves.
 *
 * <p>Floor: the bottom of the window; uses {@code train}, {@code scene} and JavaFX properties, no
 * other window part. FX thread only; the trainer runs on its own thread.
 */
package org.uncrumple.app.model;
