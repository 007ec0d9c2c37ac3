package org.uncrumple.data;

/**
 * Sampling and meshing of {@link Surface}s: points spread uniformly by area (rejection sampling
 * against the area element |∂p/∂u × ∂p/∂v|), Gaussian jitter, and the regular (u, v) grid mesh that
 * becomes a {@link Sheet}.
 */
final class Surfaces {
  private static final int BOUND_GRID = 64;
  private static final double BOUND_MARGIN = 1.25;
  private static final double STEP = 1e-6;

  private Surfaces() {}

  /**
   * Draws points uniformly by area on a surface.
   *
   * @param surface the surface
   * @param count how many points
   * @param rng the source of randomness
   * @return row-major {@code count × 3} coordinates
   */
  static double[] sampleByArea(Surface surface, int count, Rng rng) {
    double bound = 0;
    for (int i = 0; i <= BOUND_GRID; i++) {
      for (int j = 0; j <= BOUND_GRID; j++) {
        bound =
            Math.max(bound, areaElement(surface, (double) i / BOUND_GRID, (double) j / BOUND_GRID));
      }
    }
    bound *= BOUND_MARGIN;
    double[] xyz = new double[count * 3];
    double[] p = new double[3];
    for (int k = 0; k < count; ) {
      double u = rng.uniform();
      double v = rng.uniform();
      if (rng.uniform() * bound <= areaElement(surface, u, v)) {
        surface.at(u, v, p);
        System.arraycopy(p, 0, xyz, 3 * k, 3);
        k++;
      }
    }
    return xyz;
  }

  /**
   * Computes |∂p/∂u × ∂p/∂v| at (u, v) by central differences (one-sided at the edges).
   *
   * @param surface the surface
   * @param u the first parameter
   * @param v the second parameter
   * @return the area element, the area of the image of a small parameter square per unit area
   */
  static double areaElement(Surface surface, double u, double v) {
    double[] du = derivative(surface, u, v, true);
    double[] dv = derivative(surface, u, v, false);
    double nx = du[1] * dv[2] - du[2] * dv[1];
    double ny = du[2] * dv[0] - du[0] * dv[2];
    double nz = du[0] * dv[1] - du[1] * dv[0];
    return StrictMath.sqrt(nx * nx + ny * ny + nz * nz);
  }

  private static double[] derivative(Surface surface, double u, double v, boolean alongU) {
    double t = alongU ? u : v;
    double low = Math.max(0, t - STEP);
    double high = Math.min(1, t + STEP);
    double[] a = new double[3];
    double[] b = new double[3];
    if (alongU) {
      surface.at(low, v, a);
      surface.at(high, v, b);
    } else {
      surface.at(u, low, a);
      surface.at(u, high, b);
    }
    double h = high - low;
    return new double[] {(b[0] - a[0]) / h, (b[1] - a[1]) / h, (b[2] - a[2]) / h};
  }

  /**
   * Computes the vertices of a regular grid over a surface: vertex {@code r · columns + c} is at
   * {@code u = c / (columns − 1), v = r / (rows − 1)}.
   *
   * @param surface the surface
   * @param rows the number of grid rows (along v), at least 2
   * @param columns the number of grid columns (along u), at least 2
   * @return row-major {@code rows · columns × 3} coordinates
   */
  static double[] gridVertices(Surface surface, int rows, int columns) {
    double[] xyz = new double[rows * columns * 3];
    double[] p = new double[3];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        surface.at((double) c / (columns - 1), (double) r / (rows - 1), p);
        System.arraycopy(p, 0, xyz, 3 * (r * columns + c), 3);
      }
    }
    return xyz;
  }

  /**
   * Adds independent Gaussian noise to every coordinate, in place.
   *
   * @param xyz row-major coordinates
   * @param deviation the standard deviation; 0 leaves the points (and the random sequence) as they
   *     are
   * @param rng the source of randomness
   */
  static void jitter(double[] xyz, double deviation, Rng rng) {
    if (deviation == 0) {
      return;
    }
    for (int i = 0; i < xyz.length; i++) {
      xyz[i] += deviation * rng.gaussian();
    }
  }
}
