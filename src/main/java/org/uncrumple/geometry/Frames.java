package org.uncrumple.geometry;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * View frames: a frame P is 3×w, and the picture of a point x ∈ ℝʷ is P·x ∈ ℝ³.
 *
 * <p>A stage of width w ≤ 3 is shown as it is: P = the first rows of the identity (the canonical
 * frame; width 2 lands in the plane z = 0, width 1 on the x axis). A wider stage is shown through
 * three orthonormal rows spanning the top-3 principal subspace T of its points (PCA). Within T the
 * basis is free — any rotation of it only turns the camera — so it is fixed by a reference frame R
 * (the previous stage's frame, or the same stage in the previous snapshot): P = Q·Eᵀ with E an
 * orthonormal basis of T and Q the orthogonal matrix nearest to R·E, which makes P the frame of T
 * nearest to R. The result does not depend on E, so the signs and order of eigenvectors never make
 * the picture flip, and R·Pᵀ is symmetric positive semi-definite (no mirror between R and P).
 *
 * <p>Ties in the spectrum (a point set spanning fewer than three directions, or λ_3 = λ_4) are
 * broken towards the reference: the PCA is taken of C + η·RᵀR, η = 10⁻⁹·trace(C)/w, which picks,
 * among equally good directions, those the reference already shows, and moves the others by
 * O(η/gap), far below what a screen shows.
 *
 * <p>Source for the nearest frame: the orthogonal Procrustes problem, P. H. Schönemann, "A
 * generalized solution of the orthogonal Procrustes problem", Psychometrika 31 (1966).
 */
final class Frames {
  private static final double TIE_BREAK = 1e-9;

  private Frames() {}

  /** The first three rows of the w×w identity, zero rows when w < 3. */
  static DMatrixRMaj canonical(int w) {
    DMatrixRMaj p = new DMatrixRMaj(3, w);
    for (int i = 0; i < Math.min(3, w); i++) {
      p.set(i, i, 1);
    }
    return p;
  }

  /**
   * A stage's frame (3×w) in a working space of k ≥ w dimensions whose first w coordinates are the
   * stage's: the canonical frame of ℝᵏ for a narrow stage, else the frame padded with zero columns.
   */
  static DMatrixRMaj embed(DMatrixRMaj frame, int k) {
    if (frame.numCols <= 3) {
      return canonical(k);
    }
    DMatrixRMaj out = new DMatrixRMaj(3, k);
    CommonOps_DDRM.insert(frame, out, 0, 0);
    return out;
  }

  /** The first w columns of a 3×k frame. */
  static DMatrixRMaj truncate(DMatrixRMaj frame, int w) {
    return CommonOps_DDRM.extract(frame, 0, 3, 0, w);
  }

  /** The frame of the top-3 principal subspace of C nearest to {@code reference} (3×w). */
  static DMatrixRMaj principal(DMatrixRMaj covariance, DMatrixRMaj reference) {
    int w = covariance.numRows;
    double eta = TIE_BREAK * CommonOps_DDRM.trace(covariance) / w;
    if (!(eta > 0)) {
      eta = 1;
    }
    // C' = C + η·RᵀR
    DMatrixRMaj tied = new DMatrixRMaj(w, w);
    CommonOps_DDRM.multTransA(eta, reference, reference, tied);
    CommonOps_DDRM.addEquals(tied, covariance);
    DMatrixRMaj e = topEigenvectors(tied, 3);
    // P = Q·Eᵀ, Q the orthogonal matrix nearest to R·E
    DMatrixRMaj re = new DMatrixRMaj(3, 3);
    CommonOps_DDRM.mult(reference, e, re);
    DMatrixRMaj frame = new DMatrixRMaj(3, w);
    CommonOps_DDRM.multTransB(Orthogonal.nearest(re), e, frame);
    return frame;
  }

  /**
   * The principal axes of C as a frame, largest variance first, each axis signed so that its
   * largest component is positive: the view of a wide input when there is nothing to follow.
   */
  static DMatrixRMaj principalAxes(DMatrixRMaj covariance) {
    DMatrixRMaj e = topEigenvectors(covariance, 3);
    DMatrixRMaj frame = new DMatrixRMaj(3, covariance.numRows);
    CommonOps_DDRM.transpose(e, frame);
    for (int row = 0; row < 3; row++) {
      int largest = 0;
      for (int j = 0; j < frame.numCols; j++) {
        if (Math.abs(frame.get(row, j)) > Math.abs(frame.get(row, largest))) {
          largest = j;
        }
      }
      if (frame.get(row, largest) < 0) {
        CommonOps_DDRM.scaleRow(-1, frame, row);
      }
    }
    return frame;
  }

  /**
   * The view turn M (3×3, det +1) of a rotation step x ↦ R·x seen from frame P (3×k): the proper
   * rotation nearest to T·R·Pᵀ, T the frame to turn towards. The frame that follows the points is
   * then M·P·Rᵀ, and the picture M·(P·x) turns rigidly. The term I − P·Pᵀ completes the missing
   * rows of a frame of width below 3. When R leaves the shown coordinates in place (a narrow
   * stage), T·R·Pᵀ is already that rotation and is used as it is.
   */
  static DMatrixRMaj viewTurn(DMatrixRMaj target, DMatrixRMaj r, DMatrixRMaj p, boolean narrow) {
    // X = T·R·Pᵀ + (I − P·Pᵀ)
    DMatrixRMaj tr = new DMatrixRMaj(3, r.numCols);
    CommonOps_DDRM.mult(target, r, tr);
    DMatrixRMaj x = CommonOps_DDRM.identity(3);
    CommonOps_DDRM.multAddTransB(tr, p, x);
    CommonOps_DDRM.multAddTransB(-1, p, p, x);
    return narrow ? x : Orthogonal.nearest(x, 1);
  }

  /** The eigenvectors of the symmetric C for its {@code count} largest eigenvalues, as columns. */
  static DMatrixRMaj topEigenvectors(DMatrixRMaj c, int count) {
    int w = c.numRows;
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(w, true, true);
    if (!eig.decompose(c.copy())) {
      throw new ArithmeticException("eigen decomposition of a covariance failed");
    }
    Integer[] order = new Integer[w];
    for (int i = 0; i < w; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order, (a, b) -> Double.compare(eig.getEigenvalue(b).real, eig.getEigenvalue(a).real));
    DMatrixRMaj e = new DMatrixRMaj(w, count);
    for (int j = 0; j < count; j++) {
      DMatrixRMaj vector = eig.getEigenVector(order[j]);
      for (int i = 0; i < w; i++) {
        e.set(i, j, vector.get(i));
      }
    }
    return e;
  }
}
