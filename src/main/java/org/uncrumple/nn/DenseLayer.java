package org.uncrumple.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * One fully connected layer: z = W·a + b, a′ = f(z).
 *
 * <p>Symbols: a the layer's input (a column of {@link #inputs()} values), W the {@link #outputs()}
 * × {@link #inputs()} weight matrix, b the {@link #outputs()} × 1 bias, f the {@link
 * #activation()}, z the pre-activation and a′ the output. The batched code stores samples as rows
 * and therefore computes Z = A·Wᵀ + 1·bᵀ, the same map.
 *
 * <p>The matrices are live: they belong to the {@link Network} that holds this layer, and only the
 * thread that owns that network (the trainer) may change them.
 */
public final class DenseLayer {
  private final Activation activation;
  private final DMatrixRMaj weights;
  private final DMatrixRMaj bias;

  DenseLayer(int inputs, int outputs, Activation activation) {
    this.activation = activation;
    this.weights = new DMatrixRMaj(outputs, inputs);
    this.bias = new DMatrixRMaj(outputs, 1);
  }

  /**
   * Width of the layer's input.
   *
   * @return number of columns of W
   */
  public int inputs() {
    return weights.numCols;
  }

  /**
   * Width of the layer's output.
   *
   * @return number of rows of W
   */
  public int outputs() {
    return weights.numRows;
  }

  /**
   * The activation f; {@link Activation#LINEAR} for the output layer.
   *
   * @return f
   */
  public Activation activation() {
    return activation;
  }

  /**
   * W, outputs × inputs, row-major: W(i, j) weighs input j in output i. Live, not a copy.
   *
   * @return the weight matrix
   */
  public DMatrixRMaj weights() {
    return weights;
  }

  /**
   * b, outputs × 1. Live, not a copy.
   *
   * @return the bias vector
   */
  public DMatrixRMaj bias() {
    return bias;
  }

  void copyFrom(DenseLayer other) {
    System.arraycopy(other.weights.data, 0, weights.data, 0, weights.getNumElements());
    System.arraycopy(other.bias.data, 0, bias.data, 0, bias.getNumElements());
  }
}
