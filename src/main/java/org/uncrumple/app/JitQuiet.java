package org.uncrumple.app;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * Tells a benchmark when the JIT compiler has gone quiet, so that its figures measure the program
 * and not the compiler. On two cores the C2 compiler took a fifth to a third of a core for about 20
 * s after each new window opened, which the 3-D renderer's threads then did not have.
 *
 * <p>Quiet: over the last {@value #WINDOW_MILLIS} ms the compiler spent less than {@value
 * #QUIET_SHARE} of that time compiling. Gives up waiting after a set time.
 */
final class JitQuiet {
  static final long WINDOW_MILLIS = 2_000;
  static final double QUIET_SHARE = 0.05;

  private final LongSupplier compileMillis;
  private final long maxNanos;
  private long start = Long.MIN_VALUE;
  private long windowStart;
  private long compiledAtWindowStart;
  private long settledAfter = -1;

  /**
   * @param compileMillis the compiler's total time so far, in milliseconds; negative if unknown
   * @param maxNanos how long to wait at most
   */
  JitQuiet(LongSupplier compileMillis, long maxNanos) {
    this.compileMillis = compileMillis;
    this.maxNanos = maxNanos;
  }

  /** Watches this JVM's compiler; without one that reports its time, settles at once. */
  static JitQuiet ofThisJvm(long maxNanos) {
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    if (compiler == null || !compiler.isCompilationTimeMonitoringSupported()) {
      return new JitQuiet(() -> -1, maxNanos);
    }
    return new JitQuiet(compiler::getTotalCompilationTime, maxNanos);
  }

  /**
   * Whether the compiler is quiet (or the wait is over); the first call starts the clock, and once
   * true it stays true.
   *
   * @param now the time in nanoseconds
   */
  boolean settled(long now) {
    if (settledAfter >= 0) {
      return true;
    }
    long compiled = compileMillis.getAsLong();
    if (start == Long.MIN_VALUE) {
      start = now;
      windowStart = now;
      compiledAtWindowStart = compiled;
    }
    if (compiled < 0 || now - start >= maxNanos) {
      return settle(now);
    }
    long windowMillis = (now - windowStart) / 1_000_000;
    if (windowMillis < WINDOW_MILLIS) {
      return false;
    }
    boolean quiet = compiled - compiledAtWindowStart < QUIET_SHARE * windowMillis;
    windowStart = now;
    compiledAtWindowStart = compiled;
    return quiet && settle(now);
  }

  /** Seconds from the first call until settled, or −1 while not yet. */
  double waitedSeconds() {
    return settledAfter < 0 ? -1 : settledAfter / 1e9;
  }

  private boolean settle(long now) {
    settledAfter = now - start;
    return true;
  }
}
