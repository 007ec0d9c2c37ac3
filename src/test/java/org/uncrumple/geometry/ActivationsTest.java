package org.uncrumple.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.uncrumple.geometry.Fixtures.Activation;

class ActivationsTest {

  @Test
  void storesEveryLayerBoundary() {
    Random random = new Random(4);
    List<LayerParams> layers =
        List.of(
            Fixtures.layer(random, 3, 5, Activation.TANH),
            Fixtures.layer(random, 5, 2, Activation.SIGMOID));
    double[] input = Fixtures.points(random, 5000, 3);

    Activations activations = Activations.of(layers, input, 5000, false);

    double[] a = {input[3 * 4321], input[3 * 4321 + 1], input[3 * 4321 + 2]};
    for (int l = 0; l < layers.size(); l++) {
      a = forward(layers.get(l), a);
      for (int j = 0; j < a.length; j++) {
        assertEquals(a[j], activations.values(l + 1)[4321 * a.length + j], 1e-6);
      }
    }
  }

  @Test
  void takesTheCovarianceOfManyPointsFromAnEvenSample() {
    // 200,000 points sorted by class: the first half at x = +1, the second at x = −1
    int count = 200_000;
    double[] input = new double[2 * count];
    for (int i = 0; i < count; i++) {
      input[2 * i] = i < count / 2 ? 1 : -1;
      input[2 * i + 1] = i % 2;
    }
    List<LayerParams> layers =
        List.of(LayerParams.linear(CommonOps_DDRM.identity(2), new DMatrixRMaj(2, 1)));

    DMatrixRMaj covariance = Activations.of(layers, input, count, true).covariance(0);

    assertEquals(1, covariance.get(0, 0), 1e-4);
    assertEquals(0, covariance.get(0, 1), 1e-4);
  }

  private static double[] forward(LayerParams layer, double[] a) {
    double[] out = new double[layer.outputWidth()];
    for (int i = 0; i < out.length; i++) {
      double z = layer.bias().get(i);
      for (int j = 0; j < a.length; j++) {
        z += layer.weights().get(i, j) * a[j];
      }
      out[i] = layer.activation().applyAsDouble(z);
    }
    return out;
  }
}
