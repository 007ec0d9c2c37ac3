package org.uncrumple.geometry;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The orthogonal matrix nearest to a square matrix X: with X = A·Σ·Bᵀ (SVD, Σ descending), Q =
 * A·D·Bᵀ minimises |Q − X| (Frobenius) over orthogonal Q when D = I; it is the orthogonal factor of
 * the polar decomposition X = Q·H. When the determinant of Q is prescribed, D = diag(1, …, 1, ±1)
 * flips the direction of the smallest singular value, the cheapest change (Kabsch's algorithm).
 *
 * <p>Sources: N. J. Higham, "Computing the polar decomposition — with applications", SIAM J. Sci.
 * Stat. Comput. 7 (1986); W. Kabsch, "A solution for the best rotation to relate two sets of
 * vectors", Acta Cryst. A32 (1976).
 */
final class Orthogonal {
  private Orthogonal() {}

  /** The orthogonal Q nearest to x, any determinant. */
  static DMatrixRMaj nearest(DMatrixRMaj x) {
    return nearest(x, 0);
  }

  /**
   * The orthogonal Q nearest to x whose determinant has the sign of {@code determinant} (+1 or −1),
   * or any determinant when it is 0.
   */
  static DMatrixRMaj nearest(DMatrixRMaj x, int determinant) {
    int size = x.numRows;
    if (size != x.numCols) {
      throw new IllegalArgumentException("square matrix expected, found " + size + "×" + x.numCols);
    }
    SingularValueDecomposition_F64<DMatrixRMaj> svd =
        DecompositionFactory_DDRM.svd(size, size, true, true, false);
    if (!svd.decompose(x.copy())) {
      throw new ArithmeticException("singular value decomposition failed");
    }
    DMatrixRMaj a = svd.getU(null, false);
    DMatrixRMaj sigma = svd.getW(null);
    DMatrixRMaj b = svd.getV(null, false);
    SingularOps_DDRM.descendingOrder(a, false, sigma, b, false);
    // Q = A·Bᵀ
    DMatrixRMaj q = new DMatrixRMaj(size, size);
    CommonOps_DDRM.multTransB(a, b, q);
    if (determinant != 0 && Math.signum(CommonOps_DDRM.det(q)) != Math.signum(determinant)) {
      // Q = A·D·Bᵀ with D = diag(1, …, 1, −1)
      for (int row = 0; row < size; row++) {
        a.set(row, size - 1, -a.get(row, size - 1));
      }
      CommonOps_DDRM.multTransB(a, b, q);
    }
    return q;
  }
}
