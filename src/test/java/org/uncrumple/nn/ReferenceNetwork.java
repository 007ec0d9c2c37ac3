package org.uncrumple.nn;

import java.util.Arrays;

/**
 * A slow, obviously correct dense classifier for the tests: one sample at a time, plain loops over
 * double[][], textbook formulas (Math.tanh, no shared code with the fast path except the enum
 * constants that name the activations).
 *
 * <p>Per sample x with label y: a₋₁ = x; z_l[i] = Σ_j W_l[i][j]·a_{l−1}[j] + b_l[i]; a_l =
 * f_l(z_l); loss = −log softmax(z_{L−1})[y]. Backward: δ_{L−1} = softmax − onehot(y); ∂/∂W_l[i][j]
 * += δ_l[i]·a_{l−1}[j]; ∂/∂b_l[i] += δ_l[i]; δ_{l−1}[j] = f′(z_{l−1}[j])·Σ_i W_l[i][j]·δ_l[i].
 * Means over the batch, then + λ·W_l for the weights.
 */
final class ReferenceNetwork {
  final double[][][] weights;
  final double[][] biases;
  final Activation[] activations;

  ReferenceNetwork(Network network) {
    int layers = network.layerCount();
    weights = new double[layers][][];
    biases = new double[layers][];
    activations = new Activation[layers];
    for (int l = 0; l < layers; l++) {
      DenseLayer layer = network.layer(l);
      activations[l] = layer.activation();
      weights[l] = new double[layer.outputs()][layer.inputs()];
      biases[l] = new double[layer.outputs()];
      for (int i = 0; i < layer.outputs(); i++) {
        for (int j = 0; j < layer.inputs(); j++) {
          weights[l][i][j] = layer.weights().get(i, j);
        }
        biases[l][i] = layer.bias().get(i, 0);
      }
    }
  }

  static double f(Activation activation, double x) {
    switch (activation) {
      case TANH:
        return Math.tanh(x);
      case RELU:
        return x > 0 ? x : 0;
      case LEAKY_RELU:
        return x > 0 ? x : 0.01 * x;
      case SIGMOID:
        return 1 / (1 + Math.exp(-x));
      case SOFTPLUS:
        return Math.log(1 + Math.exp(x));
      case LINEAR:
        return x;
      default:
        throw new AssertionError(activation);
    }
  }

  static double slope(Activation activation, double x) {
    switch (activation) {
      case TANH:
        return 1 - Math.tanh(x) * Math.tanh(x);
      case RELU:
        return x > 0 ? 1 : 0;
      case LEAKY_RELU:
        return x > 0 ? 1 : 0.01;
      case SIGMOID:
        double s = 1 / (1 + Math.exp(-x));
        return s * (1 - s);
      case SOFTPLUS:
        return 1 / (1 + Math.exp(-x));
      case LINEAR:
        return 1;
      default:
        throw new AssertionError(activation);
    }
  }

  /** z[l] and a[l] of every layer for one sample. */
  double[][][] forward(double[] x) {
    int layers = weights.length;
    double[][] z = new double[layers][];
    double[][] a = new double[layers][];
    double[] input = x;
    for (int l = 0; l < layers; l++) {
      z[l] = new double[weights[l].length];
      a[l] = new double[weights[l].length];
      for (int i = 0; i < weights[l].length; i++) {
        double sum = 0;
        for (int j = 0; j < input.length; j++) {
          sum += weights[l][i][j] * input[j];
        }
        z[l][i] = sum + biases[l][i];
        a[l][i] = f(activations[l], z[l][i]);
      }
      input = a[l];
    }
    return new double[][][] {z, a};
  }

  double[] logits(double[] x) {
    double[][] z = forward(x)[0];
    return z[z.length - 1];
  }

  static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] p = new double[z.length];
    for (int c = 0; c < z.length; c++) {
      p[c] = Math.exp(z[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < z.length; c++) {
      p[c] /= sum;
    }
    return p;
  }

  /** Mean cross-entropy over the samples, and its gradients (+ λ·W) in dW and db. */
  double lossAndGradients(
      double[][] xs, int[] ys, double decay, double[][][] dWeights, double[][] dBiases) {
    int layers = weights.length;
    for (int l = 0; l < layers; l++) {
      for (double[] row : dWeights[l]) {
        Arrays.fill(row, 0);
      }
      Arrays.fill(dBiases[l], 0);
    }
    double loss = 0;
    for (int s = 0; s < xs.length; s++) {
      double[][][] pass = forward(xs[s]);
      double[][] z = pass[0];
      double[][] a = pass[1];
      double[] p = softmax(z[layers - 1]);
      loss += -Math.log(p[ys[s]]);
      double[] delta = p.clone();
      delta[ys[s]] -= 1;
      for (int l = layers - 1; l >= 0; l--) {
        double[] input = l == 0 ? xs[s] : a[l - 1];
        for (int i = 0; i < delta.length; i++) {
          for (int j = 0; j < input.length; j++) {
            dWeights[l][i][j] += delta[i] * input[j] / xs.length;
          }
          dBiases[l][i] += delta[i] / xs.length;
        }
        if (l > 0) {
          double[] previous = new double[input.length];
          for (int j = 0; j < input.length; j++) {
            double sum = 0;
            for (int i = 0; i < delta.length; i++) {
              sum += weights[l][i][j] * delta[i];
            }
            previous[j] = sum * slope(activations[l - 1], z[l - 1][j]);
          }
          delta = previous;
        }
      }
    }
    for (int l = 0; l < layers; l++) {
      for (int i = 0; i < weights[l].length; i++) {
        for (int j = 0; j < weights[l][i].length; j++) {
          dWeights[l][i][j] += decay * weights[l][i][j];
        }
      }
    }
    return loss / xs.length;
  }
}
