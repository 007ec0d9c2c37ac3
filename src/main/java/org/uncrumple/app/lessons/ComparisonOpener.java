package org.uncrumple.app.lessons;

import javafx.stage.Window;
import org.uncrumple.lessons.Comparison;
import org.uncrumple.scene.SceneException;

/**
 * Opens two scenes side by side. The window shell supplies it, since a comparison holds two whole
 * explorer windows and the lessons menu sits inside one.
 */
@FunctionalInterface
public interface ComparisonOpener {
  /** Opens {@code comparison} in a window of its own, owned by {@code owner} (may be null). */
  void open(Comparison comparison, Window owner) throws SceneException;
}
