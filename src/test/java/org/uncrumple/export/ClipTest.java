package org.uncrumple.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.uncrumple.view.CameraPose;

/** The timing of clips, without any drawing. */
class ClipTest {
  private static final CameraPose POSE = CameraPose.DEFAULT;

  @Test
  void tourStartsAtTheInputEndsOnTheOutputAndHoldsThere() {
    Clip tour = Clip.tour(17, 10, 0.7, 0.3, 500, POSE);
    // 16 stages of 1 s each, then 1.5 s on the output, at 10 frames a second, both ends included.
    assertEquals(176, tour.frames());
    assertEquals(0, tour.shot(0).position());
    assertEquals(16, tour.shot(tour.frames() - 1).position());
    assertEquals(16, tour.shot(tour.frames() - 15).position());
    assertEquals(500, tour.shot(40).step());
  }

  @Test
  void tourRestsOnEachStageThenGlidesWithoutGoingBack() {
    Clip tour = Clip.tour(5, 20, 0.5, 0.5, 0, POSE);
    assertEquals(1.0, tour.shot(20).position(), 1e-12);
    assertEquals(1.0, tour.shot(29).position(), 1e-12);
    double before = -1;
    for (int i = 0; i < tour.frames(); i++) {
      double position = tour.shot(i).position();
      assertTrue(position >= before, "frame " + i + " went back");
      before = position;
    }
  }

  @Test
  void timelapseFilmsEvenlySpacedStepsFromZeroToTheLast() {
    Clip lapse = Clip.timelapse(5, 30, 16, 2000, POSE);
    assertEquals(0, lapse.shot(0).step());
    assertEquals(1000, lapse.shot(2).step());
    assertEquals(2000, lapse.shot(4).step());
    assertEquals(16, lapse.shot(3).position());
  }

  @Test
  void orbitTurnsOnceWithoutRepeatingTheFirstFrame() {
    Clip orbit = Clip.orbit(40, 20, 3, 0, POSE);
    assertEquals(POSE.yaw(), orbit.shot(0).pose().yaw());
    assertEquals(POSE.yaw() + 351, orbit.shot(39).pose().yaw(), 1e-9);
    assertEquals(POSE.pitch(), orbit.shot(17).pose().pitch());
  }

  @Test
  void stillIsOneFrame() {
    Clip still = Clip.still(4, 10, POSE);
    assertEquals(1, still.frames());
    assertEquals(4, still.captionStage(0));
  }
}
