package org.uncrumple.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.scene.DatasetSpec;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneException;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.scene.SceneSpec;
import org.uncrumple.scene.Show;
import org.uncrumple.train.TrainingSettings;
import org.uncrumple.view.TraceWorker;
import org.uncrumple.view.Viewport;

/**
 * Measures the real explorer window: first an empty 3D scene turning, then a paper ball of 10 000,
 * 100 000 and 1 000 000 points while the tour plays in a loop (the stages animate continuously) and
 * the trainer runs as fast as it can on its own thread, so every frame shows new weights; then the
 * bundled digits lesson ({@code render.digits.*}: 1,797 points of 64 features, its input and hidden
 * stages seen through PCA, traced on the trace worker's thread while the lesson trains).
 *
 * <p>{@code render.window_20.*} is the whole window with only 20 points, the floor for the cases
 * with points: the panels, strip, chart and training cost frames of their own.
 *
 * <p>The window is sized so that its 3D view is about 1280×720. Each case waits for the first
 * trace, warms up for 1 s, then measures for 5 s, counting pulses in an {@link AnimationTimer}.
 * Printed, one {@code name value} a line: {@code render.empty.fps}, and per point count {@code
 * render.<points>.fps}, {@code .update_ms} (median FX-thread time of one frame's point update:
 * interpolation along the stages plus the in-place mesh write), {@code .max_pulse_gap_ms} (the
 * longest gap between two pulses) and {@code .shown} (points drawn at the end, while moving).
 *
 * <p>Every case is shown in the same window and the same scene: the scene's root is a holder whose
 * one child each case replaces. The root itself is never swapped, because JavaFX tells the nodes
 * under a resting pointer that it left them only when they leave through a parent's list of
 * children; after a swapped root, the next mouse event (the pointer of a fresh Xvfb rests over the
 * window, and closing the window sends one) went to nodes without a scene and failed.
 *
 * <p>Needs a display with OpenGL; the launcher sets {@code prism.forceGPU=true} for Xvfb.
 */
public final class RenderBenchmark {
  private static final int[] POINT_COUNTS = {10_000, 100_000, 1_000_000};

  /** Training speed of the bundled lessons (steps per second): what a class watches. */
  private static final double LESSON_SPEED = 300;

  /** One measured case: its name in the figures and the scene it shows. */
  record Case(String name, SceneSource scene) {}

  /** Builds a case's scene when its turn comes (a million points are not all held at once). */
  @FunctionalInterface
  interface SceneSource {
    LoadedScene load() throws SceneException;
  }

  private final PrintStream out;
  private final long warmUpNanos;
  private final long measureNanos;
  private Stage stage;
  private StackPane holder;

  RenderBenchmark(PrintStream out, long warmUpNanos, long measureNanos) {
    this.out = out;
    this.warmUpNanos = warmUpNanos;
    this.measureNanos = measureNanos;
  }

  /** Runs every case and prints the figures. Starts JavaFX if it is not running. */
  public static void run(PrintStream out) throws InterruptedException, SceneException {
    new RenderBenchmark(out, TimeUnit.SECONDS.toNanos(1), TimeUnit.SECONDS.toNanos(5))
        .run(allCases());
  }

  private static List<Case> allCases() {
    List<Case> cases = new ArrayList<>();
    // The same window with next to no points: the cost of the panels, the strip and training.
    cases.add(new Case("render.window_20", () -> paperBall(20, LESSON_SPEED)));
    for (int points : POINT_COUNTS) {
      cases.add(new Case("render." + points, () -> paperBall(points, LESSON_SPEED)));
    }
    cases.add(new Case("render.full_speed_training", () -> paperBall(POINT_COUNTS[0], 0)));
    // The bundled handwritten digits: 1,797 points of 64 features, traced and seen through PCA on
    // the trace worker's thread while the lesson trains.
    cases.add(
        new Case("render.digits", () -> LoadedScene.load(SceneReader.readBundled("digits.yaml"))));
    // Issue 6's figure: the sheets and the lattice carried along with 100,000 points.
    cases.add(
        new Case(
            "render.100000_sheets_lattice",
            () ->
                paperBall(100_000, LESSON_SPEED, Set.of(Show.POINTS, Show.SHEETS, Show.LATTICE))));
    cases.add(
        new Case(
            "render.100000_everything",
            () -> paperBall(100_000, LESSON_SPEED, EnumSet.allOf(Show.class))));
    return cases;
  }

  /** The empty scene, then {@code cases} one after another in the same window, then closes it. */
  void run(List<Case> cases) throws InterruptedException, SceneException {
    FxBench.startToolkit();
    FxBench.onFx(
        () -> {
          Platform.setImplicitExit(false);
          stage = new Stage();
          stage.setTitle("Uncrumple render benchmark");
          holder = new StackPane(new Viewport());
          stage.setScene(new Scene(holder, 1280, 720));
          stage.getScene().getStylesheets().add(Stylesheet.explorer());
          stage.show();
          return null;
        });
    try {
      emptyScene();
      for (Case c : cases) {
        measure(c.name(), c.scene().load());
      }
    } finally {
      FxBench.onFx(
          () -> {
            stage.close();
            return null;
          });
    }
  }

  private void emptyScene() throws InterruptedException {
    Meter meter = new Meter(null);
    FxBench.onFx(
        () -> {
          Viewport viewport = (Viewport) holder.getChildren().get(0);
          viewport.setAutoRotate(true);
          meter.start();
          return null;
        });
    meter.await();
    print("render.empty.fps", meter.frames().fps());
  }

  private void measure(String name, LoadedScene scene) throws InterruptedException {
    Explorer explorer = new Explorer();
    Meter meter =
        FxBench.onFx(
            () -> {
              MainWindow window =
                  new MainWindow(explorer, new TraceWorker(), new MemoryPreferences());
              // Through the holder's children, so JavaFX moves the pointer off the old case.
              holder.getChildren().setAll(window);
              // The side panel is about 300 px wide and the bars about 180 px high.
              stage.setWidth(1280 + 300);
              stage.setHeight(720 + 200);
              explorer.load(scene);
              explorer.navigator().loopProperty().set(true);
              explorer.navigator().speedProperty().set(2);
              explorer.navigator().play();
              Meter started = new Meter(window);
              started.start();
              return started;
            });
    meter.await();
    FxBench.onFx(
        () -> {
          meter.window.close();
          explorer.close();
          return null;
        });
    print(name + ".fps", meter.frames().fps());
    print(name + ".update_ms", FrameRateMeter.median(meter.updateNanos, meter.updates) / 1e6);
    print(name + ".max_pulse_gap_ms", meter.frames().maxGapMillis());
    out.println(name + ".shown " + meter.shownAtEnd);
  }

  private static LoadedScene paperBall(int points, double stepsPerSecond) throws SceneException {
    return paperBall(points, stepsPerSecond, Show.DEFAULT);
  }

  private static LoadedScene paperBall(int points, double stepsPerSecond, Set<Show> show)
      throws SceneException {
    List<LayerSpec> hidden =
        List.of(
            new LayerSpec(3, Activation.TANH),
            new LayerSpec(3, Activation.TANH),
            new LayerSpec(3, Activation.TANH));
    SceneSpec spec =
        SceneSpec.of(
            "Render benchmark",
            "",
            DatasetSpec.generated("paper-ball", Map.of("points", points / 2, "seed", 7)),
            hidden,
            TrainingSettings.defaults().withStepsPerSecond(stepsPerSecond),
            0,
            true);
    return LoadedScene.load(spec.withView(spec.view().withShow(show)));
  }

  private void print(String name, double value) {
    out.println(name + " " + String.format(Locale.ROOT, "%.1f", value));
  }

  /** Counts pulses once the window shows its first trace; FX thread. */
  private final class Meter extends FxBench.Meter {
    private final MainWindow window;
    private long[] updateNanos = new long[1024];
    private int updates;
    private int shownAtEnd;

    Meter(MainWindow window) {
      super(() -> window == null || window.hasTrace(), warmUpNanos, measureNanos);
      this.window = window;
    }

    @Override
    void counting(long now) {
      if (window != null) {
        record(window.lastUpdateNanos());
        shownAtEnd = window.viewport.pointCloud().shownCount();
      }
    }

    private void record(long nanos) {
      if (updates == updateNanos.length) {
        updateNanos = Arrays.copyOf(updateNanos, 2 * updates);
      }
      updateNanos[updates++] = nanos;
    }
  }
}
