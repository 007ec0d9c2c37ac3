package org.uncrumple.nn;

import java.util.Arrays;

/**
 * Backpropagation of one point to its input coordinates, for {@link Network#inputGradient} and
 * {@link Network#lossInputGradient}: a forward pass that keeps every layer's z_l = W_l·a_{l−1} +
 * b_l and a_l = f_l(z_l), then g_z = g_a ⊙ f_l′(z_l) and g_{a,l−1} = W_lᵀ·g_z from the last layer
 * down. Plain loops over one point: these serve nudges and probes, not training.
 */
final class InputGradients {
  private InputGradients() {}

  /** One point's pre-activations z[l] and activations a[l], layer by layer. */
  record Pass(double[][] z, double[][] a) {}

  /** z_l and a_l of every layer for one point (the input is {@code layers[0]}'s width). */
  static Pass forward(DenseLayer[] layers, double[] point) {
    double[][] z = new double[layers.length][];
    double[][] a = new double[layers.length][];
    double[] input = Arrays.copyOf(point, layers[0].inputs());
    double[] previous = input;
    for (int l = 0; l < layers.length; l++) {
      DenseLayer layer = layers[l];
      int outputs = layer.outputs();
      int inputs = layer.inputs();
      double[] w = layer.weights().data;
      double[] b = layer.bias().data;
      z[l] = new double[outputs];
      a[l] = new double[outputs];
      // z_l = W_l·a_{l−1} + b_l, a_l = f_l(z_l)
      for (int i = 0; i < outputs; i++) {
        double sum = b[i];
        for (int j = 0; j < inputs; j++) {
          sum += w[i * inputs + j] * previous[j];
        }
        z[l][i] = sum;
        a[l][i] = layer.activation().apply(sum);
      }
      previous = a[l];
    }
    return new Pass(z, a);
  }

  /** Backpropagates {@code outputGradient} (∂/∂logits) to the input: ∂/∂x. */
  static double[] backward(DenseLayer[] layers, Pass pass, double[] outputGradient) {
    double[][] z = pass.z();
    double[][] a = pass.a();
    double[] gradient = outputGradient;
    for (int l = layers.length - 1; l >= 0; l--) {
      DenseLayer layer = layers[l];
      int outputs = layer.outputs();
      int inputs = layer.inputs();
      double[] w = layer.weights().data;
      // g_z = g_a ⊙ f′(z), g_{a,l−1} = W_lᵀ·g_z
      double[] below = new double[inputs];
      for (int i = 0; i < outputs; i++) {
        double gz = gradient[i] * layer.activation().derivative(z[l][i], a[l][i]);
        for (int j = 0; j < inputs; j++) {
          below[j] += w[i * inputs + j] * gz;
        }
      }
      gradient = below;
    }
    return gradient;
  }
}
