package org.uncrumple.geometry;

import java.util.Arrays;

/**
 * The per-frame pass over the points: y_i = A·a_i + O·o_i + c for every point i, written as float
 * x, y, z into the caller's array. A is 3×n, O 3×m and c 3, packed in one array as A, O, c
 * (row-major); a and o are row-major float arrays (count × n, count × m). This is the only code
 * whose cost grows with the points; widths of 3 get unrolled loops, the common case of the
 * paper-ball scenes.
 */
final class Projection {
  private Projection() {}

  /**
   * Writes y_i for every point.
   *
   * @param o the layer output, or null when O = 0
   */
  static void affine(
      float[] a, int n, float[] o, int m, double[] coefficients, int count, float[] out) {
    int offsetAt = 3 * (n + m);
    if (n == 3 && o == null) {
      affine3(a, coefficients, offsetAt, count, out);
    } else if (n == 3 && m == 3) {
      blend3(a, o, coefficients, count, out);
    } else if (o == null) {
      linear(a, n, coefficients, offsetAt, count, out);
    } else {
      blend(a, n, o, m, coefficients, count, out);
    }
  }

  /** y_i = P·a_i for a 3×n frame P, allocating nothing. */
  static void through(float[] a, int n, double[] frame, int count, float[] out) {
    int row1 = n;
    int row2 = 2 * n;
    for (int i = 0; i < count; i++) {
      double x = 0;
      double y = 0;
      double z = 0;
      int base = i * n;
      for (int j = 0; j < n; j++) {
        double v = a[base + j];
        x += frame[j] * v;
        y += frame[row1 + j] * v;
        z += frame[row2 + j] * v;
      }
      out[3 * i] = (float) x;
      out[3 * i + 1] = (float) y;
      out[3 * i + 2] = (float) z;
    }
  }

  /** y_i = A·a_i + c for any n. */
  private static void linear(
      float[] a, int n, double[] coefficients, int offsetAt, int count, float[] out) {
    double[] a0 = Arrays.copyOfRange(coefficients, 0, n);
    double[] a1 = Arrays.copyOfRange(coefficients, n, 2 * n);
    double[] a2 = Arrays.copyOfRange(coefficients, 2 * n, 3 * n);
    double c0 = coefficients[offsetAt];
    double c1 = coefficients[offsetAt + 1];
    double c2 = coefficients[offsetAt + 2];
    for (int i = 0; i < count; i++) {
      double x = c0;
      double y = c1;
      double z = c2;
      int base = i * n;
      for (int j = 0; j < n; j++) {
        double v = a[base + j];
        x += a0[j] * v;
        y += a1[j] * v;
        z += a2[j] * v;
      }
      out[3 * i] = (float) x;
      out[3 * i + 1] = (float) y;
      out[3 * i + 2] = (float) z;
    }
  }

  /** y_i = A·a_i + O·o_i + c: a squash, which reads the layer output too. */
  private static void blend(
      float[] a, int n, float[] o, int m, double[] coefficients, int count, float[] out) {
    int offsetAt = 3 * (n + m);
    double[] a0 = Arrays.copyOfRange(coefficients, 0, n);
    double[] a1 = Arrays.copyOfRange(coefficients, n, 2 * n);
    double[] a2 = Arrays.copyOfRange(coefficients, 2 * n, 3 * n);
    double[] o0 = Arrays.copyOfRange(coefficients, 3 * n, 3 * n + m);
    double[] o1 = Arrays.copyOfRange(coefficients, 3 * n + m, 3 * n + 2 * m);
    double[] o2 = Arrays.copyOfRange(coefficients, 3 * n + 2 * m, 3 * n + 3 * m);
    double c0 = coefficients[offsetAt];
    double c1 = coefficients[offsetAt + 1];
    double c2 = coefficients[offsetAt + 2];
    for (int i = 0; i < count; i++) {
      double x = c0;
      double y = c1;
      double z = c2;
      int base = i * n;
      for (int j = 0; j < n; j++) {
        double v = a[base + j];
        x += a0[j] * v;
        y += a1[j] * v;
        z += a2[j] * v;
      }
      base = i * m;
      for (int j = 0; j < m; j++) {
        double v = o[base + j];
        x += o0[j] * v;
        y += o1[j] * v;
        z += o2[j] * v;
      }
      out[3 * i] = (float) x;
      out[3 * i + 1] = (float) y;
      out[3 * i + 2] = (float) z;
    }
  }

  private static void affine3(
      float[] a, double[] coefficients, int offsetAt, int count, float[] out) {
    double a00 = coefficients[0];
    double a01 = coefficients[1];
    double a02 = coefficients[2];
    double a10 = coefficients[3];
    double a11 = coefficients[4];
    double a12 = coefficients[5];
    double a20 = coefficients[6];
    double a21 = coefficients[7];
    double a22 = coefficients[8];
    double c0 = coefficients[offsetAt];
    double c1 = coefficients[offsetAt + 1];
    double c2 = coefficients[offsetAt + 2];
    for (int j = 0; j < 3 * count; j += 3) {
      double x = a[j];
      double y = a[j + 1];
      double z = a[j + 2];
      out[j] = (float) (c0 + a00 * x + a01 * y + a02 * z);
      out[j + 1] = (float) (c1 + a10 * x + a11 * y + a12 * z);
      out[j + 2] = (float) (c2 + a20 * x + a21 * y + a22 * z);
    }
  }

  /** n = m = 3 with the output read: the squash of a 3-wide layer. */
  private static void blend3(float[] a, float[] o, double[] k, int count, float[] out) {
    for (int j = 0; j < 3 * count; j += 3) {
      double x = a[j];
      double y = a[j + 1];
      double z = a[j + 2];
      double u = o[j];
      double v = o[j + 1];
      double w = o[j + 2];
      out[j] = (float) (k[18] + k[0] * x + k[1] * y + k[2] * z + k[9] * u + k[10] * v + k[11] * w);
      out[j + 1] =
          (float) (k[19] + k[3] * x + k[4] * y + k[5] * z + k[12] * u + k[13] * v + k[14] * w);
      out[j + 2] =
          (float) (k[20] + k[6] * x + k[7] * y + k[8] * z + k[15] * u + k[16] * v + k[17] * w);
    }
  }
}
