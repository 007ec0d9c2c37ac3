package org.uncrumple.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * The three matrix products of the batched passes, written for the small shapes of this program
 * (widths of 2 to a few dozen, batches of tens of rows) on the {@code data} of EJML matrices.
 *
 * <p>All three are one operation, a strided product C(i, j) = Σ_t X(i, t)·Y(j, t), where X(i, t) is
 * {@code x[i·xRow + t·xStep]} and Y(j, t) is {@code y[j·yRow + t·yStep]}: with unit steps it is
 * A·Bᵀ, and other strides read a matrix transposed in place, so no transposed copy is made. A block
 * of four rows by four columns of C is accumulated at once in sixteen independent sums that share
 * their loads (two rows by four where fewer than four rows are left), which keeps the
 * floating-point units busy instead of waiting on one sum at a time. Each sum still runs t = 0, 1,
 * … in order, so results equal a plain triple loop's bit for bit.
 *
 * <p>Why not {@code CommonOps_DDRM}: at these shapes EJML's general-purpose products wait on one
 * dependent sum at a time (and the loops of its "reorder" variants are too short for HotSpot to
 * vectorise). Measured in thread CPU time on the development machine for the 32 × 16 by 16 × 16
 * products of a 3-16-16-2 batch, EJML against these kernels: A·Bᵀ 5.6 against 3.1 µs, Aᵀ·B 5.2
 * against 2.9 µs, A·B 5.3 against 3.1 µs; at width 3 the kernels are 35 % faster for A·Bᵀ and about
 * even otherwise. With them a 3-16-16-2 training step of 32 rows fell from about 37 to 27 µs. Four
 * rows instead of two (16 sums sharing 8 loads a step rather than 8 sharing 6) took the 32 × 64 by
 * 64 × 32 product of a 64-32-10 step from 16.5 to 14.6 µs.
 *
 * <p>Blocking a product into register-sized tiles is the idea of Goto and van de Geijn, "Anatomy of
 * high-performance matrix multiplication", ACM TOMS 34(3), 2008, at its smallest scale.
 *
 * <p>Every method reshapes its output with {@link DMatrixRMaj#reshape(int, int)}, which allocates
 * only when the output has never been that large.
 */
final class Kernels {
  private Kernels() {}

  /**
   * C = A·Bᵀ.
   *
   * @param a n × m
   * @param b p × m
   * @param c receives n × p; must not be a or b
   */
  static void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
    checkInner(a.numCols, b.numCols, "A·Bᵀ");
    c.reshape(a.numRows, b.numRows);
    // C(i, j) = Σ_t A(i, t)·B(j, t)
    strided(a.data, a.numCols, 1, b.data, b.numCols, 1, a.numCols, c.data, a.numRows, b.numRows);
  }

  /**
   * C = A·B.
   *
   * @param a n × m
   * @param b m × p
   * @param c receives n × p; must not be a or b
   */
  static void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
    checkInner(a.numCols, b.numRows, "A·B");
    c.reshape(a.numRows, b.numCols);
    // C(i, j) = Σ_t A(i, t)·B(t, j)
    strided(a.data, a.numCols, 1, b.data, 1, b.numCols, a.numCols, c.data, a.numRows, b.numCols);
  }

  /**
   * C = Aᵀ·B, the sum over rows r of the outer products a_rᵀ·b_r.
   *
   * @param a n × p
   * @param b n × m
   * @param c receives p × m; must not be a or b
   */
  static void multTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
    checkInner(a.numRows, b.numRows, "Aᵀ·B");
    c.reshape(a.numCols, b.numCols);
    // C(i, j) = Σ_r A(r, i)·B(r, j)
    strided(a.data, 1, a.numCols, b.data, 1, b.numCols, a.numRows, c.data, a.numCols, b.numCols);
  }

  /**
   * cᵀ = 1ᵀ·A, the column sums of A, each summed from row 0 down.
   *
   * @param a n × p
   * @param c receives 1 × p
   */
  static void sumColumns(DMatrixRMaj a, DMatrixRMaj c) {
    int n = a.numRows;
    int p = a.numCols;
    c.reshape(1, p);
    double[] ad = a.data;
    double[] cd = c.data;
    for (int j = 0; j < p; j++) {
      cd[j] = 0.0;
    }
    for (int r = 0; r < n; r++) {
      int aRow = r * p;
      for (int j = 0; j < p; j++) {
        cd[j] += ad[aRow + j];
      }
    }
  }

  /**
   * C(i, j) = Σ_{t &lt; length} x[i·xRow + t·xStep]·y[j·yRow + t·yStep], C rows × cols row-major.
   * Blocks of four rows by four columns while both are left, then of two rows by four columns, then
   * the rest one entry at a time.
   */
  private static void strided(
      double[] x,
      int xRow,
      int xStep,
      double[] y,
      int yRow,
      int yStep,
      int length,
      double[] c,
      int rows,
      int cols) {
    int blockedCols = cols & ~3;
    int i = 0;
    if (blockedCols > 0) {
      for (; i + 3 < rows; i += 4) {
        fourRows(x, xRow, xStep, y, yRow, yStep, length, c, i, cols, blockedCols);
      }
    }
    for (; i + 1 < rows; i += 2) {
      twoRows(x, xRow, xStep, y, yRow, yStep, length, c, i, cols, blockedCols);
    }
    for (; i < rows; i++) {
      int xa = i * xRow;
      int ca = i * cols;
      for (int j = 0; j < cols; j++) {
        double a = 0.0;
        for (int t = 0, ta = xa, ty = j * yRow; t < length; t++, ta += xStep, ty += yStep) {
          a += x[ta] * y[ty];
        }
        c[ca + j] = a;
      }
    }
  }

  /**
   * Rows i … i + 3 of C: blocks of four columns in sixteen independent sums that share eight loads
   * a step (a MAC for every half load), then the columns left over.
   */
  private static void fourRows(
      double[] x,
      int xRow,
      int xStep,
      double[] y,
      int yRow,
      int yStep,
      int length,
      double[] c,
      int i,
      int cols,
      int blockedCols) {
    int xa = i * xRow;
    int xb = xa + xRow;
    int xc = xb + xRow;
    int xd = xc + xRow;
    int ca = i * cols;
    int cb = ca + cols;
    int cc = cb + cols;
    int cd = cc + cols;
    int j = 0;
    for (; j < blockedCols; j += 4) {
      int y0 = j * yRow;
      int y1 = y0 + yRow;
      int y2 = y1 + yRow;
      int y3 = y2 + yRow;
      double a0 = 0.0;
      double a1 = 0.0;
      double a2 = 0.0;
      double a3 = 0.0;
      double b0 = 0.0;
      double b1 = 0.0;
      double b2 = 0.0;
      double b3 = 0.0;
      double c0 = 0.0;
      double c1 = 0.0;
      double c2 = 0.0;
      double c3 = 0.0;
      double d0 = 0.0;
      double d1 = 0.0;
      double d2 = 0.0;
      double d3 = 0.0;
      for (int t = 0, tx = 0, ty = 0; t < length; t++, tx += xStep, ty += yStep) {
        double w0 = y[y0 + ty];
        double w1 = y[y1 + ty];
        double w2 = y[y2 + ty];
        double w3 = y[y3 + ty];
        double va = x[xa + tx];
        a0 += va * w0;
        a1 += va * w1;
        a2 += va * w2;
        a3 += va * w3;
        double vb = x[xb + tx];
        b0 += vb * w0;
        b1 += vb * w1;
        b2 += vb * w2;
        b3 += vb * w3;
        double vc = x[xc + tx];
        c0 += vc * w0;
        c1 += vc * w1;
        c2 += vc * w2;
        c3 += vc * w3;
        double vd = x[xd + tx];
        d0 += vd * w0;
        d1 += vd * w1;
        d2 += vd * w2;
        d3 += vd * w3;
      }
      c[ca + j] = a0;
      c[ca + j + 1] = a1;
      c[ca + j + 2] = a2;
      c[ca + j + 3] = a3;
      c[cb + j] = b0;
      c[cb + j + 1] = b1;
      c[cb + j + 2] = b2;
      c[cb + j + 3] = b3;
      c[cc + j] = c0;
      c[cc + j + 1] = c1;
      c[cc + j + 2] = c2;
      c[cc + j + 3] = c3;
      c[cd + j] = d0;
      c[cd + j + 1] = d1;
      c[cd + j + 2] = d2;
      c[cd + j + 3] = d3;
    }
    for (; j < cols; j++) {
      double a = 0.0;
      double b = 0.0;
      double e = 0.0;
      double f = 0.0;
      for (int t = 0, tx = 0, ty = j * yRow; t < length; t++, tx += xStep, ty += yStep) {
        double w = y[ty];
        a += x[xa + tx] * w;
        b += x[xb + tx] * w;
        e += x[xc + tx] * w;
        f += x[xd + tx] * w;
      }
      c[ca + j] = a;
      c[cb + j] = b;
      c[cc + j] = e;
      c[cd + j] = f;
    }
  }

  /** Rows i and i + 1 of C: blocks of four columns in eight sums, then the columns left over. */
  private static void twoRows(
      double[] x,
      int xRow,
      int xStep,
      double[] y,
      int yRow,
      int yStep,
      int length,
      double[] c,
      int i,
      int cols,
      int blockedCols) {
    int xa = i * xRow;
    int xb = xa + xRow;
    int ca = i * cols;
    int cb = ca + cols;
    int j = 0;
    for (; j < blockedCols; j += 4) {
      int y0 = j * yRow;
      int y1 = y0 + yRow;
      int y2 = y1 + yRow;
      int y3 = y2 + yRow;
      double a0 = 0.0;
      double a1 = 0.0;
      double a2 = 0.0;
      double a3 = 0.0;
      double b0 = 0.0;
      double b1 = 0.0;
      double b2 = 0.0;
      double b3 = 0.0;
      for (int t = 0, ta = xa, tb = xb, ty = 0;
          t < length;
          t++, ta += xStep, tb += xStep, ty += yStep) {
        double va = x[ta];
        double vb = x[tb];
        double w0 = y[y0 + ty];
        double w1 = y[y1 + ty];
        double w2 = y[y2 + ty];
        double w3 = y[y3 + ty];
        a0 += va * w0;
        a1 += va * w1;
        a2 += va * w2;
        a3 += va * w3;
        b0 += vb * w0;
        b1 += vb * w1;
        b2 += vb * w2;
        b3 += vb * w3;
      }
      c[ca + j] = a0;
      c[ca + j + 1] = a1;
      c[ca + j + 2] = a2;
      c[ca + j + 3] = a3;
      c[cb + j] = b0;
      c[cb + j + 1] = b1;
      c[cb + j + 2] = b2;
      c[cb + j + 3] = b3;
    }
    for (; j < cols; j++) {
      double a = 0.0;
      double b = 0.0;
      for (int t = 0, ta = xa, tb = xb, ty = j * yRow;
          t < length;
          t++, ta += xStep, tb += xStep, ty += yStep) {
        double w = y[ty];
        a += x[ta] * w;
        b += x[tb] * w;
      }
      c[ca + j] = a;
      c[cb + j] = b;
    }
  }

  private static void checkInner(int left, int right, String product) {
    if (left != right) {
      throw new IllegalArgumentException(
          "inner dimensions of " + product + " differ: " + left + " and " + right);
    }
  }
}
