package org.uncrumple.view;

import java.util.Arrays;
import java.util.stream.IntStream;
import javafx.scene.paint.Color;

/**
 * Probe points off the data, drawn by the point cloud among the training points' dots: each a grey
 * dot a little smaller than a point's, hidden by the points in front of it and hiding those behind.
 *
 * <p>The probes lie at random, so any first part of them is a fair sample of the space around the
 * data: while the view moves, as large a share of them is drawn as of the training points.
 *
 * <p>As a 3-D mesh of small octahedra, 1,500 moving probes cost a software renderer about 7 ms a
 * frame (the mesh's vertex buffers rebuilt on every move), a quarter of the whole window's frame;
 * drawn here they cost about what as many points do. FX thread only.
 */
public final class ProbeDots {
  static final Color COLOUR = Color.gray(0.45);

  /** A probe's radius as a share of a point's: a little smaller than a point. */
  static final double OF_POINT_RADIUS = 0.9;

  private static final int ARGB =
      PointSplat.argb(COLOUR.getRed(), COLOUR.getGreen(), COLOUR.getBlue());

  private final Runnable changed;
  private int[] order = new int[0];
  private int[] colours = new int[0];
  private int[] rims = new int[0];
  private float[] xyz;
  private boolean visible;
  private int drawn;

  /**
   * @param changed called when the picture must be drawn again
   */
  ProbeDots(Runnable changed) {
    this.changed = changed;
  }

  /** Makes room for {@code count} probes; none is drawn until positions come. */
  public void setCount(int count) {
    order = IntStream.range(0, count).toArray();
    colours = new int[count];
    Arrays.fill(colours, ARGB);
    rims = new int[count];
    Arrays.fill(rims, PointSplat.rimOf(ARGB));
    xyz = null;
    changed.run();
  }

  /**
   * Moves the probes to {@code positions} (× 3). The array is read again on later pulses, so refill
   * it only on the FX thread.
   */
  public void update(float[] positions) {
    if (positions.length < 3 * order.length) {
      throw new IllegalArgumentException(
          "positions hold " + positions.length / 3 + " probes, fewer than " + order.length);
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

  /** How many probes were drawn last (a share of them while the view moves). */
  public int drawnCount() {
    return drawn;
  }

  /** How many there are. */
  public int size() {
    return order.length;
  }

  /**
   * Draws as large a share of the probes as {@code shown} is of {@code all} training points (every
   * one when all are drawn, or there are none to draw).
   */
  void drawInto(PointSplat picture, PointSplat.View view, int shown, int all) {
    int n = order.length;
    drawn =
        !visible || xyz == null ? 0 : shown >= all ? n : (int) Math.ceil((double) n * shown / all);
    picture.dots(view, OF_POINT_RADIUS, xyz, order, colours, rims, drawn);
  }
}
