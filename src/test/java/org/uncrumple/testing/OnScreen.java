package org.uncrumple.testing;

import static org.uncrumple.testing.FxWaits.onFx;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;

/**
 * Where a node is on the screen, worked out on the FX thread. TestFX's {@code clickOn(node)},
 * {@code point(node)}, {@code moveTo(node)} and {@code drag(node)} compute a node's bounds on the
 * test's own thread; JavaFX caches bounds lazily, so that computation races the FX thread's pulse
 * over the same parents' caches and once broke a pulse with an IndexOutOfBoundsException in {@code
 * Parent.updateCachedBounds}. Tests point the robot at the {@link Point2D} found here instead.
 *
 * <p>Finding a point also hides any tooltip that shows. A tooltip opens in a window of its own, 4
 * px below a pointer that rests for a second (on a loaded machine the wait for the next test's
 * scene is that long), 44 px high and up to 320 px wide (measured under Monocle): a click on a node
 * under it goes to the tooltip instead. That is the likely reason a click on the Step button was
 * once lost during a full run under load (the step never came, and no error was logged).
 */
public final class OnScreen {
  private OnScreen() {}

  /** The centre of {@code node} on the screen. */
  public static Point2D centre(Node node) {
    return at(node, 0.5, 0.5);
  }

  /**
   * A point inside {@code node}'s bounds, as fractions of its width and height from its top left
   * corner: (0, 0.5) is the middle of its left edge.
   */
  public static Point2D at(Node node, double acrossWidth, double downHeight) {
    return onFx(
        () -> {
          hideTooltips();
          Bounds bounds = node.localToScreen(node.getBoundsInLocal());
          if (bounds == null) {
            throw new IllegalStateException(node + " is not in a window that shows");
          }
          return new Point2D(
              bounds.getMinX() + acrossWidth * bounds.getWidth(),
              bounds.getMinY() + downHeight * bounds.getHeight());
        });
  }

  /** Hides every tooltip showing; FX thread. */
  private static void hideTooltips() {
    for (Window window : List.copyOf(Window.getWindows())) {
      if (window instanceof Tooltip tooltip && tooltip.isShowing()) {
        tooltip.hide();
      }
    }
  }
}
