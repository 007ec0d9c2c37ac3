package org.uncrumple.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Evaluating through the read-only logits agrees with the learner's own evaluation. */
class EvaluationTest {
  @ParameterizedTest
  @ValueSource(ints = {1, 7, 1024, 5000})
  void agreesWithTheLearnerOnAnyNumberOfRows(int count) {
    Architecture architecture = Fixtures.architecture("3-5-4-3", Activation.TANH);
    Network network = Network.initialise(architecture, 11);
    double[] points = Fixtures.points(count, 3, 1.0, 5);
    int[] labels = Fixtures.labels(count, 3, 6);

    Evaluation expected =
        new Learner(network.copy(), OptimizerSettings.sgd(0.1)).evaluate(points, labels, count);
    Evaluation actual = Evaluation.of(network, points, labels, count);

    assertEquals(expected.loss(), actual.loss(), 1e-12 * Math.max(1, expected.loss()));
    assertEquals(expected.accuracy(), actual.accuracy(), 0);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 3})
  void aLabelThatIsNoClassIsRefused(int label) {
    Network network = Network.initialise(Fixtures.architecture("3-2-3", Activation.TANH), 1);

    assertThrows(
        IllegalArgumentException.class,
        () -> Evaluation.of(network, new double[3], new int[] {label}, 1));
  }
}
