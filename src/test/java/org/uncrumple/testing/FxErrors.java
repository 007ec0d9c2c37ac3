package org.uncrumple.testing;

import static org.uncrumple.testing.FxWaits.runFx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Collects what is thrown on the FX thread and caught by nobody (JavaFX hands it to the thread's
 * uncaught exception handler and carries on), so a test can fail on an exception that would
 * otherwise only be printed. Restores the handler it replaced on {@link #close}.
 */
public final class FxErrors implements AutoCloseable {
  private final List<Throwable> errors = new CopyOnWriteArrayList<>();
  private Thread.UncaughtExceptionHandler before;

  private FxErrors() {}

  /** Starts collecting; JavaFX must be running. */
  public static FxErrors collect() {
    FxErrors collector = new FxErrors();
    runFx(
        () -> {
          Thread fx = Thread.currentThread();
          collector.before = fx.getUncaughtExceptionHandler();
          fx.setUncaughtExceptionHandler((thread, error) -> collector.errors.add(error));
        });
    return collector;
  }

  /** What was thrown so far, described one a line, for an assertion message. */
  public List<String> described() {
    List<String> lines = new ArrayList<>();
    for (Throwable error : errors) {
      StackTraceElement[] frames = error.getStackTrace();
      lines.add(error + (frames.length > 0 ? " at " + frames[0] : ""));
    }
    return lines;
  }

  @Override
  public void close() {
    runFx(() -> Thread.currentThread().setUncaughtExceptionHandler(before));
  }
}
