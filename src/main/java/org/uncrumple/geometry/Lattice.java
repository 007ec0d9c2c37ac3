package org.uncrumple.geometry;

/**
 * The straight lines of a cubic lattice filling [−h, h]³, sampled finely enough to bend: carried
 * through the network with the data, they show how each layer turns, stretches and squashes space
 * itself, not only the points.
 *
 * <p>Symbols: P lattice points per axis at x_i = −h + 2h·i / (P − 1), S segments per line. For each
 * axis a = x, y, z in turn there are P² lines parallel to it, one for each pair of lattice
 * coordinates (x_i, x_j) of the other two axes in increasing order (i along the lower axis, the
 * outer loop), and each line is sampled at the S + 1 points −h + 2h·s / S, s = 0 … S, along a. So
 * there are {@link #lineCount} = 3P² lines of {@link #pointsPerLine} = S + 1 points; point s of
 * line ℓ is row ℓ·(S + 1) + s of {@link #lines}. Where lines cross, each keeps its own copy of the
 * point.
 *
 * <p>The methods keep no state and may be called from any thread.
 */
public final class Lattice {
  private Lattice() {}

  /**
   * The lattice's lines, one after the other.
   *
   * @param perAxis P ≥ 2, lattice points per axis
   * @param half h &gt; 0
   * @param segments S ≥ 1, straight pieces per line
   * @return row-major 3P²·(S + 1) × 3 coordinates, line after line
   * @throws IllegalArgumentException if an argument is out of range or the lattice would not fit in
   *     one array
   */
  public static double[] lines(int perAxis, double half, int segments) {
    IsoSurface.checkGrid(perAxis, half);
    if (segments < 1) {
      throw new IllegalArgumentException("a line needs at least 1 segment, was " + segments);
    }
    long size = 3L * lineCount(perAxis) * pointsPerLine(segments);
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          lineCount(perAxis) + " lines of " + pointsPerLine(segments) + " points do not fit");
    }
    double[] lattice = new double[perAxis];
    for (int i = 0; i < perAxis; i++) {
      lattice[i] = MarchingTetrahedra.coordinate(i, perAxis, half);
    }
    double[] along = new double[segments + 1];
    for (int s = 0; s <= segments; s++) {
      along[s] = s == segments ? half : -half + 2 * half * s / segments;
    }
    double[] out = new double[(int) size];
    int at = 0;
    for (int axis = 0; axis < 3; axis++) {
      int first = axis == 0 ? 1 : 0;
      int second = axis == 2 ? 1 : 2;
      for (int i = 0; i < perAxis; i++) {
        for (int j = 0; j < perAxis; j++) {
          for (int s = 0; s <= segments; s++) {
            out[at + axis] = along[s];
            out[at + first] = lattice[i];
            out[at + second] = lattice[j];
            at += 3;
          }
        }
      }
    }
    return out;
  }

  /**
   * The number of lines, 3P².
   *
   * @param perAxis P ≥ 1
   * @return 3·perAxis²
   */
  public static int lineCount(int perAxis) {
    if (perAxis < 1) {
      throw new IllegalArgumentException("points per axis must be at least 1, was " + perAxis);
    }
    return Math.multiplyExact(3, Math.multiplyExact(perAxis, perAxis));
  }

  /**
   * The number of points on each line, S + 1.
   *
   * @param segments S ≥ 1
   * @return segments + 1
   */
  public static int pointsPerLine(int segments) {
    if (segments < 1) {
      throw new IllegalArgumentException("a line needs at least 1 segment, was " + segments);
    }
    return Math.addExact(segments, 1);
  }

  /**
   * The axis a line runs along.
   *
   * @param line ℓ, 0 … 3P² − 1
   * @param perAxis P
   * @return 0 for x, 1 for y, 2 for z
   */
  public static int axisOf(int line, int perAxis) {
    int count = lineCount(perAxis);
    if (line < 0 || line >= count) {
      throw new IndexOutOfBoundsException("line " + line + " outside 0.." + (count - 1));
    }
    return line / (perAxis * perAxis);
  }
}
