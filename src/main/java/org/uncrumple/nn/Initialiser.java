package org.uncrumple.nn;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * Seeded random initial weights, chosen by the activation that follows each layer; biases start at
 * exactly zero.
 *
 * <p>Symbols: n_in and n_out the layer's input and output widths, U(−r, r) the uniform
 * distribution.
 *
 * <ul>
 *   <li>Xavier (Glorot) for tanh, sigmoid, softplus and linear: W ~ U(−r, r), r = √(6 / (n_in +
 *       n_out)), so Var W = 2 / (n_in + n_out). Glorot and Bengio, "Understanding the difficulty of
 *       training deep feedforward neural networks", AISTATS 2010.
 *   <li>He (Kaiming) for relu and leaky relu: W ~ U(−r, r), r = √(6 / n_in), so Var W = 2 / n_in.
 *       He, Zhang, Ren and Sun, "Delving deep into rectifiers", ICCV 2015.
 * </ul>
 *
 * <p>One {@link Random} seeded once draws every weight, layer by layer, each W in row-major order.
 * {@link Random}'s algorithm is fixed by its specification, so a seed gives the same network on
 * every JVM.
 */
final class Initialiser {
  private Initialiser() {}

  static void initialise(DenseLayer[] layers, long seed) {
    Random random = new Random(seed);
    for (DenseLayer layer : layers) {
      DMatrixRMaj weights = layer.weights();
      double limit = Math.sqrt(6.0 / fanSum(layer));
      for (int i = 0; i < weights.getNumElements(); i++) {
        weights.data[i] = limit * (2.0 * random.nextDouble() - 1.0);
      }
      layer.bias().zero();
    }
  }

  private static double fanSum(DenseLayer layer) {
    return switch (layer.activation()) {
      case RELU, LEAKY_RELU -> layer.inputs();
      case TANH, SIGMOID, SOFTPLUS, LINEAR -> layer.inputs() + layer.outputs();
    };
  }
}
