package org.uncrumple.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * The work matrices of batched forward and backward passes through one {@link Network}, and the
 * passes themselves.
 *
 * <p>Symbols (samples are rows): n the rows of the batch; L the number of layers, numbered l = 0 …
 * L−1; A₋₁ = X the n × d input; W_l and b_l the weights and bias of layer l; f_l its activation; J
 * the objective.
 *
 * <pre>
 *   forward   Z_l = A_{l−1}·W_lᵀ + 1·b_lᵀ        n × w_l   ("linear" before the bias, "shifted" after)
 *             A_l = f_l(Z_l)                      elementwise; A_{L−1} = Z_{L−1} are the logits
 *   backward  G_l = ∂J/∂Z_l                       G_{L−1} comes from the loss
 *             ∂J/∂W_l = G_lᵀ·A_{l−1}
 *             ∂J/∂b_lᵀ = 1ᵀ·G_l                   column sums
 *             ∂J/∂A_{l−1} = G_l·W_l
 *             G_{l−1} = ∂J/∂A_{l−1} ⊙ f′_{l−1}(Z_{l−1})
 * </pre>
 *
 * <p>See Rumelhart, Hinton and Williams, "Learning representations by back-propagating errors",
 * Nature 1986, or Goodfellow, Bengio and Courville, Deep Learning, section 6.5.
 *
 * <p>Every matrix is reshaped to the current row count with {@link DMatrixRMaj#reshape(int, int)},
 * which reallocates only when a larger batch than any before arrives; after that the passes
 * allocate nothing. The matrices are EJML's; the products run in {@link Kernels}, which at these
 * small shapes beat {@code CommonOps_DDRM}'s (measurements there), and the broadcast of the bias
 * (EJML has no broadcast add) and the elementwise activation work on {@code matrix.data}. Not
 * thread-safe: one pass belongs to one thread.
 */
final class BatchPass {
  private final Network network;
  private final Activation[] activation;
  private final DMatrixRMaj input;
  private final DMatrixRMaj[] shifted;
  private final DMatrixRMaj[] activated;
  private final DMatrixRMaj[] shiftedGradient;
  private final DMatrixRMaj[] activatedGradient;
  private int rows;

  /**
   * Work matrices for {@code network} sized for {@code rows} rows.
   *
   * @param network the network whose current weights every pass reads
   * @param rows initial row capacity (grows on demand)
   * @param backward whether {@link #backward} will be used; without it the gradient matrices are
   *     not allocated
   */
  BatchPass(Network network, int rows, boolean backward) {
    this.network = network;
    Architecture architecture = network.architecture();
    int layers = architecture.layerCount();
    activation = new Activation[layers];
    input = new DMatrixRMaj(rows, architecture.inputs());
    shifted = new DMatrixRMaj[layers];
    activated = new DMatrixRMaj[layers];
    shiftedGradient = new DMatrixRMaj[backward ? layers : 0];
    activatedGradient = new DMatrixRMaj[backward ? layers : 0];
    for (int l = 0; l < layers; l++) {
      int width = architecture.width(l);
      activation[l] = architecture.activation(l);
      shifted[l] = new DMatrixRMaj(rows, width);
      boolean output = l == layers - 1;
      activated[l] = output ? shifted[l] : new DMatrixRMaj(rows, width);
      if (backward) {
        shiftedGradient[l] = new DMatrixRMaj(rows, width);
        activatedGradient[l] = output ? shiftedGradient[l] : new DMatrixRMaj(rows, width);
      }
    }
    this.rows = rows;
  }

  /**
   * Sets the batch size; allocates only if {@code rows} exceeds every earlier size.
   *
   * @param rows n ≥ 0
   */
  void resize(int rows) {
    this.rows = rows;
    input.reshape(rows, input.numCols);
    for (int l = 0; l < shifted.length; l++) {
      shifted[l].reshape(rows, shifted[l].numCols);
      activated[l].reshape(rows, activated[l].numCols);
    }
    for (int l = 0; l < shiftedGradient.length; l++) {
      shiftedGradient[l].reshape(rows, shiftedGradient[l].numCols);
      activatedGradient[l].reshape(rows, activatedGradient[l].numCols);
    }
  }

  /**
   * Resizes to {@code rows} and copies the contiguous rows first … first + rows − 1 of {@code
   * points} into X.
   *
   * @param points row-major, {@code input width} values a row
   * @param first first row to copy
   * @param rows number of rows
   */
  void load(double[] points, int first, int rows) {
    resize(rows);
    int width = input.numCols;
    System.arraycopy(points, first * width, input.data, 0, rows * width);
  }

  /**
   * Resizes to {@code rows} and copies rows indices[from], …, indices[from + rows − 1] of {@code
   * points} into X.
   *
   * @param points row-major, {@code input width} values a row
   * @param indices row numbers
   * @param from first position in {@code indices}
   * @param rows number of rows
   */
  void gather(double[] points, int[] indices, int from, int rows) {
    resize(rows);
    int width = input.numCols;
    double[] x = input.data;
    for (int r = 0; r < rows; r++) {
      System.arraycopy(points, indices[from + r] * width, x, r * width, width);
    }
  }

  /** X, n × d: the rows being propagated. */
  DMatrixRMaj input() {
    return input;
  }

  /** Z_l, n × w_l: after {@link #linear} it holds A_{l−1}·W_lᵀ, after {@link #shift} also + b. */
  DMatrixRMaj shifted(int layer) {
    return shifted[layer];
  }

  /** A_l = f_l(Z_l), n × w_l; for the output layer the same matrix as Z. */
  DMatrixRMaj activated(int layer) {
    return activated[layer];
  }

  /** Z_{L−1}, the n × k logits after {@link #forward()}. */
  DMatrixRMaj logits() {
    return shifted[shifted.length - 1];
  }

  /** G_{L−1} = ∂J/∂Z_{L−1}, n × k: the loss writes it before {@link #backward}. */
  DMatrixRMaj logitsGradient() {
    return shiftedGradient[shiftedGradient.length - 1];
  }

  /** Propagates X through every layer. */
  void forward() {
    for (int l = 0; l < shifted.length; l++) {
      linear(l);
      shift(l);
      activate(l);
    }
  }

  /**
   * The linear map of layer l.
   *
   * @param layer l
   */
  void linear(int layer) {
    // Z_l = A_{l−1}·W_lᵀ
    Kernels.multTransB(previous(layer), network.layer(layer).weights(), shifted[layer]);
  }

  /**
   * The translation of layer l.
   *
   * @param layer l
   */
  void shift(int layer) {
    // Z_l ← Z_l + 1·b_lᵀ
    double[] z = shifted[layer].data;
    double[] b = network.layer(layer).bias().data;
    int width = shifted[layer].numCols;
    for (int start = 0, end = rows * width; start < end; start += width) {
      for (int j = 0; j < width; j++) {
        z[start + j] += b[j];
      }
    }
  }

  /**
   * The activation of layer l; nothing to do for the output layer, whose A is Z.
   *
   * @param layer l
   */
  void activate(int layer) {
    // A_l = f_l(Z_l)
    if (activated[layer] != shifted[layer]) {
      activation[layer].applyAll(
          shifted[layer].data, activated[layer].data, shifted[layer].getNumElements());
    }
  }

  /**
   * Back-propagates G_{L−1} (see {@link #logitsGradient()}) through every layer after a {@link
   * #forward()} of the same rows.
   *
   * @param gradients receives ∂J/∂W_l and ∂J/∂b_l of the data term
   */
  void backward(Gradients gradients) {
    for (int l = shifted.length - 1; l >= 0; l--) {
      DMatrixRMaj g = shiftedGradient[l];
      // ∂J/∂W_l = G_lᵀ·A_{l−1}
      Kernels.multTransA(g, previous(l), gradients.weights(l));
      // ∂J/∂b_lᵀ = 1ᵀ·G_l
      Kernels.sumColumns(g, gradients.bias(l));
      if (l > 0) {
        // ∂J/∂A_{l−1} = G_l·W_l
        Kernels.mult(g, network.layer(l).weights(), activatedGradient[l - 1]);
        // G_{l−1} = ∂J/∂A_{l−1} ⊙ f′_{l−1}(Z_{l−1})
        activation[l - 1].backpropagate(
            shifted[l - 1].data,
            activated[l - 1].data,
            activatedGradient[l - 1].data,
            shiftedGradient[l - 1].data,
            shifted[l - 1].getNumElements());
      }
    }
  }

  private DMatrixRMaj previous(int layer) {
    return layer == 0 ? input : activated[layer - 1];
  }
}
