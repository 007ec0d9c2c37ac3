package org.uncrumple.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reading and waiting on the FX thread from a TestFX test: what the window shows is read on the FX
 * thread, and outcomes that take frames are awaited with bounded polls rather than sleeps.
 */
public final class FxWaits {
  /**
   * Bound of every wait: far above what any run needs, it only keeps a broken build from hanging.
   */
  public static final long WAIT_SECONDS = 10;

  private FxWaits() {}

  /** Runs {@code action} on the FX thread and waits for it. */
  public static void runFx(Runnable action) {
    onFx(
        () -> {
          action.run();
          return null;
        });
  }

  /** Runs {@code query} on the FX thread and returns its result. */
  public static <T> T onFx(Callable<T> query) {
    try {
      return WaitForAsyncUtils.asyncFx(query).get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("failed on the FX thread", e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("the FX thread did not answer", e);
    }
  }

  /**
   * Polls {@code condition} on the FX thread until it holds; if it never does, fails with what was
   * awaited and the {@code state} things ended in.
   */
  public static void awaitFx(String what, BooleanSupplier condition, Supplier<String> state) {
    try {
      WaitForAsyncUtils.waitFor(
          WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
    } catch (TimeoutException e) {
      fail("still waiting for " + what + "; now: " + onFx(state::get));
    }
  }

  /**
   * Lets {@code count} more pulses pass (in each, a window's frame picks up the newest snapshot).
   */
  public static void waitForFrames(int count) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    runFx(
        () ->
            new AnimationTimer() {
              private int left = count;

              @Override
              public void handle(long now) {
                if (--left <= 0) {
                  stop();
                  done.complete(null);
                }
              }
            }.start());
    try {
      done.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new AssertionError("the window stopped drawing frames", e);
    }
  }

  /**
   * Closes what a test class showed on the primary stage, on the FX thread ({@code closers} in
   * order: the window, then its explorer), and hides the stage for the next class.
   */
  public static void closeOnPrimaryStage(Runnable... closers) throws TimeoutException {
    FxToolkit.setupStage(
        stage -> {
          for (Runnable closer : closers) {
            closer.run();
          }
          stage.hide();
        });
  }
}
