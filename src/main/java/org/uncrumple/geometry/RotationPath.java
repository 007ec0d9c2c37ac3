package org.uncrumple.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The shortest path R(t), t ∈ [0, 1], through the rotations of k-dimensional space from R(0) = I to
 * R(1) = R: the points turn rigidly at a constant angular speed and never shrink on the way.
 *
 * <p>Symbols. R is a proper rotation (RᵀR = I, det R = +1). In a suitable orthonormal basis Q every
 * such R is block diagonal: 2×2 turns by angles θ_j in mutually orthogonal planes (q_u, q_v), and 1
 * on the remaining fixed axes (the real normal form of an orthogonal matrix). B(t) has the same
 * blocks turned by t·θ_j, and the geodesic is R(t) = Q·B(t)·Qᵀ = exp(t·log R). For k = 3 this is
 * the axis–angle path (quaternion slerp from the identity).
 *
 * <p>How Q and θ are found with a symmetric eigensolver only. The symmetric part S = (R + Rᵀ)/2 has
 * the eigenvalue cos θ_j on plane j and 1 on fixed axes, so its eigenvectors, grouped by
 * eigenvalue, span unions of planes. Inside a group the skew part K = (R − Rᵀ)/2 sends a unit
 * vector u to sin θ·v, where v is the partner of u in its plane, and the angle is θ = atan2(vᵀ·R·u,
 * uᵀ·R·u). Planes turned by exactly π (eigenvalue −1, K = 0) are paired arbitrarily: the shortest
 * path is not unique there, and a snapshot whose angle crosses π may take the other way round.
 *
 * <p>Exactness whatever the input. Rounding, nearly equal angles or very small ones can leave
 * Q·B(1)·Qᵀ a hair away from R. The residual E = (Q·B(1)·Qᵀ)ᵀ·R ≈ I is factored into Givens
 * rotations E = G_1(φ_1)⋯G_N(φ_N) (a QR reduction of an orthogonal matrix, which ends at I when det
 * = +1), and their angles are scaled by t too: R(t) = Q·B(t)·Qᵀ·G_1(t·φ_1)⋯G_N(t·φ_N). So R(t) is
 * orthogonal for every t and equals R at t = 1 to rounding; the Givens factor only ever corrects a
 * residual of the order of the rounding error.
 *
 * <p>Sources: the real normal form of orthogonal matrices, e.g. J. Gallier, "Basics of Classical
 * Lie Groups: the Exponential Map, Lie Groups, and Lie Algebras" (2001), §1.3; Givens QR as in
 * Golub and Van Loan, "Matrix Computations", 4th ed., §5.2.5.
 */
final class RotationPath {
  /** Eigenvalues of S closer than this belong to the same group of planes. */
  private static final double GROUP_GAP = 1e-9;

  /** |K·u| at or below this means u is a fixed axis (or turned by π when cos θ < 0). */
  private static final double PAIR_MIN = 1e-12;

  private final int k;

  /** Q, k×k row-major; columns 2j and 2j+1 span plane j, the rest are fixed axes. */
  private final double[] q;

  private final double[] theta;
  private final int[] givensFirst;
  private final int[] givensSecond;
  private final double[] givensAngle;

  private RotationPath(
      int k,
      double[] q,
      double[] theta,
      int[] givensFirst,
      int[] givensSecond,
      double[] givensAngle) {
    this.k = k;
    this.q = q;
    this.theta = theta;
    this.givensFirst = givensFirst;
    this.givensSecond = givensSecond;
    this.givensAngle = givensAngle;
  }

  /**
   * The geodesic from the identity to {@code r}.
   *
   * @throws IllegalArgumentException when r is not square, orthogonal (to 1e-8) with det = +1
   */
  static RotationPath to(DMatrixRMaj r) {
    int k = r.numRows;
    requireProperRotation(r);
    double[][] sym = new double[k][k];
    double[][] skew = new double[k][k];
    // S = (R + Rᵀ)/2, K = (R − Rᵀ)/2
    DMatrixRMaj s = new DMatrixRMaj(k, k);
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        sym[i][j] = 0.5 * (r.get(i, j) + r.get(j, i));
        skew[i][j] = 0.5 * (r.get(i, j) - r.get(j, i));
        s.set(i, j, sym[i][j]);
      }
    }
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(k, true, true);
    if (!eig.decompose(s)) {
      throw new ArithmeticException("eigen decomposition of the rotation's symmetric part failed");
    }
    Integer[] order = new Integer[k];
    double[] cosines = new double[k];
    for (int i = 0; i < k; i++) {
      order[i] = i;
      cosines[i] = eig.getEigenvalue(i).real;
    }
    Arrays.sort(order, (a, b) -> Double.compare(cosines[b], cosines[a]));

    List<double[]> planeU = new ArrayList<>();
    List<double[]> planeV = new ArrayList<>();
    List<Double> angles = new ArrayList<>();
    List<double[]> fixed = new ArrayList<>();
    for (int start = 0; start < k; ) {
      int end = start + 1;
      while (end < k && cosines[order[end - 1]] - cosines[order[end]] <= GROUP_GAP) {
        end++;
      }
      List<double[]> group = new ArrayList<>();
      double meanCosine = 0;
      for (int i = start; i < end; i++) {
        group.add(Arrays.copyOf(eig.getEigenVector(order[i]).data, k));
        meanCosine += cosines[order[i]] / (end - start);
      }
      pairGroup(group, meanCosine, r, skew, planeU, planeV, angles, fixed);
      start = end;
    }

    double[] q = new double[k * k];
    int column = 0;
    for (int p = 0; p < planeU.size(); p++) {
      setColumn(q, k, column++, planeU.get(p));
      setColumn(q, k, column++, planeV.get(p));
    }
    for (double[] axis : fixed) {
      setColumn(q, k, column++, axis);
    }
    double[] theta = angles.stream().mapToDouble(Double::doubleValue).toArray();
    return withResidual(k, q, theta, r);
  }

  /** k, the dimension of the space turned. */
  int dimension() {
    return k;
  }

  /** R(t) as a new k×k matrix. */
  DMatrixRMaj at(double t) {
    DMatrixRMaj out = new DMatrixRMaj(k, k);
    at(t, out.data);
    return out;
  }

  /** Writes R(t), row-major k×k, into {@code out}. */
  void at(double t, double[] out) {
    // X = Q·B(t): turn each plane's pair of columns by t·θ_j
    double[] x = q.clone();
    for (int p = 0; p < theta.length; p++) {
      turnColumns(x, k, 2 * p, 2 * p + 1, t * theta[p]);
    }
    // R(t) = X·Qᵀ
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double sum = 0;
        for (int l = 0; l < k; l++) {
          sum += x[i * k + l] * q[j * k + l];
        }
        out[i * k + j] = sum;
      }
    }
    // R(t) ← R(t)·G_1(t·φ_1)⋯G_N(t·φ_N)
    for (int g = 0; g < givensAngle.length; g++) {
      turnColumns(out, k, givensFirst[g], givensSecond[g], t * givensAngle[g]);
    }
  }

  /** The angles θ_j of the planes, in [−π, π]. */
  double[] planeAngles() {
    return theta.clone();
  }

  /**
   * Splits one group of eigenvectors of S (a union of planes sharing cos θ) into planes (u, v) and
   * fixed axes. The u of each plane is the group vector that K moves most, which keeps the pairing
   * well conditioned when the group mixes planes of nearly equal angles.
   */
  private static void pairGroup(
      List<double[]> group,
      double meanCosine,
      DMatrixRMaj r,
      double[][] skew,
      List<double[]> planeU,
      List<double[]> planeV,
      List<Double> angles,
      List<double[]> fixed) {
    List<double[]> rest = group;
    while (rest.size() >= 2) {
      int best = -1;
      double bestNorm = -1;
      double[] bestW = null;
      for (int i = 0; i < rest.size(); i++) {
        // w = Π_rest·K·y: K·y kept inside the span of the group vectors not yet used
        double[] w = projectOnto(rest, multiply(skew, rest.get(i)));
        double norm = norm(w);
        if (norm > bestNorm) {
          best = i;
          bestNorm = norm;
          bestW = w;
        }
      }
      double[] u;
      double[] v;
      if (bestNorm > PAIR_MIN) {
        u = rest.get(best);
        v = bestW;
      } else if (meanCosine < 0) {
        u = rest.get(0);
        v = rest.get(1).clone();
      } else {
        break;
      }
      orthogonalize(v, u);
      orthogonalize(v, u);
      scale(v, 1 / norm(v));
      double[] ru = multiply(r, u);
      angles.add(Math.atan2(dot(v, ru), dot(u, ru)));
      planeU.add(u);
      planeV.add(v);
      rest = complement(rest, u, v);
    }
    fixed.addAll(rest);
  }

  /** An orthonormal basis of span(rest) with u and v removed (they lie in that span). */
  private static List<double[]> complement(List<double[]> rest, double[] u, double[] v) {
    List<double[]> kept = new ArrayList<>();
    boolean[] used = new boolean[rest.size()];
    for (int round = 0; round < rest.size() - 2; round++) {
      int best = -1;
      double[] bestResidual = null;
      double bestNorm = -1;
      for (int i = 0; i < rest.size(); i++) {
        if (used[i]) {
          continue;
        }
        double[] residual = rest.get(i).clone();
        for (int pass = 0; pass < 2; pass++) {
          orthogonalize(residual, u);
          orthogonalize(residual, v);
          for (double[] e : kept) {
            orthogonalize(residual, e);
          }
        }
        double norm = norm(residual);
        if (norm > bestNorm) {
          best = i;
          bestNorm = norm;
          bestResidual = residual;
        }
      }
      used[best] = true;
      scale(bestResidual, 1 / bestNorm);
      kept.add(bestResidual);
    }
    return kept;
  }

  /** Factors E = (Q·B(1)·Qᵀ)ᵀ·R ≈ I into Givens rotations and builds the path. */
  private static RotationPath withResidual(int k, double[] q, double[] theta, DMatrixRMaj r) {
    RotationPath bare = new RotationPath(k, q, theta, new int[0], new int[0], new double[0]);
    DMatrixRMaj e = new DMatrixRMaj(k, k);
    CommonOps_DDRM.multTransA(bare.at(1), r, e);
    // QR by Givens: G_N⋯G_1·E = I, hence E = G_1ᵀ⋯G_Nᵀ with G_iᵀ a turn by +φ_i
    List<int[]> planes = new ArrayList<>();
    List<Double> phis = new ArrayList<>();
    for (int j = 0; j < k - 1; j++) {
      for (int i = j + 1; i < k; i++) {
        double below = e.get(i, j);
        if (below == 0) {
          continue;
        }
        double phi = Math.atan2(below, e.get(j, j));
        double c = Math.cos(phi);
        double s = Math.sin(phi);
        for (int col = 0; col < k; col++) {
          double top = e.get(j, col);
          double bottom = e.get(i, col);
          e.set(j, col, c * top + s * bottom);
          e.set(i, col, -s * top + c * bottom);
        }
        planes.add(new int[] {j, i});
        phis.add(phi);
      }
    }
    int[] first = planes.stream().mapToInt(p -> p[0]).toArray();
    int[] second = planes.stream().mapToInt(p -> p[1]).toArray();
    double[] angle = phis.stream().mapToDouble(Double::doubleValue).toArray();
    return new RotationPath(k, q, theta, first, second, angle);
  }

  private static void requireProperRotation(DMatrixRMaj r) {
    if (r.numRows != r.numCols || r.numRows < 1) {
      throw new IllegalArgumentException(
          "a rotation must be square, found " + r.numRows + "×" + r.numCols);
    }
    int k = r.numRows;
    DMatrixRMaj gram = new DMatrixRMaj(k, k);
    CommonOps_DDRM.multTransA(r, r, gram);
    for (int i = 0; i < k; i++) {
      gram.add(i, i, -1);
    }
    double error = CommonOps_DDRM.elementMaxAbs(gram);
    if (!(error <= 1e-8)) {
      throw new IllegalArgumentException("not orthogonal: |RᵀR − I| = " + error);
    }
    if (CommonOps_DDRM.det(r) < 0) {
      throw new IllegalArgumentException("not a proper rotation: det R = −1 (a reflection)");
    }
  }

  /** Columns a and b of the row-major k×k matrix m, turned: [a b] ← [a b]·[[c −s] [s c]]. */
  private static void turnColumns(double[] m, int k, int a, int b, double angle) {
    double c = Math.cos(angle);
    double s = Math.sin(angle);
    for (int row = 0; row < k; row++) {
      double ma = m[row * k + a];
      double mb = m[row * k + b];
      m[row * k + a] = c * ma + s * mb;
      m[row * k + b] = -s * ma + c * mb;
    }
  }

  private static void setColumn(double[] m, int k, int column, double[] values) {
    for (int row = 0; row < k; row++) {
      m[row * k + column] = values[row];
    }
  }

  private static double[] projectOnto(List<double[]> basis, double[] x) {
    double[] out = new double[x.length];
    for (double[] e : basis) {
      double c = dot(e, x);
      for (int i = 0; i < x.length; i++) {
        out[i] += c * e[i];
      }
    }
    return out;
  }

  private static double[] multiply(double[][] m, double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = dot(m[i], x);
    }
    return out;
  }

  private static double[] multiply(DMatrixRMaj m, double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double sum = 0;
      for (int j = 0; j < x.length; j++) {
        sum += m.get(i, j) * x[j];
      }
      out[i] = sum;
    }
    return out;
  }

  private static void orthogonalize(double[] x, double[] unit) {
    double c = dot(x, unit);
    for (int i = 0; i < x.length; i++) {
      x[i] -= c * unit[i];
    }
  }

  private static void scale(double[] x, double factor) {
    for (int i = 0; i < x.length; i++) {
      x[i] *= factor;
    }
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static double norm(double[] x) {
    return Math.sqrt(dot(x, x));
  }
}
