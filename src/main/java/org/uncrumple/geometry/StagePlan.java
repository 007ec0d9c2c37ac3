package org.uncrumple.geometry;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Everything about a snapshot's stages that does not depend on which points are drawn: the layer
 * decompositions, each stage's view frame, and each step's {@link Motion}.
 *
 * <p>Stages: 0 is the input; stage s = 1 + 5ℓ + j ends step j of layer ℓ (0-based here). Position p
 * ∈ [s − 1, s] plays the step ending at stage s at fraction t = p − (s − 1).
 *
 * <p>The frames form one chain from the input to the output, each chosen from its predecessor, so
 * the picture is continuous along the whole path, across layer boundaries too:
 *
 * <ul>
 *   <li>a narrow stage (width ≤ 3) uses the canonical frame: shown as it is;
 *   <li>ROTATE_IN, ROTATE_OUT: the frame turns with the points, P_s = M·P_{s−1}·Rᵀ, so the shape
 *       seen is unchanged and the picture turns rigidly by the 3D rotation M (the proper rotation
 *       nearest to the visible block P_{s−1}·R·P_{s−1}ᵀ), played along its geodesic. A rotation of
 *       more than three dimensions cannot be shown rigidly otherwise: through a fixed frame the
 *       cloud would seem to shrink as it turns out of view. Before a collapse to ≤ 3 dimensions
 *       (the ROTATE_IN of a layer narrowing from more than 3 to at most 3) the turn aims at the
 *       canonical frame instead, so that the following stretch lands softly on the plain
 *       coordinates;
 *   <li>SHIFT: same frame; the picture translates by P·b;
 *   <li>STRETCH, SQUASH: P_s spans the top-3 principal subspace of stage s, nearest to P_{s−1}
 *       ({@link Frames#principal}), and the frame glides between the two ({@link FrameBlend}).
 * </ul>
 *
 * The input's frame, when the input is wider than 3, is its principal axes, or the frame nearest to
 * the previous snapshot's. Later frames follow the chain, which depends continuously on the weights
 * (the decompositions follow the previous snapshot, {@link SingularGauge}), so the view is stable
 * from one training update to the next.
 */
final class StagePlan {
  static final int STEPS = 5;

  private final List<LayerDecomposition> layers;
  private final int[] widths;
  private final DMatrixRMaj[] frames;
  private final Motion[] motions;
  private final double[] shares;

  private StagePlan(
      List<LayerDecomposition> layers,
      int[] widths,
      DMatrixRMaj[] frames,
      Motion[] motions,
      double[] shares) {
    this.layers = layers;
    this.widths = widths;
    this.frames = frames;
    this.motions = motions;
    this.shares = shares;
  }

  /**
   * Plans the stages.
   *
   * @param points the points the view is fitted to, with covariances
   * @param previous the plan of the last snapshot, or null; ignored when the shapes differ
   */
  static StagePlan build(List<LayerParams> params, Activations points, StagePlan previous) {
    boolean follow = previous != null && previous.sameShapeAs(params);
    List<LayerDecomposition> layers = new ArrayList<>();
    for (int l = 0; l < params.size(); l++) {
      layers.add(LayerDecomposition.of(params.get(l), follow ? previous.layers.get(l) : null));
    }
    int stages = 1 + STEPS * layers.size();
    int[] widths = new int[stages];
    DMatrixRMaj[] frames = new DMatrixRMaj[stages];
    Motion[] motions = new Motion[stages];
    double[] shares = new double[stages];
    int inputWidth = params.get(0).inputWidth();
    widths[0] = inputWidth;
    if (inputWidth <= 3) {
      frames[0] = Frames.canonical(inputWidth);
    } else if (follow) {
      frames[0] = Frames.principal(points.covariance(0), previous.frames[0]);
    } else {
      frames[0] = Frames.principalAxes(points.covariance(0));
    }
    shares[0] = share(points.covariance(0), frames[0]);
    for (int l = 0; l < layers.size(); l++) {
      planLayer(layers.get(l), points, l, widths, frames, motions, shares);
    }
    return new StagePlan(List.copyOf(layers), widths, frames, motions, shares);
  }

  /**
   * The share of the spread that a frame shows: trace(P·C·Pᵀ) / trace(C), the variance of the
   * pictures over the variance of the points; 1 when the frame shows every coordinate or the points
   * do not spread at all.
   */
  static double share(DMatrixRMaj covariance, DMatrixRMaj frame) {
    double total = CommonOps_DDRM.trace(covariance);
    if (frame.numCols <= 3 || !(total > 0)) {
      return 1;
    }
    // trace(P·C·Pᵀ) = Σ_ij (P·C)_ij·P_ij
    DMatrixRMaj pc = new DMatrixRMaj(3, covariance.numCols);
    CommonOps_DDRM.mult(frame, covariance, pc);
    double shown = 0;
    for (int i = 0; i < pc.data.length; i++) {
      shown += pc.data[i] * frame.data[i];
    }
    return Math.max(0, Math.min(1, shown / total));
  }

  private static void planLayer(
      LayerDecomposition d,
      Activations points,
      int l,
      int[] widths,
      DMatrixRMaj[] frames,
      Motion[] motions,
      double[] shares) {
    int n = d.inputWidth();
    int m = d.outputWidth();
    int k = d.workingWidth();
    int s = 1 + STEPS * l;
    DMatrixRMaj w = d.params().weights();
    DMatrixRMaj b = d.params().bias();
    DMatrixRMaj vk = d.v();
    DMatrixRMaj uk = d.u();
    DMatrixRMaj sigma = CommonOps_DDRM.diag(d.sigma());
    // F = V_kᵀ restricted to the first n columns (k×n)
    DMatrixRMaj f = new DMatrixRMaj(k, n);
    CommonOps_DDRM.transpose(CommonOps_DDRM.extract(vk, 0, n, 0, k), f);

    // ROTATE_IN: x ↦ V_kᵀ·x; P_s = M·P_{s−1}·V_k
    DMatrixRMaj p0 = Frames.embed(frames[s - 1], k);
    DMatrixRMaj vt = CommonOps_DDRM.transpose(vk, null);
    DMatrixRMaj target = n > 3 && m <= 3 ? Frames.canonical(k) : p0;
    DMatrixRMaj turnIn = Frames.viewTurn(target, vt, p0, n <= 3);
    DMatrixRMaj p1 = n <= 3 ? Frames.canonical(k) : product(turnIn, p0, vk);
    widths[s] = n;
    frames[s] = Frames.truncate(p1, n);
    motions[s] = new Motion.Turn(RotationPath.to(turnIn), Frames.truncate(p0, n));
    // the frame turns with the points: the picture turns rigidly and shows the same share
    shares[s] = shares[s - 1];

    // STRETCH: x ↦ Σ_k·x; the covariance of Σ_k·F·a is G·C_a·Gᵀ with G = Σ_k·F
    DMatrixRMaj g = product(sigma, f);
    DMatrixRMaj stretched = product(g, points.covariance(l), CommonOps_DDRM.transpose(g, null));
    DMatrixRMaj p2 =
        m <= 3
            ? Frames.canonical(m)
            : Frames.principal(
                CommonOps_DDRM.extract(stretched, 0, m, 0, m), Frames.truncate(p1, m));
    DMatrixRMaj p2k = Frames.embed(p2, k);
    DMatrixRMaj sigmaMinusI = sigma.copy();
    CommonOps_DDRM.subtractEquals(sigmaMinusI, CommonOps_DDRM.identity(k));
    DMatrixRMaj shrink = product(sigmaMinusI, f);
    widths[s + 1] = m;
    frames[s + 1] = p2;
    shares[s + 1] = share(CommonOps_DDRM.extract(stretched, 0, m, 0, m), p2);
    motions[s + 1] =
        new Motion.Stretch(
            FrameBlend.between(p1, p2k),
            product(p1, f).data,
            product(p2k, f).data,
            product(p1, shrink).data,
            product(p2k, shrink).data,
            n);

    // ROTATE_OUT: x ↦ U_k·x; P_s = M·P_{s−1}·U_kᵀ
    DMatrixRMaj turnOut = Frames.viewTurn(p2k, uk, p2k, m <= 3);
    DMatrixRMaj p3 =
        m <= 3 ? Frames.canonical(k) : product(turnOut, p2k, CommonOps_DDRM.transpose(uk, null));
    widths[s + 2] = m;
    frames[s + 2] = Frames.truncate(p3, m);
    motions[s + 2] = new Motion.Turn(RotationPath.to(turnOut), product(p2k, g));
    shares[s + 2] = shares[s + 1];

    // SHIFT: x ↦ x + b, same frame
    DMatrixRMaj p3m = Frames.truncate(p3, m);
    widths[s + 3] = m;
    frames[s + 3] = p3m;
    motions[s + 3] = new Motion.Shift(product(p3m, w).data, product(p3m, b).data, n, m);
    shares[s + 3] = shares[s + 2];

    // SQUASH: x ↦ f(x); P_s from the covariance of the layer's output
    DMatrixRMaj p5 = m <= 3 ? Frames.canonical(m) : Frames.principal(points.covariance(l + 1), p3m);
    DMatrixRMaj p5k = Frames.embed(p5, k);
    DMatrixRMaj p5m = Frames.truncate(p5k, m);
    widths[s + 4] = m;
    frames[s + 4] = p5m;
    shares[s + 4] = share(points.covariance(l + 1), p5m);
    motions[s + 4] =
        new Motion.Squash(
            FrameBlend.between(p3, p5k),
            product(p3m, w).data,
            product(p5m, w).data,
            product(p3m, b).data,
            product(p5m, b).data,
            p3m.data.clone(),
            p5m.data.clone(),
            n,
            m);
  }

  int stageCount() {
    return widths.length;
  }

  int width(int stage) {
    return widths[stage];
  }

  /** The frame of a stage, 3×width (shared: read-only). */
  DMatrixRMaj frame(int stage) {
    return frames[stage];
  }

  /** The share of the stage's spread its frame shows, 0 … 1 (see {@link #share}). */
  double share(int stage) {
    return shares[stage];
  }

  /** The motion of the step ending at stage s ≥ 1. */
  Motion motion(int stage) {
    return motions[stage];
  }

  LayerDecomposition layer(int index) {
    return layers.get(index);
  }

  int layerCount() {
    return layers.size();
  }

  private boolean sameShapeAs(List<LayerParams> params) {
    if (params.size() != layers.size()) {
      return false;
    }
    for (int l = 0; l < params.size(); l++) {
      if (params.get(l).inputWidth() != layers.get(l).inputWidth()
          || params.get(l).outputWidth() != layers.get(l).outputWidth()) {
        return false;
      }
    }
    return true;
  }

  private static DMatrixRMaj product(DMatrixRMaj a, DMatrixRMaj b) {
    DMatrixRMaj out = new DMatrixRMaj(a.numRows, b.numCols);
    CommonOps_DDRM.mult(a, b, out);
    return out;
  }

  private static DMatrixRMaj product(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
    return product(product(a, b), c);
  }
}
