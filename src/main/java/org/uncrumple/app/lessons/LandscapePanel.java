package org.uncrumple.app.lessons;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.lessons.LossLandscape;
import org.uncrumple.nn.Network;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.train.Snapshot;
import org.uncrumple.view.HeightRamp;
import org.uncrumple.view.LandscapeGeometry;
import org.uncrumple.view.LandscapeView;

/**
 * The loss around the current weights, a 2D slice through weight space along two filter-normalised
 * random directions (see {@link LossLandscape}), twice side by side: on the left from above as a
 * height map with contour lines, on the right as a surface in 3-D that turns with the mouse ({@link
 * LandscapeView}). Both colour the height alike ({@link HeightRamp}, log scale). The dot in the
 * middle, the ball in 3-D, is where the network is now; the line, if shown, is the training path
 * projected onto the slice.
 *
 * <p>Recomputed when asked (Refresh) and whenever a snapshot arrives that was taken while training
 * was paused. FX thread only; the computation runs on the {@code executor}, is cancelled when a
 * newer one starts, and hands its result back through {@link Platform#runLater}.
 */
public final class LandscapePanel extends VBox {
  static final int SIDE = 360;
  private static final int LEVELS = 12;
  private static final int GAP = 8;

  public final Canvas canvas = new Canvas(SIDE, SIDE);
  public final LandscapeView surface3d = new LandscapeView();
  final Button refresh = new Button("Refresh");
  public final Label status = new Label("Computing the landscape…");
  final CheckBox showPath = new CheckBox("Training path");
  final ChoiceBox<Double> radius = new ChoiceBox<>();
  private final Explorer explorer;
  private final Executor executor;
  private final int grid;
  private final long seed;
  private AtomicBoolean running;
  private Snapshot requested;
  private final ChangeListener<Snapshot> follow =
      (o, before, after) -> {
        if (after != null && !after.running() && after != requested) {
          refresh();
        }
      };
  private LossLandscape.Surface surface;
  private double[][] path = new double[0][];

  /**
   * @param executor runs the computation; a worker thread in the window, the calling thread in
   *     tests
   * @param grid n, points along each side of the slice (odd)
   * @param seed chooses the two random directions
   */
  public LandscapePanel(Explorer explorer, Executor executor, int grid, long seed) {
    this.explorer = explorer;
    this.executor = executor;
    this.grid = grid;
    this.seed = seed;
    getStyleClass().add("landscape-panel");
    radius.getItems().addAll(0.1, 0.25, 0.5, 1.0);
    radius.setValue(0.5);
    showPath.setSelected(true);
    status.setWrapText(true);
    status.setMaxWidth(2 * SIDE + GAP);
    status.getStyleClass().add("landscape-status");
    surface3d.setPrefSize(SIDE, SIDE);
    surface3d.setMinSize(SIDE, SIDE);
    // Over the 3-D view, in the tools' row, so the lesson window grows no taller for it.
    Label hint = new Label("3-D: drag to turn it, scroll to zoom");
    hint.getStyleClass().add("landscape-hint");
    hint.setMinWidth(0);
    Label reach = new Label("Reach");
    for (Region fixed : new Region[] {refresh, reach, radius, showPath}) {
      fixed.setMinWidth(Region.USE_PREF_SIZE);
    }
    Region spring = new Region();
    HBox.setHgrow(spring, Priority.ALWAYS);
    HBox tools = new HBox(8, refresh, reach, radius, showPath, spring, hint);
    tools.setAlignment(Pos.CENTER_LEFT);
    tools.setMaxWidth(2 * SIDE + GAP);
    HBox pictures = new HBox(GAP, canvas, surface3d);
    setSpacing(6);
    setPadding(new Insets(8));
    getChildren().addAll(tools, pictures, status);

    refresh.setOnAction(e -> refresh());
    radius.valueProperty().addListener((o, before, after) -> refresh());
    showPath
        .selectedProperty()
        .addListener(
            (o, before, after) -> {
              surface3d.setPathShown(after);
              draw();
            });
    surface3d.pathColourProperty().addListener(o -> draw());
    surface3d.casingColourProperty().addListener(o -> draw());
    explorer.snapshotProperty().addListener(follow);
    refresh();
  }

  /** Stops following the explorer and cancels a computation still running. */
  void close() {
    explorer.snapshotProperty().removeListener(follow);
    if (running != null) {
      running.set(true);
    }
  }

  /** Starts computing the slice through the newest weights, cancelling one still running. */
  void refresh() {
    LoadedScene scene = explorer.scene();
    Snapshot snapshot = explorer.snapshot();
    if (scene == null || snapshot == null) {
      return;
    }
    if (running != null) {
      running.set(true);
    }
    AtomicBoolean cancelled = new AtomicBoolean();
    running = cancelled;
    requested = snapshot;
    Network network = snapshot.copyOfNetwork();
    LossLandscape.Sample sample = LossLandscape.sample(scene.dataset());
    List<double[]> history = explorer.history().stream().map(Snapshot::parameters).toList();
    double reach = radius.getValue();
    status.setText("Computing the landscape…");
    executor.execute(
        () -> {
          long start = System.nanoTime();
          try {
            LossLandscape.Directions directions = LossLandscape.filterNormalised(network, seed);
            LossLandscape.Surface result =
                LossLandscape.compute(network, sample, directions, grid, reach, cancelled::get);
            double[][] projected = LossLandscape.project(network, directions, history);
            double seconds = (System.nanoTime() - start) / 1e9;
            Platform.runLater(() -> show(cancelled, result, projected, seconds));
          } catch (CancellationException e) {
            // A newer request replaced this one; it reports for both.
          } catch (RuntimeException e) {
            Platform.runLater(
                () -> status.setText("The landscape could not be computed: " + e.getMessage()));
          }
        });
  }

  /** The newest slice shown, or null before the first is ready. */
  public LossLandscape.Surface surface() {
    return surface;
  }

  private void show(
      AtomicBoolean cancelled, LossLandscape.Surface result, double[][] projected, double seconds) {
    if (cancelled.get()) {
      return;
    }
    surface = result;
    path = projected;
    surface3d.show(result, projected);
    status.setText(
        String.format(
            "Loss at the current weights: %.4f. Lowest in view %.4f, highest %.4f."
                + " %d × %d points up to %s along each direction (%.1f s).",
            result.centre(), result.min(), result.max(), grid, grid, result.radius(), seconds));
    draw();
  }

  private void draw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.clearRect(0, 0, SIDE, SIDE);
    if (surface == null) {
      return;
    }
    int n = surface.size();
    // Heights on a log scale, so the floor near a minimum keeps its detail; as in 3-D.
    LandscapeGeometry heights = surface3d.geometry();
    double cell = (double) SIDE / n;
    double[] level = new double[n * n];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        level[j * n + i] = heights.level(i, j);
        g.setFill(HeightRamp.colour(level[j * n + i]));
        // Whole pixels, so neighbouring cells meet without a seam of background between them.
        double left = Math.floor(i * cell);
        double top = Math.floor((n - 1 - j) * cell);
        g.fillRect(left, top, Math.floor((i + 1) * cell) - left, Math.floor((n - j) * cell) - top);
      }
    }
    g.setStroke(Color.rgb(255, 255, 255, 0.55));
    g.setLineWidth(1);
    for (int k = 1; k < LEVELS; k++) {
      contour(g, level, n, cell, (double) k / LEVELS);
    }
    if (showPath.isSelected() && path.length > 1) {
      // A bright line on a darker band, as in 3-D: it stands out on low and high ground alike.
      strokePath(g, surface3d.casingColourProperty().get(), 4);
      strokePath(g, surface3d.pathColourProperty().get(), 2);
    }
    g.setFill(surface3d.hereColourProperty().get());
    g.setStroke(surface3d.casingColourProperty().get());
    g.fillOval(SIDE / 2.0 - 5, SIDE / 2.0 - 5, 10, 10);
    g.strokeOval(SIDE / 2.0 - 5, SIDE / 2.0 - 5, 10, 10);
  }

  private void strokePath(GraphicsContext g, Color colour, double width) {
    g.setStroke(colour);
    g.setLineWidth(width);
    for (int s = 1; s < path.length; s++) {
      g.strokeLine(x(path[s - 1][0]), y(path[s - 1][1]), x(path[s][0]), y(path[s][1]));
    }
  }

  /** Marching squares between the centres of neighbouring grid cells. */
  private static void contour(GraphicsContext g, double[] level, int n, double cell, double at) {
    double[] xs = new double[4];
    double[] ys = new double[4];
    for (int j = 0; j + 1 < n; j++) {
      for (int i = 0; i + 1 < n; i++) {
        double v00 = level[j * n + i];
        double v10 = level[j * n + i + 1];
        double v01 = level[(j + 1) * n + i];
        double v11 = level[(j + 1) * n + i + 1];
        int found = 0;
        double[][] edges = {
          {i, j, v00, i + 1, j, v10},
          {i + 1, j, v10, i + 1, j + 1, v11},
          {i + 1, j + 1, v11, i, j + 1, v01},
          {i, j + 1, v01, i, j, v00}
        };
        for (double[] e : edges) {
          if ((e[2] < at) != (e[5] < at)) {
            double t = (at - e[2]) / (e[5] - e[2]);
            double gi = e[0] + t * (e[3] - e[0]);
            double gj = e[1] + t * (e[4] - e[1]);
            xs[found] = (gi + 0.5) * cell;
            ys[found] = (n - 1 - gj + 0.5) * cell;
            found++;
          }
        }
        if (found >= 2) {
          g.strokeLine(xs[0], ys[0], xs[1], ys[1]);
        }
        if (found == 4) {
          g.strokeLine(xs[2], ys[2], xs[3], ys[3]);
        }
      }
    }
  }

  /** Pixel of coordinate a: the grid's outer cell centres lie half a cell inside the edge. */
  private double x(double a) {
    return SIDE / 2.0 + a / surface.radius() * halfSpan();
  }

  private double y(double b) {
    return SIDE / 2.0 - b / surface.radius() * halfSpan();
  }

  private double halfSpan() {
    return (SIDE - (double) SIDE / surface.size()) / 2.0;
  }
}
