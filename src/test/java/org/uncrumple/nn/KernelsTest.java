package org.uncrumple.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The blocked products equal plain triple loops that sum in the same order, bit for bit. */
class KernelsTest {
  private static DMatrixRMaj random(int rows, int cols, long seed) {
    return new DMatrixRMaj(rows, cols, true, Fixtures.points(rows * cols, 1, 1.0, seed));
  }

  @ParameterizedTest(name = "{0}×{1} by {1}×{2}")
  @CsvSource({
    "1, 1, 1",
    "2, 3, 4",
    "3, 3, 3",
    "5, 16, 16",
    "32, 16, 2",
    "17, 7, 9",
    "4, 1, 5",
    "32, 64, 32",
    "11, 5, 13",
    "6, 3, 7"
  })
  void productsEqualPlainLoops(int n, int m, int p) {
    DMatrixRMaj a = random(n, m, 1);
    DMatrixRMaj b = random(m, p, 2);
    DMatrixRMaj bt = random(p, m, 3);
    DMatrixRMaj at = random(m, n, 4);
    DMatrixRMaj c = new DMatrixRMaj(1, 1);

    Kernels.mult(a, b, c);
    assertArrayEquals(naive(a, false, b, false), data(c));
    Kernels.multTransB(a, bt, c);
    assertArrayEquals(naive(a, false, bt, true), data(c));
    Kernels.multTransA(at, b, c);
    assertArrayEquals(naive(at, true, b, false), data(c));
    assertEquals(n, c.numRows);
    assertEquals(p, c.numCols);
  }

  @Test
  void sumColumnsAddsEachColumnFromTheTop() {
    DMatrixRMaj a = new DMatrixRMaj(3, 2, true, 1, 2, 3, 4, 5, 6);
    DMatrixRMaj c = new DMatrixRMaj(2, 1);
    Kernels.sumColumns(a, c);
    assertEquals(1, c.numRows);
    assertArrayEquals(new double[] {9, 12}, data(c));
  }

  @Test
  void mismatchedInnerDimensionsAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Kernels.mult(new DMatrixRMaj(2, 3), new DMatrixRMaj(2, 3), new DMatrixRMaj(1, 1)));
  }

  private static double[] data(DMatrixRMaj c) {
    return Arrays.copyOf(c.data, c.getNumElements());
  }

  /** op(A)·op(B) by the textbook sum Σ_t, t ascending, starting from 0. */
  private static double[] naive(DMatrixRMaj a, boolean transA, DMatrixRMaj b, boolean transB) {
    int n = transA ? a.numCols : a.numRows;
    int m = transA ? a.numRows : a.numCols;
    int p = transB ? b.numRows : b.numCols;
    double[] c = new double[n * p];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        double sum = 0;
        for (int t = 0; t < m; t++) {
          sum += (transA ? a.get(t, i) : a.get(i, t)) * (transB ? b.get(j, t) : b.get(t, j));
        }
        c[i * p + j] = sum;
      }
    }
    return c;
  }
}
