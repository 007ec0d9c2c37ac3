package org.uncrumple.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Optimizer formulas on small analytic checks, losses, evaluation and learning. */
class LearnerTest {
  private static final int COUNT = 64;
  private static final int BATCH = 16;
  private final double[] data = Fixtures.points(COUNT, 3, 1.0, 1);
  private final int[] labels = Fixtures.labels(COUNT, 2, 2);
  private final int[] order = Fixtures.permutation(COUNT, 3);

  private static Network network() {
    Network network = Network.initialise(Fixtures.architecture("3-5-4-2", Activation.TANH), 7);
    ReferenceAgreementTest.randomiseBiases(network, 8);
    return network;
  }

  /** ∂J/∂θ at the network's current parameters, weight decay λ included, flattened. */
  private double[] gradient(Network network, double decay, int from) {
    Learner probe =
        new Learner(network.copy(), new OptimizerSettings(OptimizerKind.SGD, 1, 0, decay));
    probe.computeGradients(data, labels, order, from, BATCH);
    return Fixtures.flatten(probe.gradients());
  }

  private static boolean[] isWeight(Network network) {
    boolean[] weight = new boolean[network.parameterCount()];
    int at = 0;
    for (int l = 0; l < network.layerCount(); l++) {
      int weights = network.layer(l).weights().getNumElements();
      Arrays.fill(weight, at, at + weights, true);
      at += weights + network.layer(l).outputs();
    }
    return weight;
  }

  @Test
  void weightDecayAddsLearningRateTimesDecayTimesWeightToTheStepOfWeightsButNotBiases() {
    double eta = 0.05;
    double decay = 0.1;
    Network plain = network();
    Network decayed = network();
    double[] before = plain.parameters();
    new Learner(plain, new OptimizerSettings(OptimizerKind.SGD, eta, 0, 0))
        .step(data, labels, order, 0, BATCH);
    new Learner(decayed, new OptimizerSettings(OptimizerKind.SGD, eta, 0, decay))
        .step(data, labels, order, 0, BATCH);
    double[] difference = decayed.parameters();
    double[] plainAfter = plain.parameters();
    boolean[] weight = isWeight(plain);
    for (int p = 0; p < before.length; p++) {
      double expected = weight[p] ? -eta * decay * before[p] : 0;
      assertEquals(expected, difference[p] - plainAfter[p], 1e-15, "parameter " + p);
    }
  }

  @Test
  void momentumAddsTheDecayedPreviousStepToTheGradient() {
    double eta = 0.05;
    double mu = 0.9;
    double decay = 0.01;
    Network network = network();
    Learner learner =
        new Learner(network, new OptimizerSettings(OptimizerKind.SGD, eta, mu, decay));
    double[] theta0 = network.parameters();
    double[] g1 = gradient(network, decay, 0);
    learner.step(data, labels, order, 0, BATCH);
    double[] theta1 = network.parameters();
    double[] g2 = gradient(network, decay, BATCH);
    learner.step(data, labels, order, BATCH, BATCH);
    double[] theta2 = network.parameters();
    for (int p = 0; p < theta0.length; p++) {
      // v₁ = g₁, θ₁ = θ₀ − η·v₁ ; v₂ = μ·v₁ + g₂, θ₂ = θ₁ − η·v₂
      assertEquals(theta0[p] - eta * g1[p], theta1[p], 1e-15);
      assertEquals(theta1[p] - eta * (mu * g1[p] + g2[p]), theta2[p], 1e-15);
    }
  }

  @Test
  void adamFollowsKingmaAndBaForTwoSteps() {
    double eta = 0.01;
    Network network = network();
    Learner learner = new Learner(network, OptimizerSettings.adam(eta));
    double[] theta0 = network.parameters();
    double[] g1 = gradient(network, 0, 0);
    learner.step(data, labels, order, 0, BATCH);
    double[] theta1 = network.parameters();
    double[] g2 = gradient(network, 0, BATCH);
    learner.step(data, labels, order, BATCH, BATCH);
    double[] theta2 = network.parameters();
    double b1 = 0.9;
    double b2 = 0.999;
    for (int p = 0; p < theta0.length; p++) {
      // first step: m̂ = g, ŝ = g², so θ moves by η·g / (|g| + ε), about η against the gradient
      assertEquals(theta0[p] - eta * g1[p] / (Math.abs(g1[p]) + 1e-8), theta1[p], 1e-15);
      double m = b1 * (1 - b1) * g1[p] + (1 - b1) * g2[p];
      double s = b2 * (1 - b2) * g1[p] * g1[p] + (1 - b2) * g2[p] * g2[p];
      double step = eta * (m / (1 - b1 * b1)) / (Math.sqrt(s / (1 - b2 * b2)) + 1e-8);
      assertEquals(theta1[p] - step, theta2[p], 1e-15);
    }
  }

  @Test
  void changingTheLearningRateKeepsTheVelocity() {
    Network network = network();
    Learner learner = new Learner(network, new OptimizerSettings(OptimizerKind.SGD, 0.05, 0.9, 0));
    double[] g1 = gradient(network, 0, 0);
    learner.step(data, labels, order, 0, BATCH);
    double[] theta1 = network.parameters();
    double[] g2 = gradient(network, 0, BATCH);
    learner.setSettings(new OptimizerSettings(OptimizerKind.SGD, 0.2, 0.9, 0));
    learner.step(data, labels, order, BATCH, BATCH);
    double[] theta2 = network.parameters();
    for (int p = 0; p < theta1.length; p++) {
      assertEquals(theta1[p] - 0.2 * (0.9 * g1[p] + g2[p]), theta2[p], 1e-15);
    }
  }

  @Test
  void switchingTheOptimizerKindStartsFromZeroState() {
    Network network = network();
    Learner learner = new Learner(network, new OptimizerSettings(OptimizerKind.SGD, 0.05, 0.9, 0));
    learner.step(data, labels, order, 0, BATCH);
    learner.setSettings(OptimizerSettings.adam(0.01));
    double[] theta = network.parameters();
    double[] g = gradient(network, 0, BATCH);
    learner.step(data, labels, order, BATCH, BATCH);
    double[] afterAdam = network.parameters();
    for (int p = 0; p < theta.length; p++) {
      assertEquals(theta[p] - 0.01 * g[p] / (Math.abs(g[p]) + 1e-8), afterAdam[p], 1e-15);
    }
    learner.setSettings(new OptimizerSettings(OptimizerKind.SGD, 0.05, 0.9, 0));
    double[] g2 = gradient(network, 0, 2 * BATCH);
    learner.step(data, labels, order, 2 * BATCH, BATCH);
    double[] afterSgd = network.parameters();
    for (int p = 0; p < theta.length; p++) {
      assertEquals(afterAdam[p] - 0.05 * g2[p], afterSgd[p], 1e-15);
    }
    assertEquals(OptimizerKind.SGD, learner.settings().kind());
  }

  @Test
  void stepReturnsTheBatchMeanCrossEntropyBeforeTheStep() {
    Network network = network();
    Learner learner = new Learner(network, new OptimizerSettings(OptimizerKind.SGD, 0.5, 0.0, 0.3));
    int[] identity = Fixtures.permutation(COUNT, 0);
    Arrays.sort(identity);
    Evaluation before = learner.evaluate(data, labels, BATCH);
    double loss = learner.step(data, labels, identity, 0, BATCH);
    assertEquals(before.loss(), loss, 1e-14);
    assertTrue(learner.evaluate(data, labels, BATCH).loss() != loss, "the step changed the net");
  }

  @Test
  void evaluateAveragesLossAndAccuracyOverAllChunks() {
    Network network = network();
    Learner learner = new Learner(network, OptimizerSettings.sgd(0.1));
    int count = 2 * Learner.EVALUATION_ROWS + 77;
    double[] points = Fixtures.points(count, 3, 1.0, 10);
    int[] classes = Fixtures.labels(count, 2, 11);
    ReferenceNetwork reference = new ReferenceNetwork(network);
    double loss = 0;
    int correct = 0;
    for (int r = 0; r < count; r++) {
      double[] p =
          ReferenceNetwork.softmax(reference.logits(Arrays.copyOfRange(points, 3 * r, 3 * r + 3)));
      loss -= Math.log(p[classes[r]]);
      correct += (p[1] > p[0] ? 1 : 0) == classes[r] ? 1 : 0;
    }
    Evaluation evaluation = learner.evaluate(points, classes, count);
    assertEquals(loss / count, evaluation.loss(), 1e-12);
    assertEquals((double) correct / count, evaluation.accuracy(), 1e-15);
  }

  @Test
  void evaluateOfNoRowsIsNotANumber() {
    Evaluation evaluation =
        new Learner(network(), OptimizerSettings.sgd(0.1)).evaluate(data, labels, 0);
    assertTrue(Double.isNaN(evaluation.loss()));
    assertTrue(Double.isNaN(evaluation.accuracy()));
  }

  @ParameterizedTest
  @EnumSource(OptimizerKind.class)
  void trainingSeparatesTwoBlobs(OptimizerKind kind) {
    int count = 512;
    double[] points = Fixtures.blobs(count, 4);
    int[] classes = Fixtures.alternatingLabels(count);
    Network network = Network.initialise(Fixtures.architecture("3-8-2", Activation.TANH), 5);
    double rate = kind == OptimizerKind.SGD ? 0.1 : 0.01;
    Learner learner = new Learner(network, new OptimizerSettings(kind, rate, 0.9, 1e-4));
    Evaluation start = learner.evaluate(points, classes, count);
    int[] shuffled = Fixtures.permutation(count, 6);
    for (int epoch = 0; epoch < 10; epoch++) {
      for (int from = 0; from < count; from += 32) {
        learner.step(points, classes, shuffled, from, 32);
      }
    }
    Evaluation end = learner.evaluate(points, classes, count);
    assertTrue(end.loss() < start.loss() / 4, start + " → " + end);
    assertTrue(end.accuracy() > 0.97, end.toString());
  }

  @Test
  void labelOutsideTheClassesIsRejected() {
    int[] bad = labels.clone();
    bad[order[3]] = 2;
    Learner learner = new Learner(network(), OptimizerSettings.sgd(0.1));
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> learner.step(data, bad, order, 0, 8));
    assertEquals(
        "label 2 of row " + order[3] + " is not a class of 3-5-4-2 (0..1)", error.getMessage());
  }

  @Test
  void batchOutsideTheIndicesIsRejected() {
    Learner learner = new Learner(network(), OptimizerSettings.sgd(0.1));
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> learner.step(data, labels, order, 60, 8));
    assertEquals("batch [60, 68) outside 0..64", error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> learner.step(data, labels, order, 0, 0));
  }

  @ParameterizedTest
  @EnumSource(OptimizerKind.class)
  void sameSeedGivesBitIdenticalWeightsAfterManySteps(OptimizerKind kind) {
    assertArrayEquals(train(kind, 17), train(kind, 17));
  }

  private static double[] train(OptimizerKind kind, long seed) {
    double[] points = Fixtures.blobs(256, seed);
    int[] classes = Fixtures.alternatingLabels(256);
    Network network = Network.initialise(Fixtures.architecture("3-16-16-2", Activation.TANH), seed);
    Learner learner = new Learner(network, new OptimizerSettings(kind, 0.01, 0.9, 1e-3));
    Random random = new Random(seed);
    int[] shuffled = new int[256];
    for (int step = 0; step < 400; step++) {
      if (step % 8 == 0) {
        shuffled = Fixtures.permutation(256, random.nextLong());
      }
      learner.step(points, classes, shuffled, (step % 8) * 32, 32);
    }
    return network.parameters();
  }
}
