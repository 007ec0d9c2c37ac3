package org.uncrumple.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.uncrumple.data.Dataset;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.Network;

class NudgeTest {
  @Test
  void aSmallMoveFlipsCorrectlyClassifiedPointsOfATrainedPaperBall() {
    Dataset data = TrainedBall.data();
    Network network = TrainedBall.network();
    assertTrue(TrainedBall.snapshot().accuracy() > 0.95, "the ball trains");
    int[] predicted = network.predict(data.points(), data.size());
    double[] distances = new double[40];
    int n = 0;
    for (int i = 0; n < distances.length; i += 47) {
      if (predicted[i] != data.labels()[i]) {
        continue;
      }
      double[] point = Arrays.copyOfRange(data.points(), 3 * i, 3 * i + 3);
      Nudge.Result result = Nudge.towardsOtherClass(network, point);
      assertTrue(result.flipped(), "point " + i + " flips");
      assertEquals(1 - data.labels()[i], result.finalClass());
      distances[n++] = result.distance();
    }
    Arrays.sort(distances);
    double median = distances[distances.length / 2];
    double neighbours = NeighbourDistance.median(data, 500);
    // The data span the cube [-1, 1]³, whose side is 2: a typical flip needs well under a tenth.
    assertTrue(median < 0.2, "median nudge " + median);
    assertTrue(
        median < 4 * neighbours, "median nudge " + median + " against neighbours " + neighbours);
  }

  @Test
  void thePathStartsAtThePointAndMovesInStepsOfTheStepLength() {
    Network network = TrainedBall.network();
    double[] point = Arrays.copyOfRange(TrainedBall.data().points(), 30, 33);

    Nudge.Result result = Nudge.towardsOtherClass(network, point);

    assertArrayEquals(point, result.start());
    assertArrayEquals(result.end(), result.path().get(result.path().size() - 1));
    for (int s = 1; s < result.path().size(); s++) {
      assertEquals(Nudge.STEP, distance(result.path().get(s - 1), result.path().get(s)), 1e-12);
    }
    assertEquals(distance(result.start(), result.end()), result.distance(), 1e-12);
    assertEquals(3 * result.path().size(), result.pathPoints().length);
  }

  @Test
  void withSeveralClassesItHeadsForTheRunnerUpOrAChosenClass() {
    Network network = Network.initialise(Architecture.of(3, Activation.TANH, 4, 8, 8), 5);
    double[] point = {0.2, -0.1, 0.4};
    double[] logits = network.logits(point, 1);
    int first = network.predict(point, 1)[0];
    int second = -1;
    for (int c = 0; c < 4; c++) {
      if (c != first && (second < 0 || logits[c] > logits[second])) {
        second = c;
      }
    }

    assertEquals(second, Nudge.towardsOtherClass(network, point).targetClass());
    int chosen = (first + 2) % 4;
    Nudge.Result result = Nudge.towards(network, point, chosen);
    assertEquals(chosen, result.targetClass());
    if (result.flipped()) {
      assertEquals(chosen, network.predict(result.end(), 1)[0]);
    }
  }

  @Test
  void refusesToNudgeTowardsTheClassThePointAlreadyHas() {
    Network network = TrainedBall.network();
    double[] point = Arrays.copyOfRange(TrainedBall.data().points(), 0, 3);
    int own = network.predict(point, 1)[0];

    assertThrows(IllegalArgumentException.class, () -> Nudge.towards(network, point, own));
  }

  private static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(sum);
  }
}
