package org.uncrumple.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Normalisation;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;

/** The linearised margin, and where held-out points lie against the training points. */
class MarginsTest {
  /** A network whose logit gap is linear in x: z₁ − z₀ = 2x + 4y − 4z + 1. */
  private static Network linear() {
    Network network =
        Network.initialise(new Architecture(3, List.of(new LayerSpec(3, Activation.LINEAR)), 2), 1);
    // hidden layer: identity; output: z₀ = 0, z₁ = 2x + 4y − 4z + 1
    network.setParameters(
        new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 2, 4, -4, 0, 1});
    return network;
  }

  @Test
  void forALinearGapTheMarginIsTheExactDistanceToThePlane() {
    double[] points = {0, 0, 0, 1, 1, 1, -0.5, 0.25, 0};

    double[] margins = Margins.linearised(linear(), points, 3);

    // |2x + 4y − 4z + 1| / ‖(2, 4, −4)‖ = |…| / 6
    assertEquals(1.0 / 6, margins[0], 1e-12);
    assertEquals(3.0 / 6, margins[1], 1e-12);
    assertEquals(1.0 / 6, margins[2], 1e-12);
  }

  @Test
  void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
    assertEquals(2, Margins.median(new double[] {3, 1, 2}));
    assertEquals(2.5, Margins.median(new double[] {4, 1, 3, 2}));
    assertTrue(Double.isNaN(Margins.median(new double[0])));
  }

  @Test
  void theSummaryMeasuresMarginsAndNearestTrainingPointsOfEachClass() {
    // Training: class 0 at x = −1 and −0.8, class 1 at x = 1. Test: one point of class 1 at
    // x = −0.9, misclassified and nearer class 0's points; one of class 0 at x = −0.7.
    double[] training = {-1, 0, 0, -0.8, 0, 0, 1, 0, 0};
    double[] test = {-0.9, 0, 0, -0.7, 0, 0};
    Dataset data =
        new Dataset(
            "line",
            training,
            new int[] {0, 0, 1},
            List.of("a", "b"),
            List.of(),
            Normalisation.identity(),
            test,
            new int[] {1, 0});
    Network network =
        Network.initialise(new Architecture(3, List.of(new LayerSpec(3, Activation.LINEAR)), 2), 1);
    // z₁ − z₀ = x: class 1 for x > 0
    network.setParameters(
        new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0});

    Margins.Summary summary = Margins.measure(network, data);

    assertEquals(1.0, summary.trainingMargin(), 1e-12);
    assertEquals(0.8, summary.testMargin(), 1e-12);
    assertEquals(1, summary.testErrors());
    assertEquals(1, summary.errorsNearerOther());
    // own: 1.9 (to x = 1) and 0.1; other: 0.1 and 1.7
    assertEquals(1.0, summary.ownNearest(), 1e-12);
    assertEquals(0.9, summary.otherNearest(), 1e-12);
  }
}
