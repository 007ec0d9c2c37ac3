package org.uncrumple.app;

import java.util.Arrays;

/**
 * Counts pulses in a time window: frames per second and the longest gap between two pulses. Fed
 * with pulse times (nanoseconds), e.g. from an {@code AnimationTimer}; pure logic, one thread.
 */
public final class FrameRateMeter {
  private final long start;
  private final long end;
  private long previous = Long.MIN_VALUE;
  private long first = Long.MIN_VALUE;
  private long last = Long.MIN_VALUE;
  private long maxGap;
  private int frames;

  /**
   * @param start pulses before this time (nanoseconds) are warm-up, not counted
   * @param end pulses after this time are not counted
   */
  public FrameRateMeter(long start, long end) {
    this.start = start;
    this.end = end;
  }

  /** Records a pulse; the gap from the pulse before counts when this one is inside the window. */
  public void pulse(long now) {
    if (now >= start && now <= end) {
      if (first == Long.MIN_VALUE) {
        first = now;
      }
      if (previous != Long.MIN_VALUE) {
        maxGap = Math.max(maxGap, now - previous);
      }
      last = now;
      frames++;
    }
    previous = now;
  }

  /** Whether a pulse past the end of the window has been seen. */
  public boolean isDone() {
    return previous > end;
  }

  /** Whether a pulse is inside the window. */
  public boolean isCounting(long now) {
    return now >= start && now <= end;
  }

  /** Pulses per second between the first and the last counted pulse; 0 with fewer than two. */
  public double fps() {
    return frames < 2 ? 0 : (frames - 1) * 1e9 / (last - first);
  }

  /** The longest gap between two pulses that ends inside the window, in milliseconds. */
  public double maxGapMillis() {
    return maxGap / 1e6;
  }

  /** Pulses counted. */
  public int frames() {
    return frames;
  }

  /** The median of the first {@code count} values, 0 for none; sorts a copy. */
  public static double median(long[] values, int count) {
    if (count == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2.0;
  }
}
