package org.uncrumple.geometry;

import java.util.Objects;

/**
 * The surface where a field sampled on a regular grid over the cube [−h, h]³ is zero, as a
 * connected triangle mesh.
 *
 * <p>Grid. P points per axis; the value at grid point (i, j, k) is {@code values[(i·P + j)·P + k]}
 * and belongs to the position (x_i, x_j, x_k), x_i = −h + 2h·i / (P − 1): i runs along x, j along
 * y, k along z. {@link #gridPoints} lists the positions in that order, ready for a batched call of
 * whatever computes the field.
 *
 * <p>Method: marching tetrahedra (each grid cube cut into six tetrahedra around its main diagonal;
 * see {@link MarchingTetrahedra}): the field is interpolated linearly inside each tetrahedron, so
 * the surface has no ambiguous cases, is exact for a linear field and lies within the grid spacing
 * of the true zero set wherever the field is smooth at that scale. Vertices on grid edges are
 * shared between the triangles around them; triangles are counter-clockwise seen from the positive
 * side, so their normals point towards positive values. A value of exactly 0 counts as positive,
 * and so does any value within 10⁻¹² of the largest |value| of 0 (rounding noise): the surface then
 * passes through that grid point, and triangles that would collapse there are left out.
 *
 * <p>Cost: one pass over the (P − 1)³·6 tetrahedra, with work only in those the surface crosses.
 * The methods keep no state and may be called from any thread.
 */
public final class IsoSurface {
  /** The largest grid, so that the 3·P³ coordinates of its points fit in one Java array. */
  static final int MAX_PER_AXIS = 800;

  /**
   * Values within this share of the largest |value| count as exactly 0: rounding noise, not
   * information, and left alone it would leave slivers of no area around the grid point.
   */
  static final double SNAP = 1e-12;

  private IsoSurface() {}

  /**
   * The zero set of a sampled field.
   *
   * @param values P³ finite values, {@code values[(i·P + j)·P + k]} at (x_i, x_j, x_k)
   * @param perAxis P ≥ 2, grid points along each axis
   * @param half h &gt; 0: the grid spans [−h, h] along each axis
   * @return the surface, normals towards positive values; empty when the field does not change sign
   * @throws IllegalArgumentException if the sizes disagree or a value is NaN or infinite
   */
  public static Mesh extract(double[] values, int perAxis, double half) {
    Objects.requireNonNull(values, "values");
    checkGrid(perAxis, half);
    long expected = (long) perAxis * perAxis * perAxis;
    if (values.length != expected) {
      throw new IllegalArgumentException(
          "a grid of "
              + perAxis
              + " points per axis needs "
              + expected
              + " values, found "
              + values.length);
    }
    double largest = 0;
    for (int g = 0; g < values.length; g++) {
      if (!Double.isFinite(values[g])) {
        throw new IllegalArgumentException(
            "the value at grid point " + describe(g, perAxis) + " is " + values[g]);
      }
      largest = Math.max(largest, Math.abs(values[g]));
    }
    return MarchingTetrahedra.zeroSet(
        perAxis,
        half,
        SNAP * largest,
        (corners, out) -> {
          for (int c = 0; c < 4; c++) {
            out[c] = values[corners[c]];
          }
          return 0;
        });
  }

  /**
   * The positions of the grid points, in the order of the values {@link #extract} takes.
   *
   * @param perAxis P ≥ 2
   * @param half h &gt; 0
   * @return row-major P³ × 3 coordinates, point (i·P + j)·P + k at (x_i, x_j, x_k)
   */
  public static double[] gridPoints(int perAxis, double half) {
    checkGrid(perAxis, half);
    double[] axis = new double[perAxis];
    for (int i = 0; i < perAxis; i++) {
      axis[i] = MarchingTetrahedra.coordinate(i, perAxis, half);
    }
    double[] points = new double[3 * perAxis * perAxis * perAxis];
    int at = 0;
    for (int i = 0; i < perAxis; i++) {
      for (int j = 0; j < perAxis; j++) {
        for (int k = 0; k < perAxis; k++) {
          points[at++] = axis[i];
          points[at++] = axis[j];
          points[at++] = axis[k];
        }
      }
    }
    return points;
  }

  /**
   * The distance between neighbouring grid points, 2h / (P − 1).
   *
   * @param perAxis P ≥ 2
   * @param half h &gt; 0
   * @return the grid spacing
   */
  public static double spacing(int perAxis, double half) {
    checkGrid(perAxis, half);
    return MarchingTetrahedra.spacing(perAxis, half);
  }

  /** Rejects grids with fewer than 2 points per axis, or a cube that is not a positive size. */
  static void checkGrid(int perAxis, double half) {
    if (perAxis < 2 || perAxis > MAX_PER_AXIS) {
      throw new IllegalArgumentException(
          "points per axis must be 2 to " + MAX_PER_AXIS + ", was " + perAxis);
    }
    if (!(half > 0) || !Double.isFinite(half)) {
      throw new IllegalArgumentException(
          "the half-width of the cube must be positive and finite, was " + half);
    }
  }

  private static String describe(int g, int perAxis) {
    return "(" + g / (perAxis * perAxis) + ", " + g / perAxis % perAxis + ", " + g % perAxis + ")";
  }
}
