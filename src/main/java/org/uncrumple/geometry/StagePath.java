package org.uncrumple.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * A set of points followed through every stage of a network, ready to be drawn in 3D at any
 * continuous position along the stages. Built once per weight snapshot on a worker thread; after
 * that immutable, so any thread may draw from it.
 *
 * <p>Stages: stage 0 is the input; each layer then adds five, one per {@link Step}, named {@code
 * layer1.rotate1}, {@code layer1.stretch}, … {@code layerL.squash}, the last being the network's
 * output. Position p ∈ [0, stageCount − 1] plays the step ending at stage ⌈p⌉ at fraction t = p −
 * ⌈p⌉ + 1 (see {@link LayerDecomposition} for the steps). Steps that change nothing are kept, so
 * the numbering is regular, and flagged by {@link #isIdentity}.
 *
 * <p>How stages are shown: a stage of width ≤ 3 as it is (width 2 in the plane z = 0, width 1 on
 * the x axis); a wider one through three orthonormal directions spanning its top-3 principal
 * subspace (PCA), turned to be nearest to the previous stage's view so that the picture is
 * continuous along the whole path (there is no jump at any stage boundary, including where the
 * width changes) and rotations of wide spaces are seen as rigid turns. {@link StagePlan} gives the
 * details; the frames themselves are available through {@link #projection}.
 *
 * <p>Cost: {@link #build} decomposes every layer (SVD), runs the forward pass, accumulates the
 * covariances and fits the frames, O(count·Σ width²). {@link #positionsAt} builds a 3×(n + m + 1)
 * matrix for the current position and makes one multiply-add pass over the stored layer boundaries:
 * 3·n (3·(n + m) in a squash) multiply-adds per point, no allocation that grows with the points.
 * The points are stored once per layer boundary as float: 4·count·(Σ widths) bytes.
 */
public final class StagePath {
  private final StagePlan plan;
  private final Activations points;

  private StagePath(StagePlan plan, Activations points) {
    this.plan = plan;
    this.points = points;
  }

  /**
   * Follows points through the layers and fits the view to them.
   *
   * @param layers the network, first layer first; each layer's input width is the previous one's
   *     output width
   * @param inputPoints row-major count × (input width)
   * @param previous the path of the previous snapshot, so that the decompositions and the view
   *     change smoothly from one training update to the next; null, or a path of a network of
   *     another shape, to start afresh
   */
  public static StagePath build(
      List<LayerParams> layers, double[] inputPoints, int count, StagePath previous) {
    Objects.requireNonNull(inputPoints, "inputPoints");
    requireChained(layers);
    Activations activations = Activations.of(layers, inputPoints, count, true);
    StagePlan plan =
        StagePlan.build(List.copyOf(layers), activations, previous == null ? null : previous.plan);
    return new StagePath(plan, activations);
  }

  /**
   * Other points (sheet mesh vertices, a lattice) followed through the same layers and drawn
   * through the same view, so that they move together with this path's points.
   *
   * @param inputPoints row-major count × (input width)
   */
  public StagePath forPoints(double[] inputPoints, int count) {
    Objects.requireNonNull(inputPoints, "inputPoints");
    List<LayerParams> layers = new ArrayList<>();
    for (int l = 0; l < plan.layerCount(); l++) {
      layers.add(plan.layer(l).params());
    }
    return new StagePath(plan, Activations.of(layers, inputPoints, count, false));
  }

  /** The number of points followed. */
  public int pointCount() {
    return points.count();
  }

  /** 1 + 5 × the number of layers. */
  public int stageCount() {
    return plan.stageCount();
  }

  /** "input", or "layer" + layer number + "." + step id, e.g. "layer2.stretch". */
  public String stageId(int stage) {
    checkStage(stage);
    return stage == 0 ? "input" : "layer" + layerOf(stage) + "." + stepOf(stage).id();
  }

  /** The layer a stage belongs to, counted from 1; 0 for the input. */
  public int layerOf(int stage) {
    checkStage(stage);
    return stage == 0 ? 0 : (stage - 1) / StagePlan.STEPS + 1;
  }

  /** The step that ends at a stage; null for the input. */
  public Step stepOf(int stage) {
    checkStage(stage);
    return stage == 0 ? null : Step.values()[(stage - 1) % StagePlan.STEPS];
  }

  /** The number of coordinates of the points at a stage. */
  public int widthOf(int stage) {
    checkStage(stage);
    return plan.width(stage);
  }

  /** "line", "plane", "3D", or e.g. "3D view of 16 dimensions (PCA)". */
  public String shownAs(int stage) {
    int width = widthOf(stage);
    return switch (width) {
      case 1 -> "line";
      case 2 -> "plane";
      case 3 -> "3D";
      default -> "3D view of " + width + " dimensions (PCA)";
    };
  }

  /**
   * The share of the spread of a stage's points that its picture shows: the variance of the
   * pictures P·x over the variance of the points x (the sum of their variances along every
   * coordinate). 1 for a stage of width ≤ 3, shown as it is; for a wider one, seen through its
   * three main directions (PCA), the share of the variance those three hold, such as 0.31 for the
   * digits' 64 pixels. Rotation and shift steps show the share of the stage before them: the
   * picture turns or slides rigidly with the points.
   *
   * @param stage 0 … stageCount − 1
   * @return the share, 0 … 1
   */
  public double spreadShown(int stage) {
    checkStage(stage);
    return plan.share(stage);
  }

  /**
   * What the picture of a stage is, in plain words for the strip: "3D", "plane" or "line" for a
   * stage shown as it is, or for a wider one e.g. "64-D seen in 3D · 31 % of the spread".
   *
   * @param stage 0 … stageCount − 1
   * @return the words
   */
  public String seenAs(int stage) {
    int width = widthOf(stage);
    if (width <= 3) {
      return shownAs(stage);
    }
    return width + "-D seen in 3D · " + Math.round(100 * spreadShown(stage)) + " % of the spread";
  }

  /** Whether the step ending at a stage changes nothing (always false for the input). */
  public boolean isIdentity(int stage) {
    checkStage(stage);
    return stage > 0 && decomposition(layerOf(stage)).isIdentity(stepOf(stage));
  }

  /** The decomposition of a layer, counted from 1. */
  public LayerDecomposition decomposition(int layer) {
    if (layer < 1 || layer > plan.layerCount()) {
      throw new IndexOutOfBoundsException("layer " + layer + " outside 1.." + plan.layerCount());
    }
    return plan.layer(layer - 1);
  }

  /**
   * The view frame P of a stage, 3×width row-major (a new copy): a point x at that stage is drawn
   * at P·x. The canonical frame (rows of the identity) for widths ≤ 3.
   */
  public double[] projection(int stage) {
    checkStage(stage);
    DMatrixRMaj frame = plan.frame(stage);
    return Arrays.copyOf(frame.data, 3 * frame.numCols);
  }

  /**
   * Writes the 3D position of every point at a continuous position along the stages.
   *
   * @param position 0 … stageCount − 1; values outside are clamped
   * @param out at least 3·pointCount floats, receives x, y, z of each point in turn
   */
  public void positionsAt(double position, float[] out) {
    positionsAt(position, out, points.count());
  }

  /**
   * Like {@link #positionsAt(double, float[])} for the first {@code count} points only: when only
   * some points are drawn, only those need moving.
   */
  public void positionsAt(double position, float[] out, int count) {
    if (Double.isNaN(position)) {
      throw new IllegalArgumentException("position is NaN");
    }
    if (count < 0 || count > points.count()) {
      throw new IllegalArgumentException(
          "count " + count + " is outside 0.." + points.count() + " (the points followed)");
    }
    if (out.length < 3 * count) {
      throw new IllegalArgumentException(
          "out holds " + out.length + " floats, " + 3 * count + " needed");
    }
    double p = Math.max(0, Math.min(stageCount() - 1, position));
    int stage = Math.max(1, (int) Math.ceil(p));
    double t = p - (stage - 1);
    int layer = (stage - 1) / StagePlan.STEPS;
    int n = points.width(layer);
    int m = points.width(layer + 1);
    Motion motion = plan.motion(stage);
    double[] c = new double[3 * (n + m) + 3];
    motion.combine(t, c);
    float[] output = motion.usesOutput() && t > 0 ? points.values(layer + 1) : null;
    Projection.affine(points.values(layer), n, output, m, c, count, out);
  }

  /**
   * Whether a stage holds the points' full coordinates: the input (stage 0) or a layer's output
   * after its squash (stage 5·l). These are the stages a {@link GrandTour} can look at through any
   * frame.
   */
  public boolean isLayerBoundary(int stage) {
    checkStage(stage);
    return stage % StagePlan.STEPS == 0;
  }

  /**
   * Writes the first {@code count} points of a layer-boundary stage seen through a frame of one's
   * own, such as a {@link GrandTour}'s: point x is drawn at P·x. With the stage's own {@link
   * #projection} this is {@link #positionsAt} at that stage. Allocates nothing: the FX thread calls
   * it every frame while a tour turns.
   *
   * @param stage the input (0) or a layer's output (5·l), see {@link #isLayerBoundary}
   * @param frame P, 3 × (the stage's width) row-major
   * @param out at least 3·count floats, receives x, y, z of each point in turn
   * @param count 0 … pointCount
   */
  public void positionsThrough(int stage, double[] frame, float[] out, int count) {
    if (!isLayerBoundary(stage)) {
      throw new IllegalArgumentException(
          stageId(stage) + " is inside a layer: only the input and layer outputs are stored whole");
    }
    int layer = stage / StagePlan.STEPS;
    int n = points.width(layer);
    if (frame.length != 3 * n) {
      throw new IllegalArgumentException(
          "a frame for a stage " + n + " wide has " + 3 * n + " values, not " + frame.length);
    }
    if (count < 0 || count > points.count()) {
      throw new IllegalArgumentException(
          "count " + count + " is outside 0.." + points.count() + " (the points followed)");
    }
    if (out.length < 3 * count) {
      throw new IllegalArgumentException(
          "out holds " + out.length + " floats, " + 3 * count + " needed");
    }
    Projection.through(points.values(layer), n, frame, count, out);
  }

  private void checkStage(int stage) {
    if (stage < 0 || stage >= stageCount()) {
      throw new IndexOutOfBoundsException("stage " + stage + " outside 0.." + (stageCount() - 1));
    }
  }

  private static void requireChained(List<LayerParams> layers) {
    Objects.requireNonNull(layers, "layers");
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("a network needs at least one layer");
    }
    for (int l = 1; l < layers.size(); l++) {
      int before = layers.get(l - 1).outputWidth();
      int after = layers.get(l).inputWidth();
      if (before != after) {
        throw new IllegalArgumentException(
            "layer "
                + (l + 1)
                + " takes "
                + after
                + " inputs but layer "
                + l
                + " gives "
                + before
                + " outputs");
      }
    }
  }
}
