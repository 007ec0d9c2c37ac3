package org.uncrumple.view;

import javafx.scene.paint.Color;

/**
 * The lattice's lines, drawn by the point cloud over and among its dots ({@link PointSplat#lines}):
 * see-through lines about a pixel wide with smoothed edges, hidden where a dot or diamond lies in
 * front of them.
 *
 * <p>As a 3-D mesh of ribbons the lattice cost a software renderer about 12 ms a frame while it
 * moved (its vertices rewritten, its long thin triangles spread over the whole view), against about
 * a millisecond drawn here. FX thread only.
 */
public final class LatticeLines {
  private final Runnable changed;
  private final int colour;
  private int lines;
  private int pointsPerLine;
  private float[] positions;
  private boolean visible;

  /**
   * @param colour the lines' colour, its opacity theirs
   * @param changed called when the picture must be drawn again
   */
  LatticeLines(Color colour, Runnable changed) {
    this.colour =
        PointSplat.argb(colour.getRed(), colour.getGreen(), colour.getBlue(), colour.getOpacity());
    this.changed = changed;
  }

  /** How many lines, of how many points each; none is drawn until positions come. */
  public void setShape(int lines, int pointsPerLine) {
    this.lines = lines;
    this.pointsPerLine = pointsPerLine;
    positions = null;
    changed.run();
  }

  /**
   * Moves the lines' points to {@code positions} (x, y, z each, line after line). The array is read
   * again on later pulses, so refill it only on the FX thread.
   */
  public void update(float[] positions) {
    if (positions.length < 3 * lines * pointsPerLine) {
      throw new IllegalArgumentException(
          "positions hold "
              + positions.length / 3
              + " points, fewer than "
              + lines
              + " lines of "
              + pointsPerLine);
    }
    this.positions = positions;
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

  void drawInto(PointSplat picture, PointSplat.View view) {
    if (visible && positions != null) {
      picture.lines(view, positions, lines, pointsPerLine, colour);
    }
  }
}
