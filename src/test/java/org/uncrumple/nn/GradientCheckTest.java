package org.uncrumple.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Centred-difference checks of ∂J/∂θ for every weight and bias, J = mean cross-entropy + (λ/2)·Σ
 * W², for every activation and for 2 and 4 classes.
 *
 * <p>The numerical derivative is the fourth-order centred difference (−J(θ+2h) + 8J(θ+h) − 8J(θ−h)
 * + J(θ−2h)) / 12h with h = 1e-4: its truncation error (~h⁴) and rounding error (~1e-16 / h) are
 * both near 1e-12, so the relative error |a − n| / max(|a|, |n|, 1e-12) can be held to 1e-6 even
 * for gradients of 1e-5. For the rectifiers a parameter whose stencil moves some pre-activation of
 * the batch across the kink at 0 is not differentiable there; such parameters are skipped and
 * counted, and the test requires that almost none are.
 */
class GradientCheckTest {
  private static final double H = 1e-4;
  private static final double DECAY = 0.01;
  private static final int ROWS = 9;

  static Stream<Arguments> cases() {
    List<Arguments> rows = new ArrayList<>();
    long seed = 11;
    for (Activation activation : Activation.values()) {
      for (int classes : new int[] {2, 4}) {
        rows.add(Arguments.of(activation, classes, seed++));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}, {1} classes")
  @MethodSource("cases")
  void analyticGradientMatchesCentredDifferences(Activation activation, int classes, long seed) {
    Architecture architecture = Architecture.of(3, activation, classes, 5, 4);
    Network network = Network.initialise(architecture, seed);
    ReferenceAgreementTest.randomiseBiases(network, seed);
    int count = 20;
    double[] data = Fixtures.points(count, 3, 1.2, seed + 1);
    int[] labels = Fixtures.labels(count, classes, seed + 2);
    int[] order = Fixtures.permutation(count, seed + 3);
    Learner learner =
        new Learner(network, new OptimizerSettings(OptimizerKind.SGD, 0.1, 0.0, DECAY));
    learner.computeGradients(data, labels, order, 0, ROWS);
    double[] analytic = Fixtures.flatten(learner.gradients());
    double[] theta = network.parameters();
    boolean kinked = activation == Activation.RELU || activation == Activation.LEAKY_RELU;
    String pattern = kinked ? signPattern(network, data, order) : "";

    int skipped = 0;
    for (int p = 0; p < theta.length; p++) {
      double[] values = new double[4];
      boolean crossesKink = false;
      double[] offsets = {2 * H, H, -H, -2 * H};
      for (int s = 0; s < 4; s++) {
        double[] shifted = theta.clone();
        shifted[p] += offsets[s];
        network.setParameters(shifted);
        values[s] = objective(learner, network, data, labels, order);
        crossesKink |= kinked && !signPattern(network, data, order).equals(pattern);
      }
      network.setParameters(theta);
      if (crossesKink) {
        skipped++;
        continue;
      }
      double numeric = (-values[0] + 8 * values[1] - 8 * values[2] + values[3]) / (12 * H);
      double error = Fixtures.relativeError(analytic[p], numeric);
      assertTrue(
          error < 1e-6,
          "parameter "
              + p
              + ": analytic "
              + analytic[p]
              + ", numeric "
              + numeric
              + ", relative error "
              + error);
    }
    assertTrue(skipped <= theta.length / 20, skipped + " of " + theta.length + " skipped");
  }

  /** J = mean cross-entropy of the batch + (λ/2)·Σ W², from the fast forward pass. */
  private static double objective(
      Learner learner, Network network, double[] data, int[] labels, int[] order) {
    double loss = learner.computeGradients(data, labels, order, 0, ROWS);
    double squares = 0;
    for (int l = 0; l < network.layerCount(); l++) {
      for (double w : network.layer(l).weights().data) {
        squares += w * w;
      }
    }
    return loss + DECAY / 2 * squares;
  }

  /** Which hidden pre-activations of the batch are positive: changes iff a kink is crossed. */
  private static String signPattern(Network network, double[] data, int[] order) {
    double[] batch = new double[ROWS * 3];
    for (int r = 0; r < ROWS; r++) {
      System.arraycopy(data, order[r] * 3, batch, r * 3, 3);
    }
    Trace trace = network.trace(batch, ROWS);
    StringBuilder signs = new StringBuilder();
    for (int l = 0; l < trace.layerCount() - 1; l++) {
      for (double z : trace.shifted(l)) {
        signs.append(z > 0 ? '+' : '-');
      }
    }
    return signs.toString();
  }
}
