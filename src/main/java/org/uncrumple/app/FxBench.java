package org.uncrumple.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * What the render benchmarks share: starting JavaFX, running work on the FX thread from the
 * benchmark's thread, and counting pulses over a warm-up and a measuring window.
 */
final class FxBench {
  static final long WARM_UP_NANOS = TimeUnit.SECONDS.toNanos(1);
  static final long MEASURE_NANOS = TimeUnit.SECONDS.toNanos(5);
  static final long CASE_TIMEOUT_SECONDS = 300;

  private FxBench() {}

  /** Starts JavaFX unless it runs already (a caller started it; its FX thread serves us too). */
  static void startToolkit() throws InterruptedException {
    CountDownLatch started = new CountDownLatch(1);
    try {
      Platform.startup(started::countDown);
    } catch (IllegalStateException alreadyRunning) {
      started.countDown();
    }
    started.await();
  }

  /** Runs {@code work} on the FX thread and waits for its result. */
  static <T> T onFx(Supplier<T> work) throws InterruptedException {
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
      return result.get(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the benchmark failed on the FX thread", e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("the FX thread did not answer in time", e);
    }
  }

  /** Runs {@code work} on the FX thread and waits for it. */
  static void runFx(Runnable work) throws InterruptedException {
    onFx(
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * Counts pulses once {@code ready} holds: a warm-up ({@link #WARM_UP_NANOS} unless given), then
   * the counting ({@link #MEASURE_NANOS} unless given). FX thread; {@link #await()} from the
   * benchmark's thread.
   */
  static class Meter extends AnimationTimer {
    private final BooleanSupplier ready;
    private final long warmUpNanos;
    private final long measureNanos;
    private final CountDownLatch done = new CountDownLatch(1);
    private FrameRateMeter frames;

    Meter(BooleanSupplier ready) {
      this(ready, WARM_UP_NANOS, MEASURE_NANOS);
    }

    Meter(BooleanSupplier ready, long warmUpNanos, long measureNanos) {
      this.ready = ready;
      this.warmUpNanos = warmUpNanos;
      this.measureNanos = measureNanos;
    }

    @Override
    public void handle(long now) {
      if (frames != null && frames.isDone()) {
        after(now);
        return;
      }
      if (frames == null) {
        if (!ready.getAsBoolean()) {
          return;
        }
        frames = new FrameRateMeter(now + warmUpNanos, now + warmUpNanos + measureNanos);
      }
      if (frames.isCounting(now)) {
        counting(now);
      }
      frames.pulse(now);
      if (frames.isDone()) {
        counted(now);
      }
    }

    /** Called at each pulse inside the measuring window, before it is counted. */
    void counting(long now) {}

    /** Called once the measuring window has passed; finishes unless a meter measures more. */
    void counted(long now) {
      finish();
    }

    /** Called at each pulse after {@link #counted} until {@link #finish}. */
    void after(long now) {}

    /** Stops counting and lets {@link #await()} return. */
    final void finish() {
      stop();
      done.countDown();
    }

    FrameRateMeter frames() {
      return frames;
    }

    void await() throws InterruptedException {
      if (!done.await(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException(
            "a render case did not finish in " + CASE_TIMEOUT_SECONDS + " s");
      }
    }
  }
}
