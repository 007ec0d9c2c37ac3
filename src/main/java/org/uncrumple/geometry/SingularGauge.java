package org.uncrumple.geometry;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Chooses among the many equally valid singular value decompositions W = U·Σ·Vᵀ (W m×n, U m×m, V
 * n×n, σ_i the diagonal of Σ, r = min(m, n) of them) the one to animate.
 *
 * <p>The freedom ("gauge"): flipping the sign of a column u_i, or of v_i, together with σ_i;
 * reordering the pairs (u_i, σ_i, v_i); and any rotation of the columns of U (or V) beyond the
 * r-th, which span W's null spaces and meet σ = 0. The choice made here:
 *
 * <ol>
 *   <li>with a previous decomposition of the same shape (the last training snapshot): pairs are
 *       matched to the previous ones (greedy on |u_i·u'_j| + |v_i·v'_j|), each column's sign
 *       follows its previous column, and the null-space columns are turned to be nearest to the
 *       previous ones. The animation then changes smoothly from one snapshot to the next, even when
 *       two singular values cross;
 *   <li>without one: σ descending and non-negative, each pair's sign chosen so that u_ii + v_ii ≥ 0
 *       and the null-space columns nearest to the identity, so that the two rotations are as small
 *       as possible.
 * </ol>
 *
 * Finally U and V are made proper rotations (det = +1): through the null-space columns when there
 * are any (their flip changes nothing visible), otherwise by flipping one column and its σ — the
 * smallest |σ| (or the column least tied to the previous snapshot) — which folds the reflection of
 * W into a negative singular value.
 */
final class SingularGauge {
  private SingularGauge() {}

  /**
   * Fixes the gauge of U (m×m), σ (r entries) and V (n×n) in place.
   *
   * @param previous the same layer's decomposition in the last snapshot, same shape, or null
   */
  static void fix(DMatrixRMaj u, double[] sigma, DMatrixRMaj v, LayerDecomposition previous) {
    int r = sigma.length;
    DMatrixRMaj previousU = previous == null ? null : previous.leftBlock();
    DMatrixRMaj previousV = previous == null ? null : previous.rightBlock();
    if (previous != null) {
      matchOrder(u, sigma, v, previousU, previousV);
      for (int i = 0; i < r; i++) {
        if (columnDot(u, i, previousU, i) < 0) {
          negateColumn(u, i);
          sigma[i] = -sigma[i];
        }
        if (columnDot(v, i, previousV, i) < 0) {
          negateColumn(v, i);
          sigma[i] = -sigma[i];
        }
      }
    } else {
      for (int i = 0; i < r; i++) {
        if (u.get(i, i) + v.get(i, i) < 0) {
          negateColumn(u, i);
          negateColumn(v, i);
        }
      }
    }
    makeProper(u, sigma, previousU);
    makeProper(v, sigma, previousV);
  }

  /** Reorders the first r columns of U and V (and σ) to follow the previous decomposition. */
  private static void matchOrder(
      DMatrixRMaj u, double[] sigma, DMatrixRMaj v, DMatrixRMaj previousU, DMatrixRMaj previousV) {
    int r = sigma.length;
    double[][] score = new double[r][r];
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < r; j++) {
        score[i][j] =
            Math.abs(columnDot(u, i, previousU, j)) + Math.abs(columnDot(v, i, previousV, j));
      }
    }
    int[] source = new int[r];
    boolean[] taken = new boolean[r];
    boolean[] filled = new boolean[r];
    for (int round = 0; round < r; round++) {
      int bestI = -1;
      int bestJ = -1;
      for (int i = 0; i < r; i++) {
        for (int j = 0; j < r; j++) {
          if (!taken[i] && !filled[j] && (bestI < 0 || score[i][j] > score[bestI][bestJ])) {
            bestI = i;
            bestJ = j;
          }
        }
      }
      taken[bestI] = true;
      filled[bestJ] = true;
      source[bestJ] = bestI;
    }
    DMatrixRMaj oldU = u.copy();
    DMatrixRMaj oldV = v.copy();
    double[] oldSigma = sigma.clone();
    for (int j = 0; j < r; j++) {
      copyColumn(oldU, source[j], u, j);
      copyColumn(oldV, source[j], v, j);
      sigma[j] = oldSigma[source[j]];
    }
  }

  /** Makes det x = +1, x being U or V, through its null-space columns or one flipped column. */
  private static void makeProper(DMatrixRMaj x, double[] sigma, DMatrixRMaj previous) {
    int size = x.numRows;
    int r = sigma.length;
    int sign = CommonOps_DDRM.det(x) < 0 ? -1 : 1;
    if (size > r) {
      int q = size - r;
      // N = the null-space columns; reference N' = previous ones, or the identity's
      DMatrixRMaj n = CommonOps_DDRM.extract(x, 0, size, r, size);
      DMatrixRMaj reference = new DMatrixRMaj(size, q);
      for (int j = 0; j < q; j++) {
        for (int row = 0; row < size; row++) {
          reference.set(
              row, j, previous == null ? (row == r + j ? 1 : 0) : previous.get(row, r + j));
        }
      }
      // N ← N·Q with Q orthogonal nearest to Nᵀ·N' and det Q = det x, so that det(x·diag(I, Q)) =
      // +1
      DMatrixRMaj cross = new DMatrixRMaj(q, q);
      CommonOps_DDRM.multTransA(n, reference, cross);
      DMatrixRMaj turn = Orthogonal.nearest(cross, sign);
      DMatrixRMaj turned = new DMatrixRMaj(size, q);
      CommonOps_DDRM.mult(n, turn, turned);
      CommonOps_DDRM.insert(turned, x, 0, r);
    } else if (sign < 0) {
      int flip = r - 1;
      double weakest = Double.POSITIVE_INFINITY;
      for (int i = 0; i < r; i++) {
        double tie = previous == null ? Math.abs(sigma[i]) : Math.abs(columnDot(x, i, previous, i));
        if (tie <= weakest) {
          weakest = tie;
          flip = i;
        }
      }
      negateColumn(x, flip);
      sigma[flip] = -sigma[flip];
    }
  }

  private static double columnDot(DMatrixRMaj a, int i, DMatrixRMaj b, int j) {
    double sum = 0;
    for (int row = 0; row < a.numRows; row++) {
      sum += a.get(row, i) * b.get(row, j);
    }
    return sum;
  }

  private static void negateColumn(DMatrixRMaj x, int column) {
    for (int row = 0; row < x.numRows; row++) {
      x.set(row, column, -x.get(row, column));
    }
  }

  private static void copyColumn(DMatrixRMaj from, int fromColumn, DMatrixRMaj to, int toColumn) {
    for (int row = 0; row < from.numRows; row++) {
      to.set(row, toColumn, from.get(row, fromColumn));
    }
  }
}
