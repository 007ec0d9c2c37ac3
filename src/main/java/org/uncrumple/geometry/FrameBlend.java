package org.uncrumple.geometry;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A smooth change of view frame during a step that bends the point cloud (stretch, squash): from
 * P_0 at t = 0 to P_1 at t = 1, both 3×k with orthonormal rows.
 *
 * <p>Y(t) = (1 − t)·P_0 + t·P_1 is made orthonormal again by Löwdin's symmetric orthonormalisation,
 * P(t) = L(t)·Y(t) with L(t) = (Y·Yᵀ)^(−1/2), the frame nearest to Y(t). With H = (P_0·P_1ᵀ +
 * P_1·P_0ᵀ)/2 = Q·diag(h)·Qᵀ, Y·Yᵀ = ((1 − t)² + t²)·I + 2t(1 − t)·H, so L(t) =
 * Q·diag(g_i^(−1/2))·Qᵀ with g_i = (1 − t)² + t² + 2t(1 − t)·h_i: a closed form, computed once per
 * step, evaluated per frame in a few dozen flops. Frames chosen nearest to their predecessor
 * ({@link Frames#principal}) make P_0·P_1ᵀ symmetric positive semi-definite, so h_i ≥ 0, g_i ≥ 1/2
 * and the view never degenerates. When k < 3 both frames are canonical, equal and rank-deficient,
 * and L = I.
 *
 * <p>Source: P.-O. Löwdin, "On the non-orthogonality problem connected with the use of atomic wave
 * functions in the theory of molecules and crystals", J. Chem. Phys. 18 (1950).
 */
final class FrameBlend {
  /** Q, 3×3 row-major, or null when L(t) = I. */
  private final double[] q;

  private final double[] h;

  private FrameBlend(double[] q, double[] h) {
    this.q = q;
    this.h = h;
  }

  static FrameBlend between(DMatrixRMaj from, DMatrixRMaj to) {
    if (from.numCols < 3) {
      return new FrameBlend(null, null);
    }
    // H = (P_0·P_1ᵀ + P_1·P_0ᵀ)/2
    DMatrixRMaj cross = new DMatrixRMaj(3, 3);
    CommonOps_DDRM.multTransB(from, to, cross);
    DMatrixRMaj sym = new DMatrixRMaj(3, 3);
    CommonOps_DDRM.transpose(cross, sym);
    CommonOps_DDRM.addEquals(sym, cross);
    CommonOps_DDRM.scale(0.5, sym);
    DMatrixRMaj e = Frames.topEigenvectors(sym, 3);
    double[] h = new double[3];
    DMatrixRMaj he = new DMatrixRMaj(3, 3);
    CommonOps_DDRM.mult(sym, e, he);
    for (int i = 0; i < 3; i++) {
      for (int row = 0; row < 3; row++) {
        h[i] += e.get(row, i) * he.get(row, i);
      }
    }
    return new FrameBlend(e.data.clone(), h);
  }

  /** Writes L(t), 3×3 row-major, into out. */
  void at(double t, double[] out) {
    if (q == null) {
      for (int i = 0; i < 9; i++) {
        out[i] = i % 4 == 0 ? 1 : 0;
      }
      return;
    }
    double base = (1 - t) * (1 - t) + t * t;
    double cross = 2 * t * (1 - t);
    double[] scale = new double[3];
    for (int i = 0; i < 3; i++) {
      scale[i] = 1 / Math.sqrt(Math.max(1e-12, base + cross * h[i]));
    }
    // L = Q·diag(g^(−1/2))·Qᵀ
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        double sum = 0;
        for (int i = 0; i < 3; i++) {
          sum += q[r * 3 + i] * scale[i] * q[c * 3 + i];
        }
        out[r * 3 + c] = sum;
      }
    }
  }
}
