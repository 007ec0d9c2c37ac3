package org.uncrumple.export;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * The threads an export uses besides its own: the FX thread, which draws and snapshots the frames;
 * one encoder thread, which burns captions in and feeds the encoder in frame order; and a few
 * workers that compress PNG frames side by side.
 *
 * @param fx runs work on the FX thread and waits for it
 * @param encoder a single thread: encoders are used from one thread at a time
 * @param workers compression threads for PNG sequences
 */
public record ExportThreads(FxThread fx, ExecutorService encoder, ExecutorService workers)
    implements AutoCloseable {

  /** Runs work on the JavaFX application thread and waits for its result. */
  @FunctionalInterface
  public interface FxThread {
    <T> T call(Callable<T> work) throws Exception;
  }

  /** How long one frame may take on the FX thread before the export gives up. */
  static final long FX_TIMEOUT_SECONDS = 120;

  /** The FX thread of a running JavaFX, a named encoder thread and two named workers (daemons). */
  public static ExportThreads standard() {
    return new ExportThreads(
        ExportThreads::onPlatform,
        Executors.newSingleThreadExecutor(named("uncrumple-export-encoder")),
        Executors.newFixedThreadPool(2, named("uncrumple-export-png")));
  }

  private static <T> T onPlatform(Callable<T> work) throws Exception {
    if (Platform.isFxApplicationThread()) {
      return work.call();
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(work.call());
          } catch (Exception | Error e) {
            result.completeExceptionally(e);
          }
        });
    try {
      return result.get(FX_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "the FX thread did not draw a frame in " + FX_TIMEOUT_SECONDS + " s", e);
    }
  }

  private static ThreadFactory named(String name) {
    AtomicInteger count = new AtomicInteger();
    return work -> {
      Thread thread = new Thread(work, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    encoder.shutdownNow();
    workers.shutdownNow();
  }
}
