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
public final class TestMarks extends ThinnedMarks {
  /**
   * The outline's colour: the ink of the light theme, dark enough to read on the dark theme's
   * paper.
   */
  static final Color OUTLINE = Color.web("#1f2430");

  /** The order's seed: the same test points always come first. */
  private static final long ORDER_SEED = 0x7E57L;

  private static final int OUTLINE_ARGB =
      PointSplat.argb(OUTLINE.getRed(), OUTLINE.getGreen(), OUTLINE.getBlue());

  private int[] colours = new int[0];

  /**
   * @param changed called when the picture must be drawn again
   */
  TestMarks(Runnable changed) {
    super(changed, "points");
  }

  /** One test point per label, coloured by it; none is drawn until positions come. */
  public void setPoints(int[] labels) {
    int[] order = ShuffledPoints.order(labels.length, ORDER_SEED);
    colours = new int[labels.length];
    for (int slot = 0; slot < labels.length; slot++) {
      Color colour = Palette.colour(labels[order[slot]]);
      colours[slot] = PointSplat.argb(colour.getRed(), colour.getGreen(), colour.getBlue());
    }
    reset(order);
  }

  @Override
  void draw(PointSplat picture, PointSplat.View view, float[] xyz, int[] order, int count) {
    picture.gems(view, xyz, order, colours, OUTLINE_ARGB, count);
  }
}
