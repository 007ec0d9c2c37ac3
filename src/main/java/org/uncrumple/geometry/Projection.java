package org.uncrumple.geometry;

/**
 * The per-frame pass over the points: y_i = A·a_i + O·o_i + c for every point i, written as float
 * x, y, z into the caller's array. A is 3×n, O 3×m and c 3, packed in one array as A, O, c
 * (row-major). Small input widths get unrolled loops; this is the only code whose cost grows with
 * the points.
 */
final class Projection {
  private Projection() {}

  /** y_i = A·a_i + c, with c at {@code coefficients[offsetAt …]}. */
  static void affine(
      float[] a, int n, double[] coefficients, int offsetAt, int count, float[] out) {
    double c0 = coefficients[offsetAt];
    double c1 = coefficients[offsetAt + 1];
    double c2 = coefficients[offsetAt + 2];
    if (n == 3) {
      double a00 = coefficients[0];
      double a01 = coefficients[1];
      double a02 = coefficients[2];
      double a10 = coefficients[3];
      double a11 = coefficients[4];
      double a12 = coefficients[5];
      double a20 = coefficients[6];
      double a21 = coefficients[7];
      double a22 = coefficients[8];
      for (int i = 0, j = 0; i < count; i++, j += 3) {
        double x = a[j];
        double y = a[j + 1];
        double z = a[j + 2];
        out[j] = (float) (c0 + a00 * x + a01 * y + a02 * z);
        out[j + 1] = (float) (c1 + a10 * x + a11 * y + a12 * z);
        out[j + 2] = (float) (c2 + a20 * x + a21 * y + a22 * z);
      }
    } else if (n == 2) {
      double a00 = coefficients[0];
      double a01 = coefficients[1];
      double a10 = coefficients[2];
      double a11 = coefficients[3];
      double a20 = coefficients[4];
      double a21 = coefficients[5];
      for (int i = 0; i < count; i++) {
        double x = a[2 * i];
        double y = a[2 * i + 1];
        out[3 * i] = (float) (c0 + a00 * x + a01 * y);
        out[3 * i + 1] = (float) (c1 + a10 * x + a11 * y);
        out[3 * i + 2] = (float) (c2 + a20 * x + a21 * y);
      }
    } else {
      double[] row0 = new double[n];
      double[] row1 = new double[n];
      double[] row2 = new double[n];
      System.arraycopy(coefficients, 0, row0, 0, n);
      System.arraycopy(coefficients, n, row1, 0, n);
      System.arraycopy(coefficients, 2 * n, row2, 0, n);
      for (int i = 0; i < count; i++) {
        double x = c0;
        double y = c1;
        double z = c2;
        int base = i * n;
        for (int j = 0; j < n; j++) {
          double v = a[base + j];
          x += row0[j] * v;
          y += row1[j] * v;
          z += row2[j] * v;
        }
        out[3 * i] = (float) x;
        out[3 * i + 1] = (float) y;
        out[3 * i + 2] = (float) z;
      }
    }
  }

  /** y_i = A·a_i + O·o_i + c. */
  static void affine(
      float[] a, int n, float[] o, int m, double[] coefficients, int count, float[] out) {
    int offsetAt = 3 * (n + m);
    affine(a, n, coefficients, offsetAt, count, out);
    double[] row0 = new double[m];
    double[] row1 = new double[m];
    double[] row2 = new double[m];
    System.arraycopy(coefficients, 3 * n, row0, 0, m);
    System.arraycopy(coefficients, 3 * n + m, row1, 0, m);
    System.arraycopy(coefficients, 3 * n + 2 * m, row2, 0, m);
    for (int i = 0; i < count; i++) {
      double x = 0;
      double y = 0;
      double z = 0;
      int base = i * m;
      for (int j = 0; j < m; j++) {
        double v = o[base + j];
        x += row0[j] * v;
        y += row1[j] * v;
        z += row2[j] * v;
      }
      out[3 * i] += (float) x;
      out[3 * i + 1] += (float) y;
      out[3 * i + 2] += (float) z;
    }
  }
}
