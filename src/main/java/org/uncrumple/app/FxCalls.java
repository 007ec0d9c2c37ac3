package org.uncrumple.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/** How the benchmarks, which run on a thread of their own, start JavaFX and wait for its thread. */
final class FxCalls {
  /** Bound of one call: far above what any needs, it only keeps a broken run from hanging. */
  static final long TIMEOUT_SECONDS = 300;

  private FxCalls() {}

  /** Starts JavaFX unless it runs already (a caller or a test started it). */
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
      return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
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
}
