package org.uncrumple.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The input gradients agree with centred differences of the network's own outputs. */
class InputGradientTest {
  private static final double H = 1e-5;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "3-3-3-3-2, tanh",
    "3-16-16-2, tanh",
    "3-5-4, sigmoid",
    "3-8-8-3, softplus",
    "4-6-5, tanh",
  })
  void logitDifferenceGradientMatchesCentredDifferences(String shape, String activation) {
    Architecture architecture = Fixtures.architecture(shape, Activation.fromId(activation));
    Network network = Network.initialise(architecture, 11);
    int classes = architecture.classes();
    double[] points = Fixtures.points(20, architecture.inputs(), 0.8, 5);
    for (int p = 0; p < 20; p++) {
      double[] x = point(points, p, architecture.inputs());
      int from = p % classes;
      int to = (p + 1) % classes;
      double[] analytic = network.inputGradient(x, from, to);
      double[] numeric =
          centred(
              x,
              v -> {
                double[] z = network.logits(v, 1);
                return z[to] - z[from];
              });
      assertClose(analytic, numeric, shape + " point " + p);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"3-3-3-3-2, tanh", "3-8-8-3, softplus", "3-5-4, sigmoid"})
  void lossGradientMatchesCentredDifferences(String shape, String activation) {
    Architecture architecture = Fixtures.architecture(shape, Activation.fromId(activation));
    Network network = Network.initialise(architecture, 3);
    double[] points = Fixtures.points(20, architecture.inputs(), 0.8, 9);
    for (int p = 0; p < 20; p++) {
      double[] x = point(points, p, architecture.inputs());
      int label = p % architecture.classes();
      double[] analytic = network.lossInputGradient(x, label);
      double[] numeric = centred(x, v -> -Math.log(network.probabilities(v, 1)[label]));
      assertClose(analytic, numeric, shape + " point " + p);
    }
  }

  @ParameterizedTest(name = "class {0}")
  @CsvSource({"-1", "2"})
  void refusesAClassTheNetworkDoesNotHave(int label) {
    Network network = Network.initialise(Architecture.of(3, Activation.TANH, 2, 3), 1);

    assertThrows(
        IllegalArgumentException.class, () -> network.inputGradient(new double[3], 0, label));
  }

  private static double[] point(double[] points, int p, int width) {
    double[] x = new double[width];
    System.arraycopy(points, p * width, x, 0, width);
    return x;
  }

  private static double[] centred(double[] x, ToDoubleFunction<double[]> f) {
    double[] gradient = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double[] up = x.clone();
      double[] down = x.clone();
      up[i] += H;
      down[i] -= H;
      gradient[i] = (f.applyAsDouble(up) - f.applyAsDouble(down)) / (2 * H);
    }
    return gradient;
  }

  private static void assertClose(double[] analytic, double[] numeric, String where) {
    assertEquals(numeric.length, analytic.length);
    for (int i = 0; i < analytic.length; i++) {
      double a = analytic[i];
      double n = numeric[i];
      double relative = Math.abs(a - n) / Math.max(Math.max(Math.abs(a), Math.abs(n)), 1e-12);
      assertTrue(
          relative < 1e-5 || Math.abs(a - n) < 1e-9,
          where + " coordinate " + i + ": analytic " + a + ", numeric " + n);
    }
  }
}
