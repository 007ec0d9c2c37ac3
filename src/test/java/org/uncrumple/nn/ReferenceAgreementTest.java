package org.uncrumple.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The batched EJML core agrees with the per-sample {@link ReferenceNetwork} to 1e-8 in logits, loss
 * and every gradient, on random seeded networks of several shapes and every activation.
 */
class ReferenceAgreementTest {
  private static final double TOLERANCE = 1e-8;
  private static final int ROWS = 17;

  static Stream<Arguments> networks() {
    List<Arguments> rows = new ArrayList<>();
    String[] shapes = {"3-3-3-3-2", "3-16-16-2", "2-5-4", "3-8-3", "3-2"};
    long seed = 1;
    for (String shape : shapes) {
      for (Activation activation : Activation.values()) {
        rows.add(Arguments.of(shape, activation, seed++));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("networks")
  void logitsLossAndGradientsMatchTheReference(String shape, Activation activation, long seed) {
    Architecture architecture = Fixtures.architecture(shape, activation);
    Network network = Network.initialise(architecture, seed);
    randomiseBiases(network, seed);
    int inputs = architecture.inputs();
    int count = 40;
    double[] data = Fixtures.points(count, inputs, 1.5, seed + 100);
    int[] labels = Fixtures.labels(count, architecture.classes(), seed + 200);
    int[] order = Fixtures.permutation(count, seed + 300);
    int from = 5;
    double decay = 0.01;
    Learner learner =
        new Learner(network, new OptimizerSettings(OptimizerKind.SGD, 0.1, 0.0, decay));
    double loss = learner.computeGradients(data, labels, order, from, ROWS);

    ReferenceNetwork reference = new ReferenceNetwork(network);
    double[][] xs = new double[ROWS][];
    int[] ys = new int[ROWS];
    for (int r = 0; r < ROWS; r++) {
      int row = order[from + r];
      xs[r] = Arrays.copyOfRange(data, row * inputs, (row + 1) * inputs);
      ys[r] = labels[row];
    }
    double[][][] dWeights = new double[network.layerCount()][][];
    double[][] dBiases = new double[network.layerCount()][];
    for (int l = 0; l < network.layerCount(); l++) {
      dWeights[l] = new double[network.layer(l).outputs()][network.layer(l).inputs()];
      dBiases[l] = new double[network.layer(l).outputs()];
    }
    double expectedLoss = reference.lossAndGradients(xs, ys, decay, dWeights, dBiases);

    assertEquals(expectedLoss, loss, TOLERANCE, "loss");
    for (int l = 0; l < network.layerCount(); l++) {
      Gradients gradients = learner.gradients();
      for (int i = 0; i < dWeights[l].length; i++) {
        for (int j = 0; j < dWeights[l][i].length; j++) {
          assertEquals(
              dWeights[l][i][j],
              gradients.weights(l).get(i, j),
              TOLERANCE,
              "dW layer " + l + " (" + i + ", " + j + ")");
        }
      }
      assertArrayEquals(dBiases[l], gradients.bias(l).data, TOLERANCE, "db layer " + l);
    }
    double[] logits = network.logits(data, count);
    int classes = architecture.classes();
    for (int r = 0; r < count; r++) {
      double[] x = Arrays.copyOfRange(data, r * inputs, (r + 1) * inputs);
      double[] row = Arrays.copyOfRange(logits, r * classes, (r + 1) * classes);
      assertArrayEquals(reference.logits(x), row, TOLERANCE, "logits of row " + r);
    }
  }

  /** Zero biases would hide a bias-broadcast bug; give them small seeded values. */
  static void randomiseBiases(Network network, long seed) {
    Random random = new Random(seed);
    for (int l = 0; l < network.layerCount(); l++) {
      double[] bias = network.layer(l).bias().data;
      for (int i = 0; i < bias.length; i++) {
        bias[i] = 0.3 * random.nextGaussian();
      }
    }
  }
}
