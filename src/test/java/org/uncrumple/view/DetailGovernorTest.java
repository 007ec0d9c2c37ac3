package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DetailGovernorTest {
  private static final long MS = 1_000_000;
  private static final int TOTAL = 1_000_000;

  private final DetailGovernor governor = new DetailGovernor(1_000, 5_000, 20, 300 * MS);
  private long now = 1_000 * MS;
  private int shown;

  /** A renderer whose frame takes a fixed time plus a cost per point drawn. */
  private void runFrames(int frames, double baseMillis, double microsPerPoint) {
    runFrames(frames, baseMillis, microsPerPoint, false);
  }

  /**
   * @param drawReported whether the governor hears what drawing the points took (all of their cost)
   */
  private void runFrames(
      int frames, double baseMillis, double microsPerPoint, boolean drawReported) {
    for (int i = 0; i < frames; i++) {
      shown = governor.onPulse(now, true, TOTAL);
      long drawNanos = (long) (microsPerPoint * shown * 1000);
      if (drawReported) {
        governor.drew(shown, drawNanos);
      }
      now += (long) (baseMillis * MS) + drawNanos;
    }
  }

  @Test
  void atRestGrowsToEveryPointWhileFramesStayQuick() {
    assertEquals(DetailGovernor.INITIAL_REST_CAP, governor.onPulse(now, false, TOTAL));
    assertTrue(governor.isResting());
    int drawn = 0;
    for (int i = 0; i < 30; i++) {
      now += 100 * MS;
      drawn = governor.onPulse(now, false, TOTAL);
    }
    assertEquals(TOTAL, drawn);
  }

  @Test
  void atRestWaitsForAChangeToShowItsCostBeforeGrowingAgain() {
    governor.onPulse(now, false, TOTAL);
    now += 100 * MS;
    long first = governor.onPulse(now, false, TOTAL);
    now += 100 * MS;
    long second = governor.onPulse(now, false, TOTAL);

    assertEquals(2 * DetailGovernor.INITIAL_REST_CAP, first);
    assertEquals(first, second, "no second doubling in the very next frame");
  }

  @Test
  void atRestTheViewMayStopPulsingOnceGrowthIsOver() {
    governor.onPulse(now, false, TOTAL);
    assertFalse(governor.isSettledAtRest(TOTAL), "still growing towards every point");
    assertTrue(governor.isSettledAtRest(1_000), "a small cloud is drawn whole at once");

    now += 3_000 * MS;
    governor.onPulse(now, false, TOTAL);

    assertTrue(governor.isSettledAtRest(TOTAL), "a frame took seconds: growth stops");
  }

  @Test
  void atRestDrawsFewerWhenAFrameTakesSeconds() {
    governor.onPulse(now, false, TOTAL);
    now += 3_000 * MS;

    int drawn = governor.onPulse(now, false, TOTAL);

    assertEquals(DetailGovernor.INITIAL_REST_CAP / 2, drawn);
  }

  /**
   * A resting frame that costs 1 µs a point (the renderer rebuilding the mesh, as when training
   * moves the points) plus 30 ms: 100,000 points are all drawn well within two seconds of rest.
   */
  @Test
  void aHundredThousandPointsAreAllDrawnSoonAfterTheViewRests() {
    runFrames(100, 30, 1);
    long rested = now;
    int drawn = shown;
    while (drawn < 100_000 && now - rested < 2_000 * MS) {
      drawn = governor.onPulse(now, false, 100_000);
      now += (long) ((30 + drawn / 1000.0) * MS);
    }
    assertEquals(100_000, drawn, "drawn " + (now - rested) / MS + " ms after rest");
  }

  /** A million points at 1 µs each would take a second a frame: fewer, and frames stay quick. */
  @Test
  void aMillionPointsAtRestKeepFramesUnderHalfASecond() {
    long slowest = 0;
    int drawn = 0;
    for (int i = 0; i < 200; i++) {
      drawn = governor.onPulse(now, false, TOTAL);
      long frame = (long) ((30 + drawn / 1000.0) * MS);
      if (i > 100) {
        slowest = Math.max(slowest, frame);
      }
      now += frame;
    }
    assertTrue(drawn < TOTAL && drawn >= DetailGovernor.INITIAL_REST_CAP, "drawn " + drawn);
    assertTrue(slowest < 500 * MS, "settled frames take " + slowest / MS + " ms");
  }

  @Test
  void startsMovingWithTheInitialBudget() {
    governor.onPulse(now, false, TOTAL);
    assertEquals(5_000, governor.onPulse(now + 16 * MS, true, TOTAL));
  }

  @Test
  void settlesNearTwentyFramesASecondWhenPointsAreTheCost() {
    // 10 ms + 10 µs per point: 20 fps at 4000 points.
    runFrames(400, 10, 10);
    assertTrue(shown > 2_800 && shown < 4_600, "shown " + shown);
  }

  @Test
  void growsToEveryPointWhenFramesAreFast() {
    runFrames(200, 5, 0.001);
    assertEquals(TOTAL, shown);
  }

  @Test
  void neverDrawsFewerThanTheMinimum() {
    // 1 ms per point: even the minimum misses 20 fps by far.
    runFrames(200, 100, 1_000);
    assertEquals(1_000, shown);
    assertEquals(300, governor.onPulse(now, true, 300), "all of a small cloud");
  }

  @Test
  void drawsTheFewestPointsWhenTwentyFpsIsOutOfReachAndTheirCostUnknown() {
    // 60 ms before any point, 2 µs per point: no count reaches 20 fps; points only slow it more.
    runFrames(600, 60, 2);
    assertTrue(shown <= 1_000 * 1.15, "shown " + shown);
  }

  @Test
  void whenTwentyFpsIsOutOfReachThePointsKeepATenthOfTheFrame() {
    // 60 ms before any point, 0.1 µs per point: a tenth of 50 ms draws 50,000 points.
    runFrames(600, 60, 0.1, true);
    assertEquals(50_000, governor.affordable(), 1);
    assertTrue(shown >= 50_000 && shown <= 50_000 * 1.15, "shown " + shown);
    // Dearer points: 2 µs each, so 2,500 of them.
    runFrames(600, 60, 2, true);
    assertTrue(shown >= 2_500 && shown <= 2_500 * 1.15, "shown " + shown);
  }

  @Test
  void drawingsOfNothingSayNothingOfTheCostOfAPoint() {
    governor.drew(0, 0);
    governor.drew(0, 5 * MS);
    assertEquals(0, governor.affordable(), "nothing known yet");
    governor.drew(10_000, MS);
    assertEquals(50_000, governor.affordable(), 1);
  }

  @Test
  void aSmallCloudIsDrawnWholeWhenItsDrawingIsCheap() {
    // 1,797 points (the digits) at 0.2 µs each; frames of 70 ms whatever the points.
    int digits = 1_797;
    for (int i = 0; i < 300; i++) {
      shown = governor.onPulse(now, true, digits);
      governor.drew(shown, (long) (200 * shown));
      now += 70 * MS;
    }
    assertEquals(digits, shown);
  }

  @Test
  void keepsTheCountSteadyRatherThanChangingEveryFrame() {
    runFrames(100, 10, 10);
    int changes = 0;
    int previous = shown;
    for (int i = 0; i < 200; i++) {
      runFrames(1, 10, 10);
      if (shown != previous) {
        changes++;
      }
      previous = shown;
    }
    assertTrue(changes < 20, "count changed " + changes + " times in 200 frames");
  }

  @Test
  void drawsEveryPointOnceStillForTheRestTime() {
    runFrames(50, 10, 10);
    assertTrue(shown < TOTAL);
    long stopped = now;
    now += 16 * MS;
    assertTrue(governor.onPulse(now, false, TOTAL) < TOTAL, "not yet rested");
    assertTrue(governor.onPulse(stopped + 300 * MS, false, TOTAL) > shown, "more at rest");
    assertTrue(governor.isResting());
  }

  @Test
  void restartsMovingFromTheLearnedBudget() {
    runFrames(400, 10, 10);
    int learned = shown;
    governor.onPulse(now + 400 * MS, false, TOTAL);
    int again = governor.onPulse(now + 2_000 * MS, true, TOTAL);
    assertTrue(Math.abs(again - learned) <= 0.2 * learned, again + " vs " + learned);
  }
}
