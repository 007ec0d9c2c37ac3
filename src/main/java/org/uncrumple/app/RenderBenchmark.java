package org.uncrumple.app;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SceneAntialiasing;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.look.SmoothEdges;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.app.model.StageNavigator;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneException;
import org.uncrumple.view.TraceWorker;
import org.uncrumple.view.Viewport;

/**
 * Measures the real explorer window: after a warm-up, first an empty 3D scene turning, then a paper
 * ball of 10 000, 100 000 and 1 000 000 points while the tour plays in a loop (the stages animate
 * continuously) and the trainer runs at a lesson's speed on its own thread, so every frame shows
 * new weights; then the bundled digits lesson ({@code render.digits.*}: 1,797 points of 64
 * features, its input and hidden stages seen through PCA, traced on the trace worker's thread while
 * the lesson trains).
 *
 * <p>{@code render.window_20.*} is the whole window with only 20 points, the floor for the cases
 * with points: the panels, strip, chart and training cost frames of their own. {@code
 * render.empty.fps} is the bare 3D view, as big as the window's ({@code render.view_size}), turning
 * in a window as big as the explorer's (the present copies the whole window to the screen every
 * frame, so the window's size matters as much as the view's), with nothing else in it.
 *
 * <p>The window is 1580×920, so that its 3D view is about 1270×620. Before the empty scene the
 * window runs unmeasured until the JIT compiler is quiet (at most 60 s, {@code
 * render.warm_up.jit_wait_s}) and 20 s more; the empty scene is measured just before the cases, as
 * the machine's speed wanders over minutes. Each case waits for the first trace and for the JIT
 * compiler to go quiet ({@link JitQuiet}, at most 20 s; {@code .jit_wait_s} says how long it took),
 * warms up for 1 s, then measures for 5 s, counting pulses in an {@code AnimationTimer}. Printed,
 * one {@code name value} a line: {@code render.empty.fps}, and per point count {@code
 * render.<points>.fps}, {@code .update_ms} (median FX-thread time of one frame's point update:
 * interpolation along the stages), {@code .draw_ms} (median FX-thread time of the last drawing of
 * the dots), {@code .max_pulse_gap_ms} (the longest gap between two pulses), {@code .shown} (points
 * drawn at the end, while moving), {@code .shown_median} (the median count drawn over the measured
 * frames), {@code .panel_layouts} (parts of the window outside the 3D view laid out, and so
 * painted, again per frame; see {@link PanelWork}) and {@code .layout_ms} (FX-thread CSS and layout
 * per frame), these two counted for 2 s after the frame rate, as the walk that counts them costs
 * frames of its own. After the first case the bare view runs again ({@code render.empty_again}):
 * {@code render.window_20.of_empty_percent} is the window against the mean of both. For 100 000 and
 * 1 000 000 points the tour then stops while training goes on, and {@code .rest_shown} and {@code
 * .rest_ms} say how many points are drawn at rest and how soon after the stop all were.
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
  /**
   * How long the unmeasured first run of the window lasts: the C2 compiler was still busy with
   * training and tracing (8 ms of CPU a frame) 15 s into a run.
   */
  private static final long JIT_WARM_UP_NANOS = TimeUnit.SECONDS.toNanos(20);

  private static final long REST_WAIT_SECONDS = 10;

  /** How long the panels' work is counted (at most), after the frame rate and apart from it. */
  private static final long PANEL_NANOS = TimeUnit.SECONDS.toNanos(2);

  /** The window's size: its 3D view is then about 1270×620 (the side panel and the bars). */
  private static final int WIDTH = 1280 + 300;

  private static final int HEIGHT = 720 + 200;

  /**
   * One measured case: its name in the figures, the scene it shows, and whether the tour then stops
   * to measure how soon every point is drawn.
   */
  record Case(String name, SceneSource scene, boolean rest) {
    Case(String name, SceneSource scene) {
      this(name, scene, false);
    }
  }

  /** Builds a case's scene when its turn comes (a million points are not all held at once). */
  @FunctionalInterface
  interface SceneSource {
    LoadedScene load() throws SceneException;
  }

  private final PrintStream out;
  private final long warmUpNanos;
  private final long measureNanos;
  private final long jitWarmUpNanos;
  private Stage stage;
  private StackPane holder;
  private BorderPane empty;

  RenderBenchmark(PrintStream out, long warmUpNanos, long measureNanos, long jitWarmUpNanos) {
    this.out = out;
    this.warmUpNanos = warmUpNanos;
    this.measureNanos = measureNanos;
    this.jitWarmUpNanos = jitWarmUpNanos;
  }

  /** Runs every case and prints the figures. Starts JavaFX if it is not running. */
  public static void run(PrintStream out) throws InterruptedException, SceneException {
    run(out, List.of());
  }

  /**
   * Runs the cases named (all when none are; see {@link RenderCases}) after the empty view and the
   * warm-up, and prints the figures. Starts JavaFX if it is not running.
   *
   * @throws IllegalArgumentException naming a case that does not exist
   */
  public static void run(PrintStream out, List<String> only)
      throws InterruptedException, SceneException {
    new RenderBenchmark(out, FxBench.WARM_UP_NANOS, FxBench.MEASURE_NANOS, JIT_WARM_UP_NANOS)
        .run(RenderCases.select(only));
  }

  /**
   * An unmeasured warm-up, the empty scene, then {@code cases} one after another in the same
   * window, then closes it.
   */
  void run(List<Case> cases) throws InterruptedException, SceneException {
    FxBench.startToolkit();
    LoadedScene sizing = RenderCases.paperBall(20);
    FxBench.onFx(
        () -> {
          Platform.setImplicitExit(false);
          stage = new Stage();
          stage.setTitle("Uncrumple render benchmark");
          // The explorer window at the benchmark's size, laid out in a scene no window shows,
          // only to see how big its 3D view is.
          // It holds a scene, so that its network strip is as tall as in the cases.
          Explorer idle = new Explorer();
          MainWindow window = new MainWindow(idle, new TraceWorker(), new MemoryPreferences());
          new Scene(window, WIDTH, HEIGHT).getStylesheets().add(Stylesheet.explorer());
          idle.load(sizing);
          window.applyCss();
          window.resize(WIDTH, HEIGHT);
          window.layout();
          double viewWidth = window.viewport.getWidth();
          double viewHeight = window.viewport.getHeight();
          window.close();
          idle.close();
          // The bare view, as big as the window's, in a window as big as the explorer's (the
          // present copies the whole window), nothing else in it.
          // Edges smoothed as the window smooths them (by default off on a software renderer).
          boolean smooth = new SmoothEdges(new MemoryPreferences()).onProperty().get();
          Viewport bare =
              new Viewport(smooth ? SceneAntialiasing.BALANCED : SceneAntialiasing.DISABLED);
          bare.setPrefSize(viewWidth, viewHeight);
          empty = new BorderPane(bare);
          empty.setRight(spacer(WIDTH - viewWidth, 1));
          empty.setBottom(spacer(1, HEIGHT - viewHeight));
          holder = new StackPane(new Region());
          stage.setScene(new Scene(holder, WIDTH, HEIGHT));
          stage.getScene().getStylesheets().add(Stylesheet.explorer());
          stage.show();
          out.println(
              String.format(Locale.ROOT, "render.view_size %.0fx%.0f", viewWidth, viewHeight));
          out.println("render.smooth_edges " + (smooth ? "on" : "off"));
          return null;
        });
    try {
      // Not measured: the window for a while with a small ball, so that the JIT has compiled
      // training, tracing and drawing (otherwise the C2 compiler took a third of the first case's
      // CPU, and the first case, the floor of the others, paid for the program's warm-up).
      // It starts once the compiler has gone quiet (at most three times as long), then runs.
      Meter warmUp = run(RenderCases.paperBall(2_000), false, jitWarmUpNanos, 3 * jitWarmUpNanos);
      print("render.warm_up.jit_wait_s", warmUp.jit.waitedSeconds());
      // The ceiling, measured just before the cases: the machine's speed wanders over minutes.
      double before = emptyScene("render.empty");
      for (int k = 0; k < cases.size(); k++) {
        Case c = cases.get(k);
        double fps = measure(c.name(), c.scene().load(), c.rest());
        if (k == 0) {
          // Against the bare view on both sides of it: the machine's speed drifts between them.
          double after = emptyScene("render.empty_again");
          print(c.name() + ".of_empty_percent", 100 * fps / ((before + after) / 2));
        }
      }
    } finally {
      FxBench.runFx(stage::close);
    }
  }

  /** Measures the bare view turning, prints its frame rate as {@code name.fps} and returns it. */
  private double emptyScene(String name) throws InterruptedException {
    Meter meter = new Meter(null, null, measureNanos, jitWarmUpNanos);
    FxBench.onFx(
        () -> {
          holder.getChildren().setAll(empty);
          ((Viewport) empty.getCenter()).setAutoRotate(true);
          meter.start();
          return null;
        });
    meter.await();
    FxBench.runFx(() -> ((Viewport) empty.getCenter()).setAutoRotate(false));
    print(name + ".fps", meter.frames().fps());
    print(name + ".jit_wait_s", meter.jit.waitedSeconds());
    return meter.frames().fps();
  }

  /**
   * @param rest whether to stop the tour afterwards and measure how soon every point is drawn
   */
  private double measure(String name, LoadedScene scene, boolean rest) throws InterruptedException {
    Meter meter = run(scene, rest, measureNanos, jitWarmUpNanos);
    print(name + ".fps", meter.frames().fps());
    print(name + ".jit_wait_s", meter.jit.waitedSeconds());
    print(name + ".update_ms", FrameRateMeter.median(meter.updateNanos, meter.updates) / 1e6);
    print(name + ".draw_ms", FrameRateMeter.median(meter.drawNanos, meter.updates) / 1e6);
    print(name + ".max_pulse_gap_ms", meter.frames().maxGapMillis());
    out.println(name + ".shown " + meter.shownAtEnd);
    out.println(name + ".shown_median " + meter.shownMedian());
    print(name + ".panel_layouts", meter.panels.layoutsPerPulse());
    print(name + ".layout_ms", meter.panels.layoutMillisPerPulse());
    if (rest) {
      out.println(name + ".rest_shown " + meter.restShown);
      print(name + ".rest_ms", meter.restMillis);
    }
    return meter.frames().fps();
  }

  /**
   * Shows {@code scene} in the explorer window, tour playing, and counts its frames.
   *
   * @param jitWaitNanos how long to wait at most for the compiler to go quiet before measuring
   */
  private Meter run(LoadedScene scene, boolean rest, long measureNanos, long jitWaitNanos)
      throws InterruptedException {
    Explorer explorer = new Explorer();
    Meter meter =
        FxBench.onFx(
            () -> {
              MainWindow window =
                  new MainWindow(explorer, new TraceWorker(), new MemoryPreferences());
              // Through the holder's children, so JavaFX moves the pointer off the old case.
              holder.getChildren().setAll(window);
              stage.setWidth(WIDTH);
              stage.setHeight(HEIGHT);
              explorer.load(scene);
              explorer.navigator().loopProperty().set(true);
              explorer.navigator().speedProperty().set(2);
              explorer.navigator().play();
              Meter started =
                  new Meter(window, rest ? explorer.navigator() : null, measureNanos, jitWaitNanos);
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
    return meter;
  }

  private static Region spacer(double width, double height) {
    Region spacer = new Region();
    spacer.setPrefSize(width, height);
    return spacer;
  }

  private void print(String name, double value) {
    out.println(name + " " + String.format(Locale.ROOT, "%.1f", value));
  }

  /**
   * Counts pulses once the window shows its first trace; then, if asked, stops the tour and waits
   * for every point to be drawn. FX thread.
   */
  private final class Meter extends FxBench.Meter {
    private final MainWindow window;
    private final StageNavigator rest;
    private final JitQuiet jit;
    // Counted after the frame rate, not during it: its walk of the window's nodes each pulse is
    // the benchmark's own work, which the window's frame rate should not pay.
    private final PanelWork panels;
    private long panelsUntil;
    private long[] updateNanos = new long[1024];
    private long[] drawNanos = new long[1024];
    private int updates;
    private int shownAtEnd;
    private int[] shownPerPulse = new int[1024];
    private int shownPulses;
    private long restStart;
    private int restShown;
    private double restMillis = -1;

    /**
     * @param window the explorer window measured; null for the bare view
     * @param rest the tour to stop afterwards, to measure how soon every point is drawn; null not
     *     to
     */
    Meter(MainWindow window, StageNavigator rest, long measureNanos, long jitWaitNanos) {
      this(window, rest, measureNanos, JitQuiet.ofThisJvm(jitWaitNanos));
    }

    private Meter(MainWindow window, StageNavigator rest, long measureNanos, JitQuiet jit) {
      super(
          () -> (window == null || window.hasTrace()) && jit.settled(System.nanoTime()),
          warmUpNanos,
          measureNanos);
      this.jit = jit;
      this.window = window;
      this.rest = rest;
      this.panels = window == null ? null : new PanelWork(window.getScene(), window.viewport);
    }

    @Override
    void counting(long now) {
      if (window == null) {
        return;
      }
      record(window.lastUpdateNanos(), window.viewport.pointCloud().lastDrawNanos());
      shownAtEnd = window.viewport.pointCloud().shownCount();
      if (shownPulses == shownPerPulse.length) {
        shownPerPulse = Arrays.copyOf(shownPerPulse, 2 * shownPulses);
      }
      shownPerPulse[shownPulses++] = shownAtEnd;
    }

    /** The frame rate is measured; the panels' work is counted next, in a window of its own. */
    @Override
    void counted(long now) {
      if (window == null) {
        finish();
        return;
      }
      panelsUntil = now + Math.min(PANEL_NANOS, measureNanos);
      panels.start(panelsUntil);
    }

    @Override
    void after(long now) {
      if (panelsUntil != 0) {
        if (now < panelsUntil) {
          return;
        }
        panels.stop();
        panelsUntil = 0;
        if (rest == null) {
          finish();
          return;
        }
        rest.pause();
        restStart = now;
        return;
      }
      resting(now);
    }

    /** After the tour stopped: the time until every point is drawn, or the count at the end. */
    private void resting(long now) {
      var cloud = window.viewport.pointCloud();
      restShown = cloud.shownCount();
      if (restShown == cloud.size()) {
        restMillis = (now - restStart) / 1e6;
        finish();
      } else if (now - restStart > TimeUnit.SECONDS.toNanos(REST_WAIT_SECONDS)) {
        finish();
      }
    }

    /** The median count of points drawn over the measured pulses (0 if none were measured). */
    int shownMedian() {
      if (shownPulses == 0) {
        return 0;
      }
      int[] sorted = Arrays.copyOf(shownPerPulse, shownPulses);
      Arrays.sort(sorted);
      return sorted[shownPulses / 2];
    }

    private void record(long update, long draw) {
      if (updates == updateNanos.length) {
        updateNanos = Arrays.copyOf(updateNanos, 2 * updates);
        drawNanos = Arrays.copyOf(drawNanos, 2 * updates);
      }
      updateNanos[updates] = update;
      drawNanos[updates++] = draw;
    }
  }
}
