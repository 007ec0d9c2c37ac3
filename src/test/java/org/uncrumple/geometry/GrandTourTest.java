package org.uncrumple.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The grand tour: orthonormal frames, a continuous path at unit speed, and frames carried. */
class GrandTourTest {

  /** max |F·Fᵀ − I| over the 3×3 entries. */
  private static double orthonormality(double[] frame) {
    int n = frame.length / 3;
    double worst = 0;
    for (int r = 0; r < 3; r++) {
      for (int s = 0; s < 3; s++) {
        double d = 0;
        for (int j = 0; j < n; j++) {
          d += frame[r * n + j] * frame[s * n + j];
        }
        worst = Math.max(worst, Math.abs(d - (r == s ? 1 : 0)));
      }
    }
    return worst;
  }

  private static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(sum);
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {4, 5, 6, 16, 64, 1024})
  void everyFrameHasOrthonormalRows(int n) {
    GrandTour tour = GrandTour.of(n, 7);
    int samples = n == 1024 ? 300 : 3000;

    for (int i = 0; i <= samples; i++) {
      double[] frame = tour.frameAt(i * 0.37);
      assertEquals(3 * n, frame.length);
      assertTrue(orthonormality(frame) < 1e-12, "t = " + i * 0.37 + ": " + orthonormality(frame));
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {4, 5, 10, 64})
  void theFrameMovesContinuouslyAtOneUnitPerRadian(int n) {
    GrandTour tour = GrandTour.of(n, 11);
    double step = 1e-3;
    double[] before = tour.frameAt(0);
    int atUnitSpeed = 0;
    int steps = 40_000;

    for (int i = 1; i <= steps; i++) {
      double[] after = tour.frameAt(i * step);
      double moved = distance(before, after);
      // across a segment's end the chord is shorter than the arc, never longer: no jump anywhere
      assertTrue(moved <= step * (1 + 1e-6), "t = " + i * step + " moved " + moved);
      if (Math.abs(moved - step) < 1e-6 * step) {
        atUnitSpeed++;
      }
      before = after;
    }
    // only the steps across the end of a segment (about one in a thousand) are shorter
    assertTrue(atUnitSpeed > 0.99 * steps, atUnitSpeed + " of " + steps + " steps at unit speed");
  }

  @Test
  void theSameSeedGivesTheSameTourAndAnotherSeedAnother() {
    double[] a = GrandTour.of(12, 3).frameAt(20);
    double[] b = GrandTour.of(12, 3).frameAt(20);
    double[] c = GrandTour.of(12, 4).frameAt(20);

    assertArrayEquals(a, b, 0);
    assertTrue(distance(a, c) > 0.1);
  }

  @Test
  void theFrameDependsOnlyOnTheArcNotOnTheWayThere() {
    GrandTour wandering = GrandTour.of(9, 5);
    wandering.frameAt(3);
    wandering.frameAt(80);
    double[] back = wandering.frameAt(3);
    double[] forward = wandering.frameAt(55.5);

    assertArrayEquals(GrandTour.of(9, 5).frameAt(3), back, 0);
    assertArrayEquals(GrandTour.of(9, 5).frameAt(55.5), forward, 0);
  }

  @Test
  void aTourStartsAtTheFrameItIsGivenAndLeavesIt() {
    double[] pca = GrandTour.of(20, 99).frameAt(4.2);
    GrandTour tour = GrandTour.from(pca, 1);

    assertArrayEquals(pca, tour.frameAt(0), 1e-15);
    assertTrue(distance(pca, tour.frameAt(1)) > 0.5);
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {6, 64})
  void theViewWandersFarFromWhereItStarted(int n) {
    GrandTour tour = GrandTour.of(n, 21);
    double[] start = tour.frameAt(0);
    double farthest = 0;
    for (int i = 0; i < 2000; i++) {
      farthest = Math.max(farthest, projectionDistance(tour.frameAt(i * 0.05), start));
    }
    // √3 ≈ 1.73 is a plane at right angles to the start in all three directions
    assertTrue(farthest > 1.5, "farthest " + farthest);
  }

  /** ‖P_aᵀP_a − P_bᵀP_b‖ / √2: 0 for the same plane, the sine of the angle for one turned. */
  private static double projectionDistance(double[] a, double[] b) {
    int n = a.length / 3;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double d = 0;
        for (int r = 0; r < 3; r++) {
          d += a[r * n + i] * a[r * n + j] - b[r * n + i] * b[r * n + j];
        }
        sum += d * d;
      }
    }
    return Math.sqrt(sum / 2);
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {1, 2, 3})
  void aStageOfThreeOrFewerIsShownAsItIs(int n) {
    GrandTour tour = GrandTour.of(n, 1);

    assertArrayEquals(Frames.canonical(n).data, tour.frameAt(0), 0);
    assertArrayEquals(Frames.canonical(n).data, tour.frameAt(123), 0);
  }

  @Test
  void aWiderStageGetsTheFramePaddedAndEveryPictureStays() {
    double[] frame = GrandTour.of(5, 8).frameAt(2);
    double[] wider = GrandTour.resized(frame, 9, 1);
    double[] x = {0.3, -1, 2, 0.5, -0.25};
    double[] padded = Arrays.copyOf(x, 9);

    assertTrue(orthonormality(wider) < 1e-12);
    assertArrayEquals(picture(frame, x), picture(wider, padded), 1e-15);
  }

  @Test
  void aNarrowerStageGetsTheNearestOrthonormalFrame() {
    double[] frame = GrandTour.of(12, 8).frameAt(9);
    double[] narrower = GrandTour.resized(frame, 7, 1);

    assertEquals(21, narrower.length);
    assertTrue(orthonormality(narrower) < 1e-12);
    // a frame with nothing in the dropped columns is kept as it is
    double[] inside = GrandTour.resized(GrandTour.of(7, 3).frameAt(5), 12, 0);
    assertArrayEquals(GrandTour.of(7, 3).frameAt(5), GrandTour.resized(inside, 7, 0), 1e-12);
  }

  @Test
  void aFrameWhollyInTheDroppedColumnsIsRefilled() {
    double[] frame = new double[3 * 8];
    frame[5] = 1;
    frame[8 + 6] = 1;
    frame[16 + 7] = 1;

    double[] cropped = GrandTour.resized(frame, 5, 4);

    assertTrue(orthonormality(cropped) < 1e-12, Arrays.toString(cropped));
    assertFalse(Arrays.stream(cropped).anyMatch(Double::isNaN));
  }

  @Test
  void aStageOfThreeOrFewerOrFromOneGetsTheCanonicalFrame() {
    assertArrayEquals(Frames.canonical(3).data, GrandTour.resized(new double[24], 3, 0), 0);
    assertArrayEquals(
        Frames.canonical(6).data, GrandTour.resized(Frames.canonical(3).data, 6, 0), 0);
  }

  @Test
  void coMovingWithARotationLeavesEveryPictureUnchanged() {
    Random random = new Random(4);
    DMatrixRMaj r = Fixtures.randomOrthogonal(random, 10);
    double[] frame = GrandTour.of(10, 2).frameAt(3);
    double[] x = new double[10];
    for (int j = 0; j < 10; j++) {
      x[j] = random.nextGaussian();
    }
    double[] rx = new double[10];
    for (int i = 0; i < 10; i++) {
      for (int j = 0; j < 10; j++) {
        rx[i] += r.get(i, j) * x[j];
      }
    }

    double[] turned = GrandTour.turned(frame, r);

    assertTrue(orthonormality(turned) < 1e-12);
    assertArrayEquals(picture(frame, x), picture(turned, rx), 1e-12);
  }

  @Test
  void aGlideEndsExactlyOnItsTargetFrameAndStaysOrthonormal() {
    double[] from = GrandTour.of(16, 1).frameAt(2);
    double[] to = GrandTour.of(16, 2).frameAt(7);
    double[] mirrored = to.clone();
    for (int j = 0; j < 16; j++) {
      mirrored[2 * 16 + j] = -to[2 * 16 + j];
    }

    for (double[] target : new double[][] {to, mirrored}) {
      assertArrayEquals(from, GrandTour.glide(from, target, 0), 1e-12);
      assertArrayEquals(target, GrandTour.glide(from, target, 1), 1e-6);
      double[] before = from;
      for (int i = 1; i <= 1000; i++) {
        double[] frame = GrandTour.glide(from, target, i / 1000.0);
        assertTrue(orthonormality(frame) < 1e-12);
        assertTrue(distance(before, frame) < 0.01, "jump at " + i);
        before = frame;
      }
    }
  }

  @Test
  void aFrameThatIsNotOrthonormalIsRefused() {
    double[] frame = new double[15];
    frame[0] = 2;

    assertThrows(IllegalArgumentException.class, () -> GrandTour.from(frame, 0));
  }

  @Test
  void thePlayerMovesOnlyWhilePlayingAndNeverLeaps() {
    TourPlayer player = new TourPlayer();

    assertEquals(0.3 * 0.05, player.advance(0.05), 1e-15);
    player.pause();
    assertEquals(0.3 * 0.05, player.advance(1), 1e-15);
    player.play();
    player.setSpeed(2);
    // a stalled frame of 3 s counts as 0.1 s
    assertEquals(0.015 + 0.2, player.advance(3), 1e-15);
    assertEquals(0.215, player.advance(-1), 1e-15);
    player.seek(0);
    assertEquals(0, player.arc());
    assertThrows(IllegalArgumentException.class, () -> player.setSpeed(11));
  }

  @Test
  void seedsDifferByStageAndWidth() {
    assertTrue(GrandTour.seed(1, 0, 64) != GrandTour.seed(1, 1, 64));
    assertTrue(GrandTour.seed(1, 0, 64) != GrandTour.seed(1, 0, 32));
    assertEquals(GrandTour.seed(1, 0, 64), GrandTour.seed(1, 0, 64));
  }

  private static double[] picture(double[] frame, double[] x) {
    int n = x.length;
    double[] out = new double[3];
    for (int r = 0; r < 3; r++) {
      for (int j = 0; j < n; j++) {
        out[r] += frame[r * n + j] * x[j];
      }
    }
    return out;
  }
}
