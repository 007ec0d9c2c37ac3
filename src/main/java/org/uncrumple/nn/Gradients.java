package org.uncrumple.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * ∂J/∂W_l and ∂J/∂b_l for every layer of one network shape, filled by {@link BatchPass#backward}
 * and read by the {@link Optimizer}.
 *
 * <p>The weight gradient of layer l has W_l's shape (outputs × inputs). The bias gradient is kept
 * as a 1 × outputs row (EJML's column sums produce a row); its data are in the same order as b_l.
 */
final class Gradients {
  private final DMatrixRMaj[] weights;
  private final DMatrixRMaj[] biases;

  Gradients(Architecture architecture) {
    int layers = architecture.layerCount();
    weights = new DMatrixRMaj[layers];
    biases = new DMatrixRMaj[layers];
    for (int l = 0; l < layers; l++) {
      weights[l] = new DMatrixRMaj(architecture.width(l), architecture.inputWidth(l));
      biases[l] = new DMatrixRMaj(1, architecture.width(l));
    }
  }

  int layerCount() {
    return weights.length;
  }

  /** ∂J/∂W_l, outputs × inputs. */
  DMatrixRMaj weights(int layer) {
    return weights[layer];
  }

  /** ∂J/∂b_lᵀ, 1 × outputs. */
  DMatrixRMaj bias(int layer) {
    return biases[layer];
  }

  /**
   * Adds the gradient of the L2 term (λ/2)·Σ_l ‖W_l‖²: ∂/∂W_l = λ·W_l. Biases are not decayed.
   *
   * @param network the network the gradients belong to
   * @param decay λ
   */
  void addWeightDecay(Network network, double decay) {
    if (decay == 0.0) {
      return;
    }
    for (int l = 0; l < weights.length; l++) {
      double[] w = network.layer(l).weights().data;
      double[] g = weights[l].data;
      // ∂J/∂W_l += λ·W_l
      for (int i = 0, size = weights[l].getNumElements(); i < size; i++) {
        g[i] += decay * w[i];
      }
    }
  }
}
