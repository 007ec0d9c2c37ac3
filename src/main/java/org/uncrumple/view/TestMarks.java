package org.uncrumple.view;

import javafx.scene.paint.Color;

/**
 * The held-out test points, drawn by the point cloud among the training points' dots: each a
 * diamond in its class colour with a dark outline, told apart at a glance from the training points
 * in the light and the dark theme alike, and hidden only by points in front of it.
 *
 * <p>Like the training points, they are drawn in a fixed random order, and while the view moves
 * only as large a share of them as of the training points (any first part of a random order is a
 * fair sample of every class). FX thread only.
 */
public final class TestMarks {
  /**
   * The outline's colour: the ink of the light theme, dark enough to read on the dark theme's
   * paper.
   */
  static final Color OUTLINE = Color.web("#1f2430");

  /** The order's seed: the same test points always come first. */
  private static final long ORDER_SEED = 0x7E57L;

  private static final int OUTLINE_ARGB =
      PointSplat.argb(OUTLINE.getRed(), OUTLINE.getGreen(), OUTLINE.getBlue());

  private final Runnable changed;
  private int[] order = new int[0];
  private int[] colours = new int[0];
  private float[] xyz;
  private boolean visible;
  private int drawn;

  /**
   * @param changed called when the picture must be drawn again
   */
  TestMarks(Runnable changed) {
    this.changed = changed;
  }

  /** One test point per label, coloured by it; none is drawn until positions come. */
  public void setPoints(int[] labels) {
    order = ShuffledPoints.order(labels.length, ORDER_SEED);
    colours = new int[labels.length];
    for (int slot = 0; slot < labels.length; slot++) {
      Color colour = Palette.colour(labels[order[slot]]);
      colours[slot] = PointSplat.argb(colour.getRed(), colour.getGreen(), colour.getBlue());
    }
    xyz = null;
    changed.run();
  }

  /**
   * Moves the test points to {@code positions} (× 3, in their own order). The array is read again
   * on later pulses, so refill it only on the FX thread.
   */
  public void update(float[] positions) {
    if (positions.length < 3 * order.length) {
      throw new IllegalArgumentException(
          "positions hold " + positions.length / 3 + " points, fewer than " + order.length);
    }
    xyz = positions;
    changed.run();
  }

  public void setVisible(boolean on) {
    if (on != visible) {
      visible = on;
      changed.run();
    }
  }

  public boolean isVisible() {
    return visible;
  }

  /** How many test points were drawn last (a share of them while the view moves). */
  public int drawnCount() {
    return drawn;
  }

  /** How many there are. */
  public int size() {
    return order.length;
  }

  /**
   * Draws as large a share of the test points as {@code shown} is of {@code all} training points
   * (every one when all are drawn, or there are none to draw).
   */
  void drawInto(PointSplat picture, PointSplat.View view, int shown, int all) {
    int n = order.length;
    drawn =
        !visible || xyz == null ? 0 : shown >= all ? n : (int) Math.ceil((double) n * shown / all);
    picture.gems(view, xyz, order, colours, OUTLINE_ARGB, drawn);
  }
}
