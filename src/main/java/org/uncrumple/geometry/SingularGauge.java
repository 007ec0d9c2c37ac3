package org.uncrumple.geometry;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Chooses among the many equally valid singular value decompositions W = U·Σ·Vᵀ (W m×n, U m×m, V
 * n×n, σ_i the diagonal of Σ, r = min(m, n) of them) the one to animate.
 *
 * <p>The freedom ("gauge"): flipping the sign of u_i and v_i together; flipping u_i (or v_i) alone
 * together with σ_i; reordering the pairs (u_i, σ_i, v_i); and any rotation of the columns of U (or
 * V) beyond the r-th, which span the part of ℝᵐ outside W's image (or W's null space) and meet σ =
 * 0.
 *
 * <p>What W itself decides, whatever came before: U and V are proper rotations (det = +1), and
 * every σ_i ≥ 0 except in one case, a square W with det W &lt; 0, which has exactly one negative
 * σ_i (the mirror W holds, shown by the stretch passing that axis through 0). A non-square W never
 * has a negative factor: "mirrored" has no meaning between spaces of different dimension, and the
 * sign of the extra columns of the wider of U and V is free, so those columns make both rotations
 * proper at no visible cost.
 *
 * <p>What is left is chosen for continuity. With a previous decomposition of the same shape (the
 * last training snapshot): the pairs are matched to the previous ones (greedy on |u_i·u'_j| +
 * |v_i·v'_j|), each pair's signs are chosen to be nearest to its previous columns, the negative
 * factor of a mirroring W goes where it best continues the previous picture, and the extra columns
 * are turned to be nearest to the previous ones; so the animation changes smoothly from one
 * snapshot to the next, even when two singular values cross. Without one: σ descending, the
 * identity takes the place of the previous columns (so the two rotations are as small as possible),
 * and the negative factor of a mirroring W sits on the smallest |σ_i|.
 *
 * <p>The signs: let a_i = u_i·u'_i and b_i = v_i·v'_i for the SVD's columns. Giving the pair i the
 * signs (s, s) scores s·(a_i + b_i); giving the mirrored pair j the signs (s, −s) scores s·(a_j −
 * b_j) and negates σ_j. Each pair takes its better sign; if the product of the signs given to the
 * columns of the narrower of U and V (U when square) then does not make its determinant +1, the
 * pair with the smallest score margin takes its other sign, which is the best choice that does.
 */
final class SingularGauge {
  /** Below this fraction of σ_1 a singular value counts as 0: W is singular. */
  private static final double SINGULAR = 1e-12;

  /** Singular values this close, relative to σ_1, are tied for the smallest. */
  private static final double TIED = 1e-9;

  private SingularGauge() {}

  /**
   * Fixes the gauge of U (m×m), σ (r entries, non-negative as the SVD gives them) and V (n×n) in
   * place.
   *
   * @param previous the same layer's decomposition in the last snapshot, same shape, or null
   */
  static void fix(DMatrixRMaj u, double[] sigma, DMatrixRMaj v, LayerDecomposition previous) {
    int r = sigma.length;
    int m = u.numRows;
    int n = v.numRows;
    DMatrixRMaj previousU = previous == null ? null : previous.leftBlock();
    DMatrixRMaj previousV = previous == null ? null : previous.rightBlock();
    if (previous != null) {
      matchOrder(u, sigma, v, previousU, previousV);
    }
    // a_i = u_i·u'_i, b_i = v_i·v'_i, with u'_i, v'_i the previous columns or e_i
    double[] a = new double[r];
    double[] b = new double[r];
    for (int i = 0; i < r; i++) {
      a[i] = previous == null ? u.get(i, i) : columnDot(u, i, previousU, i);
      b[i] = previous == null ? v.get(i, i) : columnDot(v, i, previousV, i);
    }
    // the signs given to the first r columns of the narrower matrix must make its det +1
    int needed = CommonOps_DDRM.det(m <= n ? u : v) < 0 ? -1 : 1;
    boolean mirrors = m == n && CommonOps_DDRM.det(u) * CommonOps_DDRM.det(v) < 0;
    Signs best = null;
    if (!mirrors) {
      best = Signs.choose(a, b, -1, needed);
    } else {
      for (int j : mirrorCandidates(sigma, previous == null)) {
        Signs signs = Signs.choose(a, b, j, needed);
        if (best == null || signs.score > best.score) {
          best = signs;
        }
      }
    }
    for (int i = 0; i < r; i++) {
      int signOfU = best.signs[i];
      int signOfV = i == best.mirrored ? -signOfU : signOfU;
      if (signOfU < 0) {
        negateColumn(u, i);
      }
      if (signOfV < 0) {
        negateColumn(v, i);
      }
      if (i == best.mirrored) {
        // a mirror on a factor that is 0 up to rounding is no mirror at all: σ_i = 0 exactly
        sigma[i] = sigma[i] <= SINGULAR * largest(sigma) ? 0 : -sigma[i];
      }
    }
    turnExtraColumns(u, r, previousU);
    turnExtraColumns(v, r, previousV);
  }

  /**
   * The indices where the one negative factor of a mirroring square W may go: a zero σ if W is
   * singular (the mirror then costs nothing), else any, or without a previous decomposition the
   * smallest.
   */
  private static int[] mirrorCandidates(double[] sigma, boolean fresh) {
    int r = sigma.length;
    double largest = 0;
    double smallest = Double.POSITIVE_INFINITY;
    for (double s : sigma) {
      largest = Math.max(largest, s);
      smallest = Math.min(smallest, s);
    }
    double limit;
    if (smallest <= SINGULAR * largest) {
      limit = SINGULAR * largest;
    } else if (fresh) {
      limit = smallest + TIED * largest;
    } else {
      limit = Double.POSITIVE_INFINITY;
    }
    int count = 0;
    int[] candidates = new int[r];
    for (int i = 0; i < r; i++) {
      if (sigma[i] <= limit) {
        candidates[count++] = i;
      }
    }
    return Arrays.copyOf(candidates, count);
  }

  private static double largest(double[] sigma) {
    double largest = 0;
    for (double s : sigma) {
      largest = Math.max(largest, Math.abs(s));
    }
    return largest;
  }

  /** One choice of column signs and its continuity score. */
  private static final class Signs {
    final int[] signs;
    final int mirrored;
    final double score;

    private Signs(int[] signs, int mirrored, double score) {
      this.signs = signs;
      this.mirrored = mirrored;
      this.score = score;
    }

    /**
     * The best signs for the columns of U given that pair {@code mirrored} (or none, −1) gets
     * opposite signs, subject to the product of the signs being {@code needed}.
     */
    static Signs choose(double[] a, double[] b, int mirrored, int needed) {
      int r = a.length;
      int[] signs = new int[r];
      double score = 0;
      int product = 1;
      int cheapest = 0;
      double[] margin = new double[r];
      for (int i = 0; i < r; i++) {
        // c_i = a_i ± b_i; sign s scores s·c_i
        double c = i == mirrored ? a[i] - b[i] : a[i] + b[i];
        signs[i] = c < 0 ? -1 : 1;
        margin[i] = Math.abs(c);
        score += margin[i];
        product *= signs[i];
        if (margin[i] < margin[cheapest]) {
          cheapest = i;
        }
      }
      if (product != needed) {
        signs[cheapest] = -signs[cheapest];
        score -= 2 * margin[cheapest];
      }
      return new Signs(signs, mirrored, score);
    }
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

  /**
   * Makes det x = +1, x being U or V, by turning its columns beyond the r-th (none when x is the
   * narrower one, whose determinant the signs have already made +1).
   */
  private static void turnExtraColumns(DMatrixRMaj x, int r, DMatrixRMaj previous) {
    int size = x.numRows;
    if (size == r) {
      return;
    }
    int sign = CommonOps_DDRM.det(x) < 0 ? -1 : 1;
    int q = size - r;
    // N = the extra columns; reference N' = previous ones, or the identity's
    DMatrixRMaj extra = CommonOps_DDRM.extract(x, 0, size, r, size);
    DMatrixRMaj reference = new DMatrixRMaj(size, q);
    for (int j = 0; j < q; j++) {
      for (int row = 0; row < size; row++) {
        reference.set(row, j, previous == null ? (row == r + j ? 1 : 0) : previous.get(row, r + j));
      }
    }
    // N ← N·Q with Q orthogonal nearest to Nᵀ·N' and det Q = det x, so that det(x·diag(I, Q)) = +1
    DMatrixRMaj cross = new DMatrixRMaj(q, q);
    CommonOps_DDRM.multTransA(extra, reference, cross);
    DMatrixRMaj turn = Orthogonal.nearest(cross, sign);
    DMatrixRMaj turned = new DMatrixRMaj(size, q);
    CommonOps_DDRM.mult(extra, turn, turned);
    CommonOps_DDRM.insert(turned, x, 0, r);
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
