package org.uncrumple.geometry;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The shortest path from one view frame of ℝᴺ to another's plane: the 3-plane turns along its
 * principal angles without spinning inside itself (Buja, Cook, Asimov and Hurley 2005; the geodesic
 * interpolation of tourr's {@code geodesic.r}).
 *
 * <p>Symbols: a frame F is N×3 with orthonormal columns (here stored as its three rows Fᵀ, as the
 * rest of the package stores frames); G the target. With the singular value decomposition FᵀG =
 * V_a·Λ·V_zᵀ, the paired directions are a_i = F·V_a e_i and z_i = G·V_z e_i, λ_i = cos τ_i their
 * cosines and τ_i the principal angles. b_i = (z_i − λ_i·a_i)/sin τ_i is a_i's partner, orthogonal
 * to every a and every other b. At fraction s ∈ [0, 1]:
 *
 * <pre>
 *   F(s) = C(s)·V_aᵀ,   C(s) e_i = cos(s·τ_i)·a_i + sin(s·τ_i)·b_i
 * </pre>
 *
 * so F(0) = F, F(1) spans G's plane, and F(s) has orthonormal columns at every s. Moving s by δ
 * moves the frame by ‖τ‖·δ (Frobenius norm, to first order): the path has length ‖τ‖, which is what
 * lets a tour run at an exact angular speed. Angles below 10⁻⁶ are taken as 0 (the direction stays
 * put; at N = 4 and 5 one or two angles are always 0), so no sine near 0 is divided by. Cost: a 3×3
 * SVD and O(N) to set up; O(N) for each frame.
 *
 * <p>With {@code exact}, the path also turns the frame inside its plane, along the 3×3 rotation
 * geodesic, so that F(1) = G itself and not only its plane; the sign of the last pair of directions
 * is chosen so that this turn is a proper rotation. Immutable.
 */
final class FrameGeodesic {
  private static final double SMALL_ANGLE = 1e-6;

  private final int n;
  private final double[][] a;
  private final double[][] b;
  private final double[] tau;
  private final DMatrixRMaj va;
  private final RotationPath spin;
  private final double length;

  private FrameGeodesic(
      int n, double[][] a, double[][] b, double[] tau, DMatrixRMaj va, RotationPath spin) {
    this.n = n;
    this.a = a;
    this.b = b;
    this.tau = tau;
    this.va = va;
    this.spin = spin;
    this.length = Math.sqrt(tau[0] * tau[0] + tau[1] * tau[1] + tau[2] * tau[2]);
  }

  /**
   * The geodesic from frame {@code from} towards frame {@code to}, both 3×N row-major with
   * orthonormal rows, N ≥ 3.
   *
   * @param exact whether to end on {@code to} itself rather than on its plane
   */
  static FrameGeodesic between(double[] from, double[] to, int n, boolean exact) {
    // M = FᵀG, 3×3: M_ik = f_i · g_k
    DMatrixRMaj m = new DMatrixRMaj(3, 3);
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 3; k++) {
        m.set(i, k, dot(from, i, to, k, n));
      }
    }
    SingularValueDecomposition_F64<DMatrixRMaj> svd =
        DecompositionFactory_DDRM.svd(3, 3, true, true, false);
    if (!svd.decompose(m)) {
      throw new ArithmeticException("singular value decomposition of a 3×3 matrix failed");
    }
    DMatrixRMaj va = svd.getU(null, false);
    DMatrixRMaj vz = svd.getV(null, false);
    double[] lambda = svd.getSingularValues().clone();
    if (exact && CommonOps_DDRM.det(va) * CommonOps_DDRM.det(vz) < 0) {
      // V_z ← V_z·D, Λ ← Λ·D with D = diag(1, 1, −1): the same product, a proper spin at the end
      int last = smallest(lambda);
      lambda[last] = -lambda[last];
      for (int r = 0; r < 3; r++) {
        vz.set(r, last, -vz.get(r, last));
      }
    }
    double[][] a = new double[3][];
    double[][] b = new double[3][];
    double[] tau = new double[3];
    for (int i = 0; i < 3; i++) {
      // a_i = F·V_a e_i, z_i = G·V_z e_i
      a[i] = combine(from, va, i, n);
    }
    orthonormalise(a, null, n);
    for (int i = 0; i < 3; i++) {
      double[] z = combine(to, vz, i, n);
      double cosine = Math.max(-1, Math.min(1, lambda[i]));
      tau[i] = Math.acos(cosine);
      // b_i = z_i − λ_i·a_i, then made orthogonal to every a and the b before it
      b[i] = z;
      for (int j = 0; j < n; j++) {
        b[i][j] -= cosine * a[i][j];
      }
      for (int k = 0; k < 3; k++) {
        subtractProjection(b[i], a[k], n);
      }
      for (int k = 0; k < i; k++) {
        subtractProjection(b[i], b[k], n);
      }
      double norm = Math.sqrt(dot(b[i], b[i], n));
      if (tau[i] < SMALL_ANGLE || norm < SMALL_ANGLE) {
        tau[i] = 0;
        java.util.Arrays.fill(b[i], 0);
      } else {
        for (int j = 0; j < n; j++) {
          b[i][j] /= norm;
        }
      }
    }
    FrameGeodesic path = new FrameGeodesic(n, a, b, tau, va, null);
    if (!exact) {
      return path;
    }
    // the turn inside the plane still needed at the end: S = F(1)ᵀ·G, 3×3
    double[] end = path.at(1);
    DMatrixRMaj s = new DMatrixRMaj(3, 3);
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 3; k++) {
        s.set(i, k, dot(end, i, to, k, n));
      }
    }
    return new FrameGeodesic(n, a, b, tau, va, RotationPath.to(Orthogonal.nearest(s, 1)));
  }

  /** ‖τ‖: how far the frame turns along the path, in radians. */
  double length() {
    return length;
  }

  /** The frame at fraction s ∈ [0, 1], 3×N row-major, a new array. */
  double[] at(double s) {
    double[] out = new double[3 * n];
    at(s, out);
    return out;
  }

  /** Writes the frame at fraction s into {@code out} (3×N row-major). */
  void at(double s, double[] out) {
    // F(s)ᵀ row r = Σ_i V_a(r, i)·(cos(s·τ_i)·a_i + sin(s·τ_i)·b_i)
    double[] cos = new double[3];
    double[] sin = new double[3];
    for (int i = 0; i < 3; i++) {
      cos[i] = Math.cos(s * tau[i]);
      sin[i] = Math.sin(s * tau[i]);
    }
    double[] w = new double[9];
    if (spin != null) {
      // F(s) ← F(s)·S(s): the rows mix by S(s)ᵀ·V_a-weights
      double[] turn = new double[9];
      spin.at(s, turn);
      for (int r = 0; r < 3; r++) {
        for (int i = 0; i < 3; i++) {
          double sum = 0;
          for (int q = 0; q < 3; q++) {
            sum += turn[q * 3 + r] * va.get(q, i);
          }
          w[r * 3 + i] = sum;
        }
      }
    } else {
      for (int r = 0; r < 3; r++) {
        for (int i = 0; i < 3; i++) {
          w[r * 3 + i] = va.get(r, i);
        }
      }
    }
    for (int r = 0; r < 3; r++) {
      double ca0 = w[r * 3] * cos[0];
      double ca1 = w[r * 3 + 1] * cos[1];
      double ca2 = w[r * 3 + 2] * cos[2];
      double sb0 = w[r * 3] * sin[0];
      double sb1 = w[r * 3 + 1] * sin[1];
      double sb2 = w[r * 3 + 2] * sin[2];
      int row = r * n;
      for (int j = 0; j < n; j++) {
        out[row + j] =
            ca0 * a[0][j]
                + sb0 * b[0][j]
                + ca1 * a[1][j]
                + sb1 * b[1][j]
                + ca2 * a[2][j]
                + sb2 * b[2][j];
      }
    }
  }

  /** Σ_r frame(r)·V(r, column): a combination of a frame's three rows. */
  private static double[] combine(double[] frame, DMatrixRMaj v, int column, int n) {
    double[] out = new double[n];
    for (int r = 0; r < 3; r++) {
      double weight = v.get(r, column);
      int row = r * n;
      for (int j = 0; j < n; j++) {
        out[j] += weight * frame[row + j];
      }
    }
    return out;
  }

  /**
   * Modified Gram–Schmidt on three vectors, removing rounding drift; they are nearly orthonormal.
   */
  static void orthonormalise(double[][] vectors, double[][] against, int n) {
    for (int i = 0; i < vectors.length; i++) {
      if (against != null) {
        for (double[] other : against) {
          subtractProjection(vectors[i], other, n);
        }
      }
      for (int k = 0; k < i; k++) {
        subtractProjection(vectors[i], vectors[k], n);
      }
      double norm = Math.sqrt(dot(vectors[i], vectors[i], n));
      for (int j = 0; j < n; j++) {
        vectors[i][j] /= norm;
      }
    }
  }

  /** x ← x − (x·u)·u for a unit u. */
  static void subtractProjection(double[] x, double[] u, int n) {
    double d = dot(x, u, n);
    for (int j = 0; j < n; j++) {
      x[j] -= d * u[j];
    }
  }

  static double dot(double[] x, double[] y, int n) {
    double sum = 0;
    for (int j = 0; j < n; j++) {
      sum += x[j] * y[j];
    }
    return sum;
  }

  private static double dot(double[] f, int row, double[] g, int other, int n) {
    double sum = 0;
    for (int j = 0; j < n; j++) {
      sum += f[row * n + j] * g[other * n + j];
    }
    return sum;
  }

  private static int smallest(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] < values[best]) {
        best = i;
      }
    }
    return best;
  }
}
