package org.uncrumple.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.TriangleMesh;
import javafx.stage.Stage;
import org.fxyz3d.shapes.composites.PolyLine3D;
import org.uncrumple.app.lessons.LandscapePanel;
import org.uncrumple.app.lessons.LessonsMenu;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.data.Dataset;
import org.uncrumple.lessons.LossLandscape;
import org.uncrumple.nn.Network;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneException;
import org.uncrumple.scene.Show;
import org.uncrumple.train.TrainingSession;
import org.uncrumple.train.TrainingSettings;
import org.uncrumple.view.AxisLabels;
import org.uncrumple.view.LandscapeView;
import org.uncrumple.view.TraceWorker;
import org.uncrumple.view.Viewport;

/**
 * What FXyz3D costs a frame: the 3-D loss landscape and the 3-D axis names, measured the way {@link
 * RenderBenchmark} measures the window (pulses counted in an {@code AnimationTimer} over 5 s after
 * 1 s of warm-up), each 3-D view turning on its own so that every frame is drawn anew.
 *
 * <p>Printed, one {@code name value} a line:
 *
 * <ul>
 *   <li>{@code render.landscape3d_empty.fps} and {@code render.landscape3d.fps}: a 1280×720 view
 *       turning, first empty, then with a 41 × 41 landscape of a paper ball network and its path of
 *       200 recorded weights; {@code .build_ms} the FX-thread time to build the surface and path
 *       (SurfacePlotMesh, palette, PolyLine3Ds) and {@code .triangles} how many they have;
 *   <li>{@code render.landscape_window.fps}: the lesson window itself (contour map and 3-D view,
 *       360 × 360 each), its 3-D view turning;
 *   <li>{@code render.axis_names.first_ms}, {@code .again_ms}: from asking for the three names
 *       "main direction A/B/C" until they show, in a fresh viewport, the first time in this JVM and
 *       once more; {@code .slowest_pulse_ms}: the longest any one pulse spent building letters;
 *   <li>{@code render.names_bare.off.fps} and {@code .on.fps}: an empty 1280×720 viewport turning,
 *       without and with the three names; three rounds in turn, the median;
 *   <li>{@code render.window_wide.names_off.fps} and {@code .names_on.fps}: the explorer window as
 *       {@link RenderBenchmark} sizes it, 10,000 points, training at lesson speed, held at a stage
 *       8 wide and turning, with the names turned off and on; three rounds in turn, the median.
 * </ul>
 *
 * <p>Needs a display with OpenGL; the launcher sets {@code prism.forceGPU=true} for Xvfb.
 */
public final class Fxyz3dBenchmark {
  private static final int GRID = 41;
  private static final int PATH_POINTS = 200;
  private static final int ROUNDS = 3;

  /** A stage of the wide scene whose width is 8 (layer 1's squash). */
  private static final int WIDE_STAGE = 5;

  private final PrintStream out;
  private Stage stage;

  private Fxyz3dBenchmark(PrintStream out) {
    this.out = out;
  }

  /** Runs every case and prints the figures. Starts JavaFX if it is not running. */
  public static void run(PrintStream out) throws InterruptedException, SceneException {
    new Fxyz3dBenchmark(out).runAll();
  }

  private void runAll() throws InterruptedException, SceneException {
    FxBench.startToolkit();
    Landscape landscape = Landscape.ofATrainingPaperBall();
    FxBench.onFx(
        () -> {
          Platform.setImplicitExit(false);
          stage = new Stage();
          stage.setTitle("Uncrumple FXyz3D benchmark");
          stage.setScene(new Scene(new StackPane(), 1280, 720));
          stage.show();
          return null;
        });
    landscapeAlone(landscape);
    landscapeWindow();
    axisNames();
    double[][] bare = new double[2][ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      bare[0][round] = bareNames(false);
      bare[1][round] = bareNames(true);
    }
    print("render.names_bare.off.fps", median(bare[0]));
    print("render.names_bare.on.fps", median(bare[1]));
    LoadedScene wide = wideBall();
    double[][] fps = new double[2][ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      fps[0][round] = wideWindow(wide, false);
      fps[1][round] = wideWindow(wide, true);
    }
    print("render.window_wide.names_off.fps", median(fps[0]));
    print("render.window_wide.names_on.fps", median(fps[1]));
    FxBench.onFx(
        () -> {
          stage.close();
          return null;
        });
  }

  private void landscapeAlone(Landscape landscape) throws InterruptedException {
    LandscapeView view =
        FxBench.onFx(
            () -> {
              LandscapeView made = new LandscapeView();
              show(made, 1280, 720);
              return made;
            });
    // Empty but for the cube and the names of its axes, which are built before counting starts.
    print("render.landscape3d_empty.fps", turning(view));
    long[] built = new long[2];
    FxBench.onFx(
        () -> {
          long start = System.nanoTime();
          view.show(landscape.surface(), landscape.path());
          built[0] = System.nanoTime() - start;
          built[1] = triangles(view);
          return null;
        });
    print("render.landscape3d.fps", turning(view));
    print("render.landscape3d.build_ms", built[0] / 1e6);
    out.println("render.landscape3d.triangles " + built[1]);
  }

  private void landscapeWindow() throws InterruptedException, SceneException {
    Explorer explorer = new Explorer();
    ExecutorService worker = Executors.newSingleThreadExecutor(LessonsMenu.daemon("bench-slice"));
    LoadedScene ball = ball(List.of(3, 3, 3), 4_000, 0);
    try {
      LandscapePanel panel =
          FxBench.onFx(
              () -> {
                explorer.load(ball);
                return new LandscapePanel(explorer, worker, GRID, 1);
              });
      Meter meter =
          FxBench.onFx(
              () -> {
                show(panel, -1, -1);
                panel.surface3d.viewport().setAutoRotate(true);
                Meter started = new Meter(() -> panel.surface3d.surface() != null);
                started.start();
                return started;
              });
      meter.await();
      print("render.landscape_window.fps", meter.frames().fps());
      FxBench.onFx(
          () -> {
            panel.surface3d.viewport().setAutoRotate(false);
            return null;
          });
    } finally {
      worker.shutdownNow();
      FxBench.onFx(
          () -> {
            explorer.close();
            return null;
          });
    }
  }

  private void axisNames() throws InterruptedException {
    for (String name : new String[] {"render.axis_names.first_ms", "render.axis_names.again_ms"}) {
      Viewport viewport = FxBench.onFx(Viewport::new);
      long start = System.nanoTime();
      Meter meter =
          FxBench.onFx(
              () -> {
                show(viewport, 1280, 720);
                String[] titles = AxisLabels.mainDirections();
                viewport.axisLabels().show(titles[0], titles[1], titles[2]);
                Meter started = new Meter(() -> viewport.axisLabels().isShowing());
                started.start();
                return started;
              });
      meter.awaitReady();
      print(name, (System.nanoTime() - start) / 1e6);
      print(
          "render.axis_names.slowest_pulse_ms",
          FxBench.onFx(() -> viewport.axisLabels().slowestPulseNanos()) / 1e6);
      FxBench.onFx(
          () -> {
            meter.stop();
            return null;
          });
    }
  }

  /** An empty 1280×720 viewport turning, with or without the three names. */
  private double bareNames(boolean names) throws InterruptedException {
    Viewport viewport = FxBench.onFx(Viewport::new);
    Meter meter =
        FxBench.onFx(
            () -> {
              show(viewport, 1280, 720);
              String[] titles = AxisLabels.mainDirections();
              viewport.axisLabels().show(titles[0], titles[1], titles[2]);
              viewport.axisLabels().enabledProperty().set(names);
              viewport.setAutoRotate(true);
              Meter started = new Meter(() -> !names || viewport.axisLabels().isShowing());
              started.start();
              return started;
            });
    meter.await();
    FxBench.onFx(
        () -> {
          // Out of the window, a viewport still in its own scene would go on turning.
          viewport.setAutoRotate(false);
          return null;
        });
    return meter.frames().fps();
  }

  private double wideWindow(LoadedScene scene, boolean names) throws InterruptedException {
    Explorer explorer = new Explorer();
    MainWindow window =
        FxBench.onFx(
            () -> {
              MainWindow made =
                  new MainWindow(explorer, new TraceWorker(), new MemoryPreferences());
              // As RenderBenchmark: a 3-D view of about 1280×720 beside the panel and bars.
              show(made, 1280 + 300, 720 + 200);
              explorer.load(scene);
              explorer.navigator().stepTo(WIDE_STAGE);
              made.viewport.axisLabels().enabledProperty().set(names);
              made.viewport.setAutoRotate(true);
              return made;
            });
    Meter meter =
        FxBench.onFx(
            () -> {
              Meter started =
                  new Meter(
                      () ->
                          window.hasTrace()
                              && (!names || window.viewport.axisLabels().isShowing()));
              started.start();
              return started;
            });
    meter.await();
    FxBench.onFx(
        () -> {
          window.viewport.setAutoRotate(false);
          window.close();
          explorer.close();
          return null;
        });
    return meter.frames().fps();
  }

  /**
   * Puts {@code content} in a scene of its own: moving nodes between the roots of one scene while
   * the pointer rests on them makes JavaFX's enter/exit handling fail on nodes that left it.
   */
  private void show(Parent content, double width, double height) {
    Scene scene = new Scene(new StackPane(content), width, height);
    scene.getStylesheets().add(Stylesheet.explorer());
    stage.setScene(scene);
    stage.sizeToScene();
  }

  private double turning(LandscapeView view) throws InterruptedException {
    Viewport viewport = view.viewport();
    Meter meter =
        FxBench.onFx(
            () -> {
              viewport.setAutoRotate(true);
              Meter started = new Meter(() -> viewport.axisLabels().isShowing());
              started.start();
              return started;
            });
    meter.await();
    FxBench.onFx(
        () -> {
          viewport.setAutoRotate(false);
          return null;
        });
    return meter.frames().fps();
  }

  private static long triangles(LandscapeView view) {
    long count = ((TriangleMesh) view.surface().getMesh()).getFaces().size() / 6;
    for (PolyLine3D line : view.pathLines()) {
      count += ((TriangleMesh) line.meshView.getMesh()).getFaces().size() / 6;
    }
    return count;
  }

  /** The wide scene: a paper ball of 10,000 points through layers 8, 8 and 3 wide. */
  private static LoadedScene wideBall() throws SceneException {
    return ball(List.of(8, 8, 3), 10_000, 300);
  }

  private static LoadedScene ball(List<Integer> widths, int points, double stepsPerSecond)
      throws SceneException {
    return RenderCases.paperBall(widths, points, stepsPerSecond, Show.DEFAULT);
  }

  private void print(String name, double value) {
    out.println(name + " " + String.format(Locale.ROOT, "%.1f", value));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** A pulse counter that can also be waited on until it starts counting. */
  private static final class Meter extends FxBench.Meter {
    private final CountDownLatch ready = new CountDownLatch(1);

    Meter(BooleanSupplier isReady) {
      super(isReady);
    }

    @Override
    public void handle(long now) {
      super.handle(now);
      if (frames() != null) {
        ready.countDown();
      }
    }

    void awaitReady() throws InterruptedException {
      if (!ready.await(FxBench.CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the names did not show");
      }
    }
  }

  /** The slice and path of a paper ball network trained for a while, computed off the FX thread. */
  private record Landscape(LossLandscape.Surface surface, double[][] path) {
    static Landscape ofATrainingPaperBall() throws SceneException {
      LoadedScene scene = ball(List.of(3, 3, 3), 4_000, 0);
      Dataset data = scene.dataset();
      TrainingSession session =
          new TrainingSession(data, scene.architecture(), TrainingSettings.defaults());
      List<double[]> recorded = new ArrayList<>();
      for (int k = 0; k < PATH_POINTS; k++) {
        for (int step = 0; step < 5; step++) {
          session.advance();
        }
        recorded.add(session.snapshot(false).parameters());
      }
      Network network = session.snapshot(false).copyOfNetwork();
      LossLandscape.Directions directions = LossLandscape.filterNormalised(network, 1);
      LossLandscape.Surface surface =
          LossLandscape.compute(
              network, LossLandscape.sample(data), directions, GRID, 0.5, () -> false);
      return new Landscape(surface, LossLandscape.project(network, directions, recorded));
    }
  }
}
