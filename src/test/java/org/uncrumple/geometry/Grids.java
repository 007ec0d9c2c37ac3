package org.uncrumple.geometry;

import java.util.function.ToDoubleFunction;

/**
 * Test helper: fields sampled on the grid of {@link IsoSurface}, and a slow, obviously correct
 * reference for the piecewise linear interpolant that marching tetrahedra cuts.
 */
final class Grids {
  private Grids() {}

  /** f at every grid point, in the order of {@link IsoSurface#extract}. */
  static double[] sample(int perAxis, double half, ToDoubleFunction<double[]> f) {
    double[] points = IsoSurface.gridPoints(perAxis, half);
    double[] values = new double[points.length / 3];
    for (int g = 0; g < values.length; g++) {
      values[g] =
          f.applyAsDouble(new double[] {points[3 * g], points[3 * g + 1], points[3 * g + 2]});
    }
    return values;
  }

  /** f at every grid point as a function of the grid indices (i, j, k). */
  static double[] sampleIndices(int perAxis, IndexField f) {
    double[] values = new double[perAxis * perAxis * perAxis];
    for (int i = 0; i < perAxis; i++) {
      for (int j = 0; j < perAxis; j++) {
        for (int k = 0; k < perAxis; k++) {
          values[(i * perAxis + j) * perAxis + k] = f.at(i, j, k);
        }
      }
    }
    return values;
  }

  /** A field given on grid indices. */
  @FunctionalInterface
  interface IndexField {
    double at(int i, int j, int k);
  }

  /**
   * The Freudenthal (Kuhn) interpolant of grid values at p: in the cube holding p with local
   * coordinates u ∈ [0, 1]³ sorted u_a ≥ u_b ≥ u_c, p lies in the tetrahedron 000 → e_a → e_a + e_b
   * → 111 with weights (1 − u_a, u_a − u_b, u_b − u_c, u_c).
   */
  static double interpolate(double[] values, int perAxis, double half, double[] p) {
    double spacing = 2 * half / (perAxis - 1);
    int[] cell = new int[3];
    double[] u = new double[3];
    for (int axis = 0; axis < 3; axis++) {
      double position = (p[axis] + half) / spacing;
      cell[axis] = Math.max(0, Math.min(perAxis - 2, (int) Math.floor(position)));
      u[axis] = position - cell[axis];
    }
    Integer[] order = {0, 1, 2};
    java.util.Arrays.sort(order, (x, y) -> Double.compare(u[y], u[x]));
    int[] corner = cell.clone();
    double result = (1 - u[order[0]]) * at(values, perAxis, corner);
    for (int step = 0; step < 3; step++) {
      corner[order[step]]++;
      double upper = step == 2 ? 0 : u[order[step + 1]];
      result += (u[order[step]] - upper) * at(values, perAxis, corner);
    }
    return result;
  }

  private static double at(double[] values, int perAxis, int[] c) {
    return values[(c[0] * perAxis + c[1]) * perAxis + c[2]];
  }
}
