package org.uncrumple.testing;

import static org.uncrumple.testing.FxWaits.onFx;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;

/**
 * Where a node is on the screen, worked out on the FX thread. TestFX's {@code clickOn(node)},
 * {@code point(node)}, {@code moveTo(node)} and {@code drag(node)} compute a node's bounds on the
 * test's own thread; JavaFX caches bounds lazily, so that computation races the FX thread's pulse
 * over the same parents' caches and once broke a pulse with an IndexOutOfBoundsException in {@code
 * Parent.updateCachedBounds}. Tests point the robot at the {@link Point2D} found here instead.
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
          Bounds bounds = node.localToScreen(node.getBoundsInLocal());
          if (bounds == null) {
            throw new IllegalStateException(node + " is not in a window that shows");
          }
          return new Point2D(
              bounds.getMinX() + acrossWidth * bounds.getWidth(),
              bounds.getMinY() + downHeight * bounds.getHeight());
        });
  }
}
