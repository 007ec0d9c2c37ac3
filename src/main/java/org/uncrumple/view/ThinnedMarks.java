package org.uncrumple.view;

/**
 * Marks the point cloud draws among its training points' dots, one per point of a set of their own
 * (the held-out test points, the probes): while the view moves, as large a share of them is drawn
 * as of the training points, a first part of a fixed order, so the marks on screen stay the same
 * ones and are a fair sample. FX thread only.
 */
abstract class ThinnedMarks {
  private final Runnable changed;
  private final String noun;
  private int[] order = new int[0];
  private float[] xyz;
  private boolean visible;
  private int drawn;

  /**
   * @param changed called when the picture must be drawn again
   * @param noun what the marks are, for messages ("test points")
   */
  ThinnedMarks(Runnable changed, String noun) {
    this.changed = changed;
    this.noun = noun;
  }

  /**
   * New marks, drawn in {@code order} (slot {@code s} is the point at {@code 3 · order[s]} of the
   * positions); none is drawn until positions come.
   */
  final void reset(int[] order) {
    this.order = order;
    xyz = null;
    changed.run();
  }

  /**
   * Moves the marks to {@code positions} (× 3, in their own order). The array is read again on
   * later pulses, so refill it only on the FX thread.
   */
  public final void update(float[] positions) {
    if (positions.length < 3 * order.length) {
      throw new IllegalArgumentException(
          "positions hold " + positions.length / 3 + " " + noun + ", fewer than " + order.length);
    }
    xyz = positions;
    changed.run();
  }

  public final void setVisible(boolean on) {
    if (on != visible) {
      visible = on;
      changed.run();
    }
  }

  public final boolean isVisible() {
    return visible;
  }

  /** How many were drawn last (a share of them while the view moves). */
  public final int drawnCount() {
    return drawn;
  }

  /** How many there are. */
  public final int size() {
    return order.length;
  }

  /**
   * Draws as large a share of the marks as {@code shown} is of {@code all} training points (every
   * one when all are drawn, or there are none to draw).
   */
  final void drawInto(PointSplat picture, PointSplat.View view, int shown, int all) {
    int n = order.length;
    drawn =
        !visible || xyz == null ? 0 : shown >= all ? n : (int) Math.ceil((double) n * shown / all);
    draw(picture, view, xyz, order, drawn);
  }

  /** Draws slots {@code 0..count-1} of {@code order}. */
  abstract void draw(PointSplat picture, PointSplat.View view, float[] xyz, int[] order, int count);
}
