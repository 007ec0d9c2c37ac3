package org.uncrumple.geometry;

import java.util.Objects;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * A dense layer a' = f(W·a + b) taken apart into the five steps of {@link Step}, each a simple map
 * of space that can be played at any fraction t ∈ [0, 1].
 *
 * <p>Symbols. W is m×n (n inputs, m outputs), b the bias, f the activation. k = max(m, n) is the
 * working dimension: a point a ∈ ℝⁿ is padded with zeros to ℝᵏ, and the output occupies the first m
 * coordinates of ℝᵏ, the others staying exactly 0. The singular value decomposition W = U·Σ·Vᵀ
 * (EJML, full: U m×m, V n×n) is padded to k: V_k = diag(V, I), U_k = diag(U, I), Σ_k = diag(σ_1, …,
 * σ_r, 0, …, 0) with r = min(m, n), so that U_k·Σ_k·V_kᵀ is W padded with zeros. A zero on the
 * diagonal of Σ_k collapses that axis: that is how a narrowing layer drops dimensions.
 *
 * <p>U and V are proper rotations (det = +1), so a square W that mirrors space (det W &lt; 0) has
 * exactly one negative σ_i, which the stretch step passes through 0 (the mirror made visible);
 * every other W, square or not, has no negative σ_i. Which of the many valid decompositions is
 * used, and how it follows the previous training snapshot, is described in {@link SingularGauge}.
 *
 * <p>The steps at fraction t, for a point x ∈ ℝᵏ:
 *
 * <ul>
 *   <li>ROTATE_IN: x ↦ R_in(t)·x, R_in the geodesic from I to Vᵀ ({@link RotationPath});
 *   <li>STRETCH: x_i ↦ (1 + t·(σ_i − 1))·x_i;
 *   <li>ROTATE_OUT: x ↦ R_out(t)·x, R_out the geodesic from I to U;
 *   <li>SHIFT: x ↦ x + t·b;
 *   <li>SQUASH: x_i ↦ (1 − t)·x_i + t·f(x_i) for the first m coordinates.
 * </ul>
 *
 * At t = 1 the five in order give f(W·a + b). The rotations turn only the first n (ROTATE_IN) or m
 * (ROTATE_OUT) coordinates, so padded coordinates stay exactly 0.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class LayerDecomposition {
  /** How far W may have moved from the previous snapshot's, relatively, to be followed. */
  static final double NEAR = 0.5;

  private final LayerParams params;
  private final int n;
  private final int m;
  private final int k;

  /** U (m×m) and V (n×n), proper rotations. */
  private final DMatrixRMaj left;

  private final DMatrixRMaj right;

  /** σ_1 … σ_r, signed. */
  private final double[] sigma;

  private final RotationPath rotateIn;
  private final RotationPath rotateOut;

  private LayerDecomposition(
      LayerParams params, DMatrixRMaj left, double[] sigma, DMatrixRMaj right) {
    this.params = params;
    this.n = params.inputWidth();
    this.m = params.outputWidth();
    this.k = Math.max(m, n);
    this.left = left;
    this.sigma = sigma;
    this.right = right;
    DMatrixRMaj rightTransposed = new DMatrixRMaj(n, n);
    CommonOps_DDRM.transpose(right, rightTransposed);
    this.rotateIn = RotationPath.to(rightTransposed);
    this.rotateOut = RotationPath.to(left);
  }

  /** Decomposes a layer with no previous snapshot to follow. */
  public static LayerDecomposition of(LayerParams layer) {
    return of(layer, null);
  }

  /**
   * Decomposes a layer, keeping the order, signs and null-space directions of {@code previous} (the
   * same layer in the last training snapshot) as far as W allows, so that the animation does not
   * jump between snapshots. W alone decides whether a factor is negative.
   *
   * <p>{@code previous} is followed only when W is near its weights: ‖W − W'‖ ≤ {@value #NEAR}·‖W'‖
   * (Frobenius). A W set by hand, such as a preset, is decomposed afresh: the trained layer's
   * directions mean nothing for it, and following them would hide a turn and its undoing in an
   * identity.
   *
   * @param previous null, or a decomposition of a layer of another shape (both mean "none")
   */
  public static LayerDecomposition of(LayerParams layer, LayerDecomposition previous) {
    Objects.requireNonNull(layer, "layer");
    int m = layer.outputWidth();
    int n = layer.inputWidth();
    SingularValueDecomposition_F64<DMatrixRMaj> svd =
        DecompositionFactory_DDRM.svd(m, n, true, true, false);
    if (!svd.decompose(layer.weights().copy())) {
      throw new ArithmeticException("singular value decomposition of the weights failed");
    }
    DMatrixRMaj u = svd.getU(null, false);
    DMatrixRMaj w = svd.getW(null);
    DMatrixRMaj v = svd.getV(null, false);
    SingularOps_DDRM.descendingOrder(u, false, w, v, false);
    double[] sigma = new double[Math.min(m, n)];
    for (int i = 0; i < sigma.length; i++) {
      sigma[i] = w.get(i, i);
    }
    SingularGauge.fix(u, sigma, v, isNear(layer, previous) ? previous : null);
    return new LayerDecomposition(layer, u, sigma, v);
  }

  /** Whether {@code previous} has W's shape and weights near W's (see {@link #of}). */
  private static boolean isNear(LayerParams layer, LayerDecomposition previous) {
    if (previous == null || previous.m != layer.outputWidth() || previous.n != layer.inputWidth()) {
      return false;
    }
    // ‖W − W'‖ ≤ NEAR·‖W'‖
    DMatrixRMaj change = new DMatrixRMaj(previous.m, previous.n);
    CommonOps_DDRM.subtract(layer.weights(), previous.params.weights(), change);
    return NormOps_DDRM.normF(change) <= NEAR * NormOps_DDRM.normF(previous.params.weights());
  }

  /** The layer decomposed. */
  public LayerParams params() {
    return params;
  }

  /** n, the input width. */
  public int inputWidth() {
    return n;
  }

  /** m, the output width. */
  public int outputWidth() {
    return m;
  }

  /** k = max(m, n), the dimension the steps work in. */
  public int workingWidth() {
    return k;
  }

  /** U_k = diag(U, I), k×k, a proper rotation (a new copy). */
  public DMatrixRMaj u() {
    return padded(left);
  }

  /** V_k = diag(V, I), k×k, a proper rotation (a new copy). */
  public DMatrixRMaj v() {
    return padded(right);
  }

  /** The diagonal of Σ_k: k signed singular values, zeros beyond min(m, n) (a new copy). */
  public double[] sigma() {
    double[] out = new double[k];
    System.arraycopy(sigma, 0, out, 0, sigma.length);
    return out;
  }

  /**
   * The rotation of a ROTATE_IN or ROTATE_OUT step at fraction t, k×k: orthogonal for every t, I at
   * t = 0, V_kᵀ or U_k at t = 1.
   */
  public DMatrixRMaj rotationAt(Step step, double t) {
    RotationPath path = rotationPath(step);
    DMatrixRMaj out = CommonOps_DDRM.identity(k);
    CommonOps_DDRM.insert(path.at(t), out, 0, 0);
    return out;
  }

  /** The diagonal of the STRETCH step at fraction t: 1 + t·(σ_i − 1), k entries. */
  public double[] stretchAt(double t) {
    double[] out = sigma();
    for (int i = 0; i < k; i++) {
      out[i] = 1 + t * (out[i] - 1);
    }
    return out;
  }

  /**
   * Applies one step at fraction t to a point of the working space, in place.
   *
   * @param x k coordinates: the layer input padded with zeros for ROTATE_IN, else the result of the
   *     previous step at t = 1
   */
  public void applyStep(Step step, double t, double[] x) {
    if (x.length != k) {
      throw new IllegalArgumentException("expected " + k + " coordinates, found " + x.length);
    }
    switch (step) {
      case ROTATE_IN, ROTATE_OUT -> {
        RotationPath path = rotationPath(step);
        int size = path.dimension();
        double[] r = new double[size * size];
        path.at(t, r);
        // x ← R(t)·x on the first size coordinates
        double[] turned = new double[size];
        for (int i = 0; i < size; i++) {
          for (int j = 0; j < size; j++) {
            turned[i] += r[i * size + j] * x[j];
          }
        }
        System.arraycopy(turned, 0, x, 0, size);
      }
      case STRETCH -> {
        double[] d = stretchAt(t);
        for (int i = 0; i < k; i++) {
          x[i] *= d[i];
        }
      }
      case SHIFT -> {
        for (int i = 0; i < m; i++) {
          x[i] += t * params.bias().get(i);
        }
      }
      case SQUASH -> {
        for (int i = 0; i < m; i++) {
          x[i] = (1 - t) * x[i] + t * params.activation().applyAsDouble(x[i]);
        }
      }
    }
  }

  /**
   * Whether a step changes nothing (to 1e-12), e.g. the squash of a linear layer or the shift of a
   * zero bias: such steps are kept, so every layer has five stages, but a view may skip them.
   */
  public boolean isIdentity(Step step) {
    return switch (step) {
      case ROTATE_IN -> isIdentityMatrix(right);
      case ROTATE_OUT -> isIdentityMatrix(left);
      case STRETCH -> m == n && allOnes(sigma);
      case SHIFT -> CommonOps_DDRM.elementMaxAbs(params.bias()) == 0;
      case SQUASH -> params.activationIsIdentity();
    };
  }

  /** U, m×m, not padded (shared: read-only). */
  DMatrixRMaj leftBlock() {
    return left;
  }

  /** V, n×n, not padded (shared: read-only). */
  DMatrixRMaj rightBlock() {
    return right;
  }

  private RotationPath rotationPath(Step step) {
    return switch (step) {
      case ROTATE_IN -> rotateIn;
      case ROTATE_OUT -> rotateOut;
      default -> throw new IllegalArgumentException(step + " is not a rotation");
    };
  }

  private DMatrixRMaj padded(DMatrixRMaj block) {
    DMatrixRMaj out = CommonOps_DDRM.identity(k);
    CommonOps_DDRM.insert(block, out, 0, 0);
    return out;
  }

  private static boolean isIdentityMatrix(DMatrixRMaj x) {
    for (int i = 0; i < x.numRows; i++) {
      for (int j = 0; j < x.numCols; j++) {
        if (Math.abs(x.get(i, j) - (i == j ? 1 : 0)) > 1e-12) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean allOnes(double[] values) {
    for (double value : values) {
      if (Math.abs(value - 1) > 1e-12) {
        return false;
      }
    }
    return true;
  }
}
