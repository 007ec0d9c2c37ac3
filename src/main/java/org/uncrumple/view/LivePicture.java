package org.uncrumple.view;

import java.util.Set;
import org.uncrumple.data.Dataset;
import org.uncrumple.nn.Network;
import org.uncrumple.scene.Show;

/**
 * The window's live 3D picture of one scene: the viewport's points, the sheets, lattice, surface
 * and probes, and the decision plane or class regions at the output, all following the newest
 * finished trace to a position along the stages.
 *
 * <p>The points are shuffled once when a scene is shown, so the points drawn while the view moves
 * are always a prefix of the array: only those need moving each frame (a million points would cost
 * the FX thread about 100 ms a frame otherwise). At rest the point cloud asks for more and gets
 * them on the next frame.
 *
 * <p>Stages wider than three are seen through their main directions, or, where the {@link
 * TourProjection} turns, through a grand tour's frame; the overlays and the output's plane or
 * regions are hidden then, since they follow the main directions.
 *
 * <p>Where a stage is wider than three and so is seen through its three main directions (PCA), the
 * axes are named "main direction A", "B" and "C" ({@link AxisLabels}): the picture is then a shadow
 * of a wider space, and its axes are no single neuron. Letters, not "1st, 2nd, 3rd": the view turns
 * within the main subspace to stay nearest the previous stage's view ({@code StagePlan}), so its x
 * axis need not be the direction of most spread. Stages of width three or less are drawn as they
 * are and get no names: there the cube's axes are the numbers themselves, and what those numbers
 * mean changes from step to step within a layer (input coordinates, rotated coordinates, neuron
 * values), so one fixed name per axis would be wrong at most stages.
 *
 * <p>FX thread only; traces are made on the {@link TraceWorker}'s thread and handed over finished.
 */
public final class LivePicture {
  /** How near the mouse a point must be drawn to be picked, in pixels. */
  public static final double PICK_PIXELS = 8;

  private final Viewport viewport;
  private final OutputLayer output;
  private final Overlays overlays;
  private final TourProjection tour = new TourProjection();
  private SceneGeometry geometry;
  private Traced traced;
  private float[] positions = new float[0];
  private double[] shuffledPoints = new double[0];
  private int width = 3;
  private int validPositions;
  private double drawnPosition = Double.NaN;
  private double drawnArc = Double.NaN;
  private boolean stale = true;
  private long lastUpdateNanos;

  public LivePicture(Viewport viewport) {
    this.viewport = viewport;
    this.overlays = new Overlays(viewport.pointCloud());
    this.output = new OutputLayer(viewport.pointCloud());
    viewport.content().getChildren().addAll(output.nodes());
  }

  /**
   * Shows a new scene's points where they are at the input, until its first trace arrives.
   *
   * @param probesFor any network of the scene's shape: where the probes are does not depend on the
   *     weights
   * @return the points, labels, sheets, lattice and probes in the picture's shuffled order
   */
  public SceneGeometry setScene(Dataset data, boolean surface, Network probesFor) {
    width = data.dimensions();
    ShuffledPoints shuffled = ShuffledPoints.of(data.points(), width, data.labels(), data.size());
    // Until the first trace: 3-D points where they are; wider ones all at the centre, since only
    // the trace knows the three main directions to see them along.
    positions =
        width == 3 ? firstThree(shuffled.points(), 3, data.size()) : new float[3 * data.size()];
    shuffledPoints = shuffled.points();
    validPositions = data.size();
    viewport.pointCloud().setData(shuffled.labels(), data.size(), true);
    viewport.pointCloud().update(positions, data.size());
    viewport.frame(positions, data.size());
    viewport.frameAtOnce();
    geometry = SceneGeometry.of(data, shuffled.labels(), surface, probesFor);
    overlays.setScene(geometry);
    traced = null;
    output.hide();
    drawnPosition = Double.NaN;
    stale = true;
    viewport.axisLabels().hide();
    if (hasWideStage(probesFor)) {
      viewport.axisLabels().prepare(AxisLabels.mainDirections());
    }
    return geometry;
  }

  /** The input coordinates of every point, d numbers each, in the picture's order. */
  public double[] shuffledPoints() {
    return shuffledPoints;
  }

  /**
   * Takes a freshly finished trace.
   *
   * @return true if its measures are new (the strip shows them again)
   */
  public boolean accept(Traced fresh) {
    boolean newMeasures = traced == null || fresh.measures() != traced.measures();
    traced = fresh;
    stale = true;
    return newMeasures;
  }

  /** The trace drawn now, or null before the first. */
  public Traced traced() {
    return traced;
  }

  /** Draw again on the next frame, even if the position did not change. */
  public void invalidate() {
    stale = true;
  }

  /**
   * Puts everything where the trace has it at {@code position}, if the position or the trace
   * changed or the point cloud wants more points drawn than have positions. The view frames the
   * points wherever they are.
   *
   * @return true if it drew
   */
  public boolean drawIfNeeded(double position, Set<Show> show) {
    if (traced == null) {
      return false;
    }
    PointCloud cloud = viewport.pointCloud();
    boolean turning = tour.stageAt(traced.path(), position) >= 0;
    double arc = turning ? tour.arc() : Double.NaN;
    boolean moved = position != drawnPosition || Double.compare(arc, drawnArc) != 0;
    if (!stale && !moved && cloud.wantedCount() <= validPositions) {
      return false;
    }
    long start = System.nanoTime();
    int count = traced.path().pointCount();
    // The points wanted now, and room to grow; at rest the view asks for more and gets them here.
    validPositions = Math.min(count, Math.max(2 * cloud.wantedCount(), 20_000));
    tour.positions(traced.path(), position, positions, validPositions);
    // Only a change of position or of the tour's turn moves the picture; new weights at the same
    // place do not.
    boolean moving = moved && !Double.isNaN(drawnPosition);
    cloud.update(positions, count, validPositions, moving);
    viewport.frame(positions, validPositions);
    lastUpdateNanos = System.nanoTime() - start;
    if (turning) {
      output.hide();
      overlays.hide();
    } else {
      output.show(traced, position);
      overlays.show(traced, position, show);
    }
    nameAxes(position, traced.path().stageCount() - 1);
    drawnPosition = position;
    drawnArc = arc;
    stale = false;
    return true;
  }

  /** Names the axes while the step being played ends in a stage wider than three. */
  private void nameAxes(double position, int lastPathStage) {
    int stage = Math.max(0, Math.min((int) Math.ceil(position - 1e-6), lastPathStage));
    if (traced.path().widthOf(stage) > 3) {
      String[] titles = AxisLabels.mainDirections();
      viewport.axisLabels().show(titles[0], titles[1], titles[2]);
    } else {
      viewport.axisLabels().hide();
    }
  }

  /** Whether the input or a hidden layer is wider than three: each is some layer's input. */
  private static boolean hasWideStage(Network network) {
    for (int l = 0; l < network.layerCount(); l++) {
      if (network.layer(l).inputs() > 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * The data point drawn nearest the view position (x, y) within {@link #PICK_PIXELS}, in the
   * picture's order, or −1.
   */
  public int pointAt(double x, double y) {
    PointCloud cloud = viewport.pointCloud();
    if (!cloud.isVisible()) {
      return -1;
    }
    int drawn = Math.min(cloud.shownCount(), validPositions);
    return viewport.projection().nearest(positions, drawn, x, y, PICK_PIXELS);
  }

  /**
   * The sheet vertex drawn nearest the view position (x, y), as its input coordinates and its
   * sheet's label, or null when no sheet is shown or none is near.
   */
  public SheetSpot sheetSpotAt(double x, double y) {
    if (!overlays.sheetsShown()) {
      return null;
    }
    float[] sheetPositions = overlays.sheetPositions();
    int vertex =
        viewport.projection().nearest(sheetPositions, sheetPositions.length / 3, x, y, PICK_PIXELS);
    if (vertex < 0) {
      return null;
    }
    int sheet = 0;
    while (geometry.sheetStarts()[sheet + 1] <= vertex) {
      sheet++;
    }
    double[] input = new double[3];
    System.arraycopy(geometry.sheetVertices(), 3 * vertex, input, 0, 3);
    return new SheetSpot(input, geometry.sheets().get(sheet).label());
  }

  /**
   * The held-out test point drawn nearest the view position (x, y), as its input coordinates and
   * class, or null when test points are not shown or none is near.
   */
  public SheetSpot testPointAt(double x, double y) {
    if (!overlays.testPointsShown()) {
      return null;
    }
    float[] drawn = overlays.testPositions();
    int index = viewport.projection().nearest(drawn, drawn.length / 3, x, y, PICK_PIXELS);
    if (index < 0) {
      return null;
    }
    int width = geometry.testPoints().length / geometry.testLabels().length;
    double[] input = new double[width];
    System.arraycopy(geometry.testPoints(), width * index, input, 0, width);
    return new SheetSpot(input, geometry.testLabels()[index]);
  }

  /** A spot on a sheet of paper: where it is in the input, and whose sheet it is. */
  public record SheetSpot(double[] input, int label) {}

  /** The input coordinates of data point {@code index} (in the picture's order), all of them. */
  public double[] inputOf(int index) {
    double[] input = new double[width];
    System.arraycopy(shuffledPoints, width * index, input, 0, width);
    return input;
  }

  /** The class of data point {@code index} (in the picture's order). */
  public int labelOf(int index) {
    return geometry.labels()[index];
  }

  /** Where data point {@code index} (in the picture's order) is drawn now. */
  public float[] drawnPosition(int index) {
    return new float[] {positions[3 * index], positions[3 * index + 1], positions[3 * index + 2]};
  }

  /** The scene's points, sheets, lattice and probes, or null before the first scene. */
  public SceneGeometry geometry() {
    return geometry;
  }

  /** What the view draws besides the points. */
  public Overlays overlays() {
    return overlays;
  }

  /** The grand tour: whether it is chosen, its speed and pause, and whether it turns now. */
  public TourProjection tour() {
    return tour;
  }

  /** Whether the decision plane is drawn now. */
  public boolean planeShown() {
    return output.planeShown();
  }

  /** FX-thread time of the last point update: interpolation plus the mesh write. */
  public long lastUpdateNanos() {
    return lastUpdateNanos;
  }

  private static float[] firstThree(double[] values, int width, int count) {
    float[] result = new float[3 * count];
    for (int i = 0; i < count; i++) {
      for (int axis = 0; axis < Math.min(3, width); axis++) {
        result[3 * i + axis] = (float) values[width * i + axis];
      }
    }
    return result;
  }
}
