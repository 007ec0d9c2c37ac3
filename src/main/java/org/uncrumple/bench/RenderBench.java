package org.uncrumple.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SceneAntialiasing;
import javafx.stage.Stage;
import org.uncrumple.app.FrameRateMeter;
import org.uncrumple.app.PointCloud;
import org.uncrumple.app.Viewport;

/**
 * Measures the 3D viewport in a real 1280×720 window: an empty scene turning, then 10 000, 100 000
 * and 1 000 000 points that all move every frame, with adaptive detail on (what a user gets).
 *
 * <p>Each case warms up for 1 s and measures for 5 s, counting pulses in an {@link AnimationTimer}.
 * Printed, one {@code name value} a line: {@code render.empty.fps}, and per point count {@code
 * render.<points>.fps}, {@code .update_ms} (median FX-thread time of one frame's {@link
 * PointCloud#update}), {@code .max_pulse_gap_ms} (longest gap between pulses) and {@code .shown}
 * (points drawn at the end, while moving).
 *
 * <p>Needs a display with OpenGL; under Xvfb start it with {@code -Dprism.forceGPU=true}, which
 * {@link #main} sets unless given. {@code main} takes {@code --no-aa} to measure without
 * anti-aliasing, for comparison.
 */
public final class RenderBench {
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 720;
  private static final long WARM_UP_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final long MEASURE_NANOS = TimeUnit.SECONDS.toNanos(5);
  private static final int[] POINT_COUNTS = {10_000, 100_000, 1_000_000};
  private static final long CASE_TIMEOUT_SECONDS = 120;

  private final PrintStream out;
  private final Runnable onFrame;
  private final SceneAntialiasing antialiasing;
  private Stage stage;

  private RenderBench(PrintStream out, Runnable onFrame, SceneAntialiasing antialiasing) {
    this.out = out;
    this.onFrame = onFrame;
    this.antialiasing = antialiasing;
  }

  /** Runs the benchmark; {@code --no-aa} turns anti-aliasing off to see what it costs. */
  public static void main(String[] args) throws Exception {
    if (System.getProperty("prism.forceGPU") == null) {
      System.setProperty("prism.forceGPU", "true");
    }
    boolean noAa = args.length > 0 && args[0].equals("--no-aa");
    new RenderBench(
            System.out, () -> {}, noAa ? SceneAntialiasing.DISABLED : SceneAntialiasing.BALANCED)
        .runAll();
    Platform.exit();
  }

  /** Runs the benchmark and prints its figures to {@code out}. */
  public static void run(PrintStream out) throws InterruptedException {
    run(out, () -> {});
  }

  /**
   * Runs the benchmark and prints its figures to {@code out}, calling {@code onFrame} on the FX
   * thread once per pulse in every case (for instance to pick up a trainer's newest snapshot, so
   * that training load shows in the figures). Starts the JavaFX toolkit if needed and turns off its
   * implicit exit, so the window closing at the end leaves the toolkit running.
   */
  public static void run(PrintStream out, Runnable onFrame) throws InterruptedException {
    new RenderBench(out, onFrame, SceneAntialiasing.BALANCED).runAll();
  }

  private void runAll() throws InterruptedException {
    startToolkit();
    onFx(
        () -> {
          Platform.setImplicitExit(false);
          stage = new Stage();
          stage.setTitle("Uncrumple render benchmark");
          stage.setScene(new Scene(new Viewport(antialiasing), WIDTH, HEIGHT));
          stage.show();
          return null;
        });
    measure("empty", 0);
    for (int points : POINT_COUNTS) {
      measure(Integer.toString(points), points);
    }
    onFx(
        () -> {
          stage.close();
          return null;
        });
  }

  private void measure(String name, int points) throws InterruptedException {
    Movement movement = points > 0 ? new Movement(points) : null;
    CountDownLatch done = new CountDownLatch(1);
    Case c =
        onFx(
            () -> {
              Viewport viewport = new Viewport(antialiasing);
              stage.getScene().setRoot(viewport);
              viewport.setAutoRotate(points == 0);
              if (movement != null) {
                viewport.pointCloud().setData(movement.labels, points);
              }
              Case started = new Case(viewport, movement, done);
              started.start();
              return started;
            });
    if (!done.await(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      throw new IllegalStateException(
          "render." + name + " did not finish within " + CASE_TIMEOUT_SECONDS + " s");
    }
    onFx(
        () -> {
          c.stop();
          return null;
        });
    print("render." + name + ".fps", c.meter.fps());
    if (movement != null) {
      print("render." + name + ".update_ms", FrameRateMeter.median(c.updateNanos, c.updates) / 1e6);
      print("render." + name + ".max_pulse_gap_ms", c.meter.maxGapMillis());
      print("render." + name + ".shown", c.shownAtEnd);
    }
  }

  private void print(String name, double value) {
    out.println(name + " " + String.format(Locale.ROOT, "%.1f", value));
  }

  private void print(String name, int value) {
    out.println(name + " " + value);
  }

  /** One measured case: an AnimationTimer that moves the points and counts pulses. */
  private final class Case extends AnimationTimer {
    private final Viewport viewport;
    private final Movement movement;
    private final CountDownLatch done;
    private FrameRateMeter meter;
    private long[] updateNanos = new long[1024];
    private int updates;
    private int shownAtEnd;

    Case(Viewport viewport, Movement movement, CountDownLatch done) {
      this.viewport = viewport;
      this.movement = movement;
      this.done = done;
    }

    @Override
    public void handle(long now) {
      if (meter == null) {
        meter = new FrameRateMeter(now + WARM_UP_NANOS, now + WARM_UP_NANOS + MEASURE_NANOS);
      }
      onFrame.run();
      if (movement != null) {
        movement.moveTo(now);
        long t0 = System.nanoTime();
        viewport.pointCloud().update(movement.xyz, movement.count);
        long spent = System.nanoTime() - t0;
        if (meter.isCounting(now)) {
          recordUpdate(spent);
          shownAtEnd = viewport.pointCloud().shownCount();
        }
      }
      meter.pulse(now);
      if (meter.isDone()) {
        stop();
        done.countDown();
      }
    }

    private void recordUpdate(long nanos) {
      if (updates == updateNanos.length) {
        updateNanos = Arrays.copyOf(updateNanos, 2 * updates);
      }
      updateNanos[updates++] = nanos;
    }
  }

  /**
   * Two interleaved classes in the unit ball, turning about the vertical axis and breathing in and
   * out; all points are recomputed every frame.
   */
  private static final class Movement {
    final int count;
    final int[] labels;
    final float[] xyz;
    private final float[] base;
    private long first = Long.MIN_VALUE;

    Movement(int count) {
      this.count = count;
      labels = new int[count];
      xyz = new float[3 * count];
      base = new float[3 * count];
      SplittableRandom random = new SplittableRandom(42);
      for (int i = 0; i < count; i++) {
        double x;
        double y;
        double z;
        do {
          x = 2 * random.nextDouble() - 1;
          y = 2 * random.nextDouble() - 1;
          z = 2 * random.nextDouble() - 1;
        } while (x * x + y * y + z * z > 1);
        base[3 * i] = (float) x;
        base[3 * i + 1] = (float) y;
        base[3 * i + 2] = (float) z;
        labels[i] = Math.sin(3 * x) + Math.cos(3 * z) > 2 * y ? 0 : 1;
      }
    }

    void moveTo(long now) {
      if (first == Long.MIN_VALUE) {
        first = now;
      }
      double t = (now - first) / 1e9;
      // p' = s·Ry(θ)·p with θ = 0.6·t and s = 1 + 0.1·sin(2t)
      float s = (float) (1 + 0.1 * Math.sin(2 * t));
      float c = (float) Math.cos(0.6 * t) * s;
      float sn = (float) Math.sin(0.6 * t) * s;
      for (int i = 0; i < 3 * count; i += 3) {
        float x = base[i];
        float z = base[i + 2];
        xyz[i] = c * x + sn * z;
        xyz[i + 1] = s * base[i + 1];
        xyz[i + 2] = -sn * x + c * z;
      }
    }
  }

  private static void startToolkit() throws InterruptedException {
    CountDownLatch started = new CountDownLatch(1);
    try {
      Platform.startup(started::countDown);
    } catch (IllegalStateException alreadyRunning) {
      // The caller started JavaFX already; its FX thread serves this benchmark as well.
      started.countDown();
    }
    started.await();
  }

  private static <T> T onFx(Supplier<T> work) throws InterruptedException {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(work.get());
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    try {
      return result.get(60, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("benchmark step failed on the FX thread", e);
    }
  }
}
