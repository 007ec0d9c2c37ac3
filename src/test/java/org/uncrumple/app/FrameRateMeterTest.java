package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameRateMeterTest {
  private static final long MS = 1_000_000;

  @Test
  void countsOnlyPulsesInsideTheWindow() {
    FrameRateMeter meter = new FrameRateMeter(1_000 * MS, 2_000 * MS);
    for (long t = 0; t <= 2_500 * MS; t += 50 * MS) {
      meter.pulse(t);
    }
    assertEquals(21, meter.frames());
    assertEquals(20, meter.fps(), 1e-9);
    assertTrue(meter.isDone());
  }

  @Test
  void theLongestGapIncludesTheOneIntoTheWindow() {
    FrameRateMeter meter = new FrameRateMeter(100 * MS, 1_000 * MS);
    meter.pulse(0);
    meter.pulse(300 * MS);
    meter.pulse(350 * MS);
    assertEquals(300, meter.maxGapMillis(), 1e-9);
    assertFalse(meter.isDone());
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(3, FrameRateMeter.median(new long[] {5, 1, 3, 99}, 3), 1e-9);
    assertEquals(4, FrameRateMeter.median(new long[] {5, 1, 3, 99}, 4), 1e-9);
    assertEquals(0, FrameRateMeter.median(new long[0], 0), 1e-9);
  }
}
