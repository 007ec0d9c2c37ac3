package org.uncrumple.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.uncrumple.nn.DenseLayer;
import org.uncrumple.nn.Learner;
import org.uncrumple.nn.Network;
import org.uncrumple.nn.OptimizerSettings;

class LossLandscapeTest {
  @Test
  void theCentreIsTheCurrentLoss() {
    Network network = TrainedBall.network();
    LossLandscape.Sample sample = LossLandscape.sample(TrainedBall.data());
    LossLandscape.Directions directions = LossLandscape.filterNormalised(network, 1);

    LossLandscape.Surface surface =
        LossLandscape.compute(network, sample, directions, 7, 1.0, () -> false);

    double current =
        new Learner(network.copy(), OptimizerSettings.sgd(0.1))
            .evaluate(sample.points(), sample.labels(), sample.count())
            .loss();
    assertEquals(current, surface.centre(), 1e-9);
    assertTrue(surface.max() > surface.centre(), "a step of 1 along the directions hurts");
    assertArrayEquals(TrainedBall.network().parameters(), network.parameters(), "not changed");
  }

  @Test
  void everyCellIsTheLossOfTheShiftedWeights() {
    Network network = TrainedBall.network();
    LossLandscape.Sample sample = LossLandscape.sample(TrainedBall.data());
    LossLandscape.Directions directions = LossLandscape.filterNormalised(network, 4);
    LossLandscape.Surface surface =
        LossLandscape.compute(network, sample, directions, 5, 0.5, () -> false);

    double a = surface.coordinate(1);
    double b = surface.coordinate(4);
    double[] theta = network.parameters();
    double[] d1 = directions.first();
    double[] d2 = directions.second();
    for (int p = 0; p < theta.length; p++) {
      theta[p] += a * d1[p] + b * d2[p];
    }
    Network shifted = network.copy();
    shifted.setParameters(theta);
    double expected =
        new Learner(shifted, OptimizerSettings.sgd(0.1))
            .evaluate(sample.points(), sample.labels(), sample.count())
            .loss();
    assertEquals(expected, surface.at(1, 4), 1e-12);
    assertEquals(-0.25, a, 1e-15);
    assertEquals(0.5, b, 1e-15);
  }

  @Test
  void theSameSeedGivesTheSameSurfaceAndAnotherSeedAnother() {
    Network network = TrainedBall.network();
    LossLandscape.Sample sample = LossLandscape.sample(TrainedBall.data());

    double[] one = surface(network, sample, 3).loss();
    double[] two = surface(network, sample, 3).loss();
    double[] other = surface(network, sample, 8).loss();

    assertArrayEquals(one, two);
    assertFalse(Arrays.equals(one, other));
  }

  @Test
  void directionsAreFilterNormalisedAndLeaveTheBiasesAlone() {
    Network network = TrainedBall.network();
    LossLandscape.Directions directions = LossLandscape.filterNormalised(network, 5);
    for (double[] d : List.of(directions.first(), directions.second())) {
      int at = 0;
      for (int l = 0; l < network.layerCount(); l++) {
        DenseLayer layer = network.layer(l);
        for (int i = 0; i < layer.outputs(); i++) {
          double rowNorm = 0;
          double directionNorm = 0;
          for (int j = 0; j < layer.inputs(); j++) {
            rowNorm += Math.pow(layer.weights().get(i, j), 2);
            directionNorm += Math.pow(d[at + j], 2);
          }
          assertEquals(Math.sqrt(rowNorm), Math.sqrt(directionNorm), 1e-12, "layer " + l);
          at += layer.inputs();
        }
        for (int i = 0; i < layer.outputs(); i++) {
          assertEquals(0.0, d[at++], "bias of layer " + l);
        }
      }
      assertEquals(network.parameterCount(), at);
    }
  }

  @Test
  void pointsInTheSliceProjectOntoTheirOwnCoordinates() {
    Network network = TrainedBall.network();
    LossLandscape.Directions directions = LossLandscape.filterNormalised(network, 2);
    double[] theta = network.parameters();
    double[] d1 = directions.first();
    double[] d2 = directions.second();
    double[] inSlice = theta.clone();
    for (int p = 0; p < theta.length; p++) {
      inSlice[p] += 0.3 * d1[p] - 0.2 * d2[p];
    }

    double[][] ab = LossLandscape.project(network, directions, List.of(theta, inSlice));

    assertArrayEquals(new double[] {0, 0}, ab[0], 1e-12);
    assertArrayEquals(new double[] {0.3, -0.2}, ab[1], 1e-12);
  }

  @Test
  void stopsWhenCancelled() {
    Network network = TrainedBall.network();
    AtomicInteger rows = new AtomicInteger();

    assertThrows(
        CancellationException.class,
        () ->
            LossLandscape.compute(
                network,
                LossLandscape.sample(TrainedBall.data()),
                LossLandscape.filterNormalised(network, 1),
                41,
                1.0,
                () -> rows.incrementAndGet() > 2));
    assertEquals(3, rows.get());
  }

  private static LossLandscape.Surface surface(
      Network network, LossLandscape.Sample sample, long seed) {
    return LossLandscape.compute(
        network, sample, LossLandscape.filterNormalised(network, seed), 5, 1.0, () -> false);
  }
}
