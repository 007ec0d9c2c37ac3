package org.uncrumple.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceTest {
  private static final int COUNT = 1000;

  private static Network network(String shape, Activation activation) {
    Network network = Network.initialise(Fixtures.architecture(shape, activation), 42);
    ReferenceAgreementTest.randomiseBiases(network, 43);
    return network;
  }

  @ParameterizedTest
  @CsvSource({"3-3-3-3-2, TANH", "3-16-16-2, RELU", "2-5-4, SOFTPLUS", "3-8-3, LINEAR"})
  void eachStageIsTheLinearMapThenTheBiasThenTheActivationOfTheStageBefore(
      String shape, Activation activation) {
    Network network = network(shape, activation);
    double[] points = Fixtures.points(COUNT, network.architecture().inputs(), 1.0, 1);
    Trace trace = network.trace(points, COUNT);
    double[] before = trace.input();
    for (int l = 0; l < network.layerCount(); l++) {
      DenseLayer layer = network.layer(l);
      int in = layer.inputs();
      int out = layer.outputs();
      for (int r = 0; r < COUNT; r++) {
        for (int i = 0; i < out; i++) {
          double sum = 0;
          for (int j = 0; j < in; j++) {
            sum += layer.weights().get(i, j) * before[r * in + j];
          }
          int at = r * out + i;
          assertEquals(sum, trace.linear(l)[at], 1e-12, "linear");
          assertEquals(trace.linear(l)[at] + layer.bias().get(i, 0), trace.shifted(l)[at]);
          assertEquals(layer.activation().apply(trace.shifted(l)[at]), trace.activated(l)[at]);
        }
      }
      before = trace.activated(l);
    }
  }

  @Test
  void lastHiddenStageFeedsTheOutputLogits() {
    Network network = network("3-16-16-2", Activation.TANH);
    double[] points = Fixtures.points(COUNT, 3, 1.0, 2);
    Trace trace = network.trace(points, COUNT);
    int last = trace.layerCount() - 1;
    Network head = Network.initialise(new Architecture(16, List.of(), 2), 0);
    head.layer(0).weights().setTo(network.layer(last).weights());
    head.layer(0).bias().setTo(network.layer(last).bias());
    assertArrayEquals(head.logits(trace.activated(last - 1), COUNT), trace.activated(last));
    assertArrayEquals(network.logits(points, COUNT), trace.activated(last));
  }

  @Test
  void traceOfOnePointEqualsItsForwardPassAndItsRowInALargerTrace() {
    Network network = network("3-3-3-3-2", Activation.TANH);
    double[] points = Fixtures.points(COUNT, 3, 1.0, 3);
    Trace all = network.trace(points, COUNT);
    for (int r : new int[] {0, 1, 517, COUNT - 1}) {
      double[] point = Arrays.copyOfRange(points, 3 * r, 3 * r + 3);
      Trace one = network.trace(point, 1);
      assertArrayEquals(network.logits(point, 1), one.activated(one.layerCount() - 1));
      for (int stage = 0; stage < all.stageCount(); stage++) {
        int width = all.stageWidth(stage);
        assertArrayEquals(
            Arrays.copyOfRange(all.stage(stage), r * width, (r + 1) * width),
            one.stage(stage),
            "stage " + stage + " of point " + r);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"1", "7", "64", "999", "1000", "4096"})
  void chunkingGivesTheSameNumbersAsNoChunking(int chunkRows) {
    Network network = network("3-16-16-2", Activation.SIGMOID);
    double[] points = Fixtures.points(COUNT, 3, 1.0, 4);
    Trace whole = network.trace(points, COUNT, COUNT);
    Trace chunked = network.trace(points, COUNT, chunkRows);
    for (int stage = 0; stage < whole.stageCount(); stage++) {
      assertArrayEquals(whole.stage(stage), chunked.stage(stage), "stage " + stage);
    }
  }

  @Test
  void traceDescribesItsShapeAndNumbersItsStagesInTravelOrder() {
    Network network = network("3-16-8-2", Activation.TANH);
    double[] points = Fixtures.points(10, 3, 1.0, 5);
    Trace trace = network.trace(points, 10);
    assertEquals(10, trace.count());
    assertEquals(3, trace.layerCount());
    assertEquals(3, trace.inputWidth());
    assertEquals(16, trace.width(0));
    assertEquals(8, trace.width(1));
    assertEquals(2, trace.width(2));
    assertEquals(10, trace.stageCount());
    assertSame(trace.input(), trace.stage(0));
    assertSame(trace.linear(1), trace.stage(4));
    assertSame(trace.shifted(1), trace.stage(5));
    assertSame(trace.activated(1), trace.stage(6));
    assertEquals(8, trace.stageWidth(6));
    assertEquals(10 * 8, trace.activated(1).length);
    assertArrayEquals(points, trace.input());
    assertThrows(IndexOutOfBoundsException.class, () -> trace.stage(10));
    assertThrows(IndexOutOfBoundsException.class, () -> trace.stage(-1));
  }

  @Test
  void traceOwnsItsInputCopy() {
    Network network = network("3-3-2", Activation.TANH);
    double[] points = Fixtures.points(5, 3, 1.0, 6);
    Trace trace = network.trace(points, 5);
    points[0] = 1e9;
    assertEquals(Fixtures.points(5, 3, 1.0, 6)[0], trace.input()[0]);
  }

  @Test
  void emptyTraceHasEmptyStages() {
    Network network = network("3-4-2", Activation.RELU);
    Trace trace = network.trace(new double[0], 0);
    assertEquals(0, trace.count());
    assertEquals(4, trace.width(0));
    assertEquals(0, trace.activated(1).length);
  }

  @Test
  void tooFewCoordinatesAreRejected() {
    Network network = network("3-4-2", Activation.RELU);
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> network.trace(new double[5], 2));
    assertEquals("2 points of 3 coordinates need 6 values, the array has 5", error.getMessage());
  }

  @Test
  void probabilitiesAreTheSoftmaxOfTheLogitsAndPredictTheirArgmax() {
    Network network = network("3-8-4", Activation.TANH);
    double[] points = Fixtures.points(COUNT, 3, 2.0, 7);
    double[] logits = network.logits(points, COUNT);
    double[] probabilities = network.probabilities(points, COUNT);
    int[] predicted = network.predict(points, COUNT);
    for (int r = 0; r < COUNT; r++) {
      double[] row = Arrays.copyOfRange(logits, 4 * r, 4 * r + 4);
      double[] expected = ReferenceNetwork.softmax(row);
      assertArrayEquals(expected, Arrays.copyOfRange(probabilities, 4 * r, 4 * r + 4), 1e-15);
      int best = 0;
      for (int c = 1; c < 4; c++) {
        best = row[c] > row[best] ? c : best;
      }
      assertEquals(best, predicted[r]);
    }
  }
}
