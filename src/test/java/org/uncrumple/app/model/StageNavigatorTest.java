package org.uncrumple.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StageNavigatorTest {
  private static final long FRAME = 16_666_667;
  private final StageNavigator navigator = new StageNavigator();
  private long now;

  @BeforeEach
  void elevenStages() {
    navigator.setStageCount(11);
    navigator.tick(now);
  }

  private void run(double seconds) {
    for (long end = now + (long) (seconds * 1e9); now < end; ) {
      now += FRAME;
      navigator.tick(now);
    }
  }

  @Test
  void stepToGlidesThereInHalfASecond() {
    navigator.stepTo(4);
    run(0.2);
    double midway = navigator.position();
    run(0.35);

    assertTrue(midway > 0 && midway < 4, "mid-glide position " + midway);
    assertEquals(4, navigator.position(), 1e-12);
    assertFalse(navigator.isAnimating());
  }

  @Test
  void stepForwardStopsAtTheLastStage() {
    navigator.scrubTo(10);
    navigator.stepForward();
    run(1);

    assertEquals(10, navigator.position(), 1e-12);
  }

  @Test
  void stepBackFromBetweenStagesGoesToTheStageBelow() {
    navigator.scrubTo(3.4);
    navigator.stepBack();
    run(1);

    assertEquals(3, navigator.position(), 1e-12);
  }

  @Test
  void repeatedStepsDuringAGlideKeepCounting() {
    navigator.stepForward();
    navigator.stepForward();
    run(1);

    assertEquals(2, navigator.position(), 1e-12);
  }

  @Test
  void playWalksTheTourAndStopsAtTheOutput() {
    navigator.speedProperty().set(10);
    navigator.play();
    run(0.5);
    double halfway = navigator.position();
    run(1);

    assertTrue(halfway > 2 && halfway < 8, "after 0.5 s at 10 stages/s: " + halfway);
    assertEquals(10, navigator.position(), 1e-12);
    assertFalse(navigator.playingProperty().get());
  }

  @Test
  void loopingStartsOverAtTheInput() {
    navigator.speedProperty().set(10);
    navigator.loopProperty().set(true);
    navigator.play();
    run(1.25);

    assertTrue(navigator.playingProperty().get());
    assertTrue(navigator.position() < 5, "position after wrapping: " + navigator.position());
  }

  @Test
  void playFromTheOutputStartsAtTheInput() {
    navigator.scrubTo(10);
    navigator.play();

    assertEquals(0, navigator.position(), 1e-12);
  }

  @Test
  void scrubbingStopsTheTour() {
    navigator.play();
    navigator.scrubTo(2.5);

    assertFalse(navigator.playingProperty().get());
    assertEquals(2.5, navigator.position());
  }

  @Test
  void fewerStagesPullThePositionBackInside() {
    navigator.scrubTo(9);
    navigator.setStageCount(6);

    assertEquals(5, navigator.position());
  }
}
