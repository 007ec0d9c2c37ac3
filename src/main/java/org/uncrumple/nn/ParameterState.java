package org.uncrumple.nn;

/**
 * One double per weight and per bias of a network shape, laid out like the network: used for the
 * optimizers' velocities and moments. Starts at zero.
 */
final class ParameterState {
  private final double[][] weights;
  private final double[][] biases;

  ParameterState(Architecture architecture) {
    int layers = architecture.layerCount();
    weights = new double[layers][];
    biases = new double[layers][];
    for (int l = 0; l < layers; l++) {
      weights[l] = new double[architecture.width(l) * architecture.inputWidth(l)];
      biases[l] = new double[architecture.width(l)];
    }
  }

  /** State of W_l, row-major like W_l. */
  double[] weights(int layer) {
    return weights[layer];
  }

  /** State of b_l. */
  double[] bias(int layer) {
    return biases[layer];
  }
}
