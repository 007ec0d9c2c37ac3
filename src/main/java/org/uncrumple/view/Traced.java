package org.uncrumple.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.uncrumple.geometry.DecisionSurface;
import org.uncrumple.geometry.LayerCharacter;
import org.uncrumple.geometry.LayerParams;
import org.uncrumple.geometry.Mesh;
import org.uncrumple.geometry.StageMeasures;
import org.uncrumple.geometry.StagePath;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.DenseLayer;
import org.uncrumple.nn.Network;
import org.uncrumple.scene.Show;
import org.uncrumple.train.Snapshot;

/**
 * One snapshot made ready to draw: the points followed through every hidden layer ({@link
 * StagePath}) and the output layer's decision boundary in the last hidden layer's space.
 *
 * <p>Built on the trace worker thread; immutable afterwards.
 *
 * @param boundaryNormal for two classes, d = w₁ − w₀ of the output layer (logit difference d·h +
 *     c), drawn in the view's coordinates; null for more than two classes
 * @param boundaryOffset c = b₁ − b₀
 * @param regionClasses for more than two classes, the class the network predicts at each place of
 *     the view's {@link RegionGrid} ({@link RegionGrid#PER_AXIS}³ places); null for two classes
 * @param carried the sheets, lattice and decision surface followed through the same stages
 * @param measures separability and flatness at every stage; null when not measured
 * @param characters what each hidden layer's matrix does to space (collapse, mirror, press flat)
 */
public record Traced(
    Snapshot snapshot,
    StagePath path,
    double[] boundaryNormal,
    double boundaryOffset,
    int[] regionClasses,
    Carried carried,
    StageMeasures measures,
    List<LayerCharacter> characters) {

  /**
   * Grid points per axis where the network is asked for the decision surface: cells of a few dozen
   * pixels, smooth under the surface's normals; the surface is found afresh for every trace, so a
   * finer grid costs the trace worker (and, through it, the renderer's share of the cores) more.
   */
  static final int SURFACE_GRID = 20;

  /** The decision surface is looked for a little beyond the data's cube. */
  static final double SURFACE_HALF = 1.1;

  /** Follows {@code count} points (row-major, count × 3) through the snapshot's hidden layers. */
  static Traced of(Snapshot snapshot, double[] points, int count, Traced previous) {
    return of(snapshot, points, count, previous, null, false);
  }

  /**
   * Follows the points, and the sheets, lattice and decision surface of {@code geometry}, through
   * the snapshot's hidden layers.
   *
   * @param geometry what else to carry and measure; null for the points alone
   * @param measure whether to measure every stage afresh; if not, the previous trace's measures (or
   *     none) are kept: they cost more than the trace and change slowly
   */
  static Traced of(
      Snapshot snapshot,
      double[] points,
      int count,
      Traced previous,
      SceneGeometry geometry,
      boolean measure) {
    Network network = snapshot.copyOfNetwork();
    int hidden = network.layerCount() - 1;
    List<LayerParams> layers = new ArrayList<>(hidden);
    for (int l = 0; l < hidden; l++) {
      DenseLayer layer = network.layer(l);
      Activation f = layer.activation();
      layers.add(new LayerParams(layer.weights(), layer.bias(), f::apply, f == Activation.LINEAR));
    }
    StagePath path =
        StagePath.build(layers, points, count, previous == null ? null : previous.path());
    Carried carried = geometry == null ? Carried.NOTHING : carry(network, path, geometry);
    StageMeasures measures =
        geometry != null && measure
            ? StageMeasures.of(
                network,
                points,
                count,
                geometry.labels(),
                geometry.classes(),
                geometry.sheetBlocks())
            : previous == null ? null : previous.measures();
    List<LayerCharacter> characters = new ArrayList<>(hidden);
    for (int l = 0; l < hidden; l++) {
      characters.add(LayerCharacter.of(network.layer(l).weights(), network.layer(l).activation()));
    }
    DenseLayer output = network.layer(hidden);
    if (output.outputs() != 2) {
      // The class at each place y of the view: argmax(W·Pᵀy + b), P the last stage's view frame.
      DMatrixRMaj w = output.weights();
      DMatrixRMaj b = output.bias();
      int[] regions =
          RegionGrid.classify(
              Arrays.copyOf(w.data, w.getNumElements()),
              Arrays.copyOf(b.data, b.getNumElements()),
              path.projection(path.stageCount() - 1),
              RegionGrid.PER_AXIS,
              RegionGrid.HALF);
      return new Traced(snapshot, path, null, 0, regions, carried, measures, characters);
    }
    // The logit difference z₁ − z₀ = d·h + c is zero on the boundary; seen through the view frame
    // P (3×width, orthonormal rows), the plane is (P·d)·y + c = 0.
    DMatrixRMaj w = output.weights();
    int width = w.numCols;
    double[] frame = path.projection(path.stageCount() - 1);
    double[] normal = new double[3];
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < width; c++) {
        normal[r] += frame[r * width + c] * (w.get(1, c) - w.get(0, c));
      }
    }
    double offset = output.bias().get(1, 0) - output.bias().get(0, 0);
    return new Traced(snapshot, path, normal, offset, null, carried, measures, characters);
  }

  /** Follows what {@code geometry} carries (null for what it does not) along {@code path}. */
  private static Carried carry(Network network, StagePath path, SceneGeometry geometry) {
    Set<Show> carried = geometry.carried();
    StagePath sheets =
        geometry.sheets().isEmpty() || !carried.contains(Show.SHEETS)
            ? null
            : path.forPoints(geometry.sheetVertices(), geometry.sheetVertices().length / 3);
    // The lattice and the decision surface are drawn in a 3-D input space; wider data have neither.
    boolean space3 = network.architecture().inputs() == 3;
    StagePath lattice =
        space3 && carried.contains(Show.LATTICE)
            ? path.forPoints(geometry.lattice(), geometry.lattice().length / 3)
            : null;
    StagePath probes =
        geometry.probes().length == 0 || !carried.contains(Show.PROBES)
            ? null
            : path.forPoints(geometry.probes(), geometry.probes().length / 3);
    StagePath tests =
        geometry.testPoints().length == 0 || !carried.contains(Show.TEST_POINTS)
            ? null
            : path.forPoints(geometry.testPoints(), geometry.testLabels().length);
    if (!geometry.surface() || !space3) {
      return new Carried(sheets, lattice, null, new int[0], probes, tests);
    }
    Mesh mesh = DecisionSurface.of(network, SURFACE_GRID, SURFACE_HALF);
    StagePath surface =
        mesh.vertexCount() == 0 ? null : path.forPoints(mesh.vertices(), mesh.vertexCount());
    return new Carried(sheets, lattice, surface, mesh.triangles(), probes, tests);
  }

  /**
   * The same trace with every stage measured afresh ({@link StageMeasures}).
   *
   * @param points the points this trace followed, row-major count × d
   * @param count how many
   * @param geometry the labels and sheets the measures need
   */
  Traced measured(double[] points, int count, SceneGeometry geometry) {
    return withMeasures(
        StageMeasures.of(
            snapshot.copyOfNetwork(),
            points,
            count,
            geometry.labels(),
            geometry.classes(),
            geometry.sheetBlocks()));
  }

  /** The same trace with other stage measures (possibly of an earlier snapshot). */
  Traced withMeasures(StageMeasures fresh) {
    return new Traced(
        snapshot, path, boundaryNormal, boundaryOffset, regionClasses, carried, fresh, characters);
  }

  /** App stages: the path's stages, then the output (the last hidden stage with the boundary). */
  int stageCount() {
    return path.stageCount() + 1;
  }
}
