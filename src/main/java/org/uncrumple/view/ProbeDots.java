package org.uncrumple.view;

import java.util.Arrays;
import java.util.stream.IntStream;
import javafx.scene.paint.Color;

/**
 * Probe points off the data, drawn by the point cloud among the training points' dots: each a grey
 * dot a little smaller than a point's, hidden by the points in front of it and hiding those behind.
 * The probes lie at random, so any first part of them is a fair sample of the space around the
 * data, and they are thinned with the points ({@link ThinnedMarks}).
 *
 * <p>As a 3-D mesh of small octahedra, 1,500 moving probes cost a software renderer about 7 ms a
 * frame (the mesh's vertex buffers rebuilt on every move), a quarter of the whole window's frame;
 * drawn here they cost about what as many points do. FX thread only.
 */
public final class ProbeDots extends ThinnedMarks {
  static final Color COLOUR = Color.gray(0.45);

  /** A probe's radius as a share of a point's: a little smaller than a point. */
  static final double OF_POINT_RADIUS = 0.9;

  private static final int ARGB =
      PointSplat.argb(COLOUR.getRed(), COLOUR.getGreen(), COLOUR.getBlue());

  private int[] colours = new int[0];
  private int[] rims = new int[0];

  /**
   * @param changed called when the picture must be drawn again
   */
  ProbeDots(Runnable changed) {
    super(changed, "probes");
  }

  /** Makes room for {@code count} probes; none is drawn until positions come. */
  public void setCount(int count) {
    colours = new int[count];
    Arrays.fill(colours, ARGB);
    rims = new int[count];
    Arrays.fill(rims, PointSplat.rimOf(ARGB));
    reset(IntStream.range(0, count).toArray());
  }

  @Override
  void draw(PointSplat picture, PointSplat.View view, float[] xyz, int[] order, int count) {
    picture.dots(view, OF_POINT_RADIUS, xyz, order, colours, rims, count);
  }
}
