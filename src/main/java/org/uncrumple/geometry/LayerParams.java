package org.uncrumple.geometry;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;

/**
 * One dense layer a' = f(W·a + b) as the geometry needs it: the weights W (m×n: n inputs, m
 * outputs), the bias b (m entries) and the activation f applied to each coordinate.
 *
 * <p>The matrices are copied on construction, so the record does not change when the caller's
 * network trains on; treat the matrices it returns as read-only. The bias may be given as a column
 * (m×1) or a row (1×m); it is stored as a column.
 *
 * @param weights W, m×n, all entries finite
 * @param bias b, m entries, all finite
 * @param activation f, applied to each coordinate of W·a + b
 * @param activationIsIdentity true when f(x) = x, so the squash step changes nothing
 */
public record LayerParams(
    DMatrixRMaj weights,
    DMatrixRMaj bias,
    DoubleUnaryOperator activation,
    boolean activationIsIdentity) {

  /** Checks the shapes and copies the matrices. */
  public LayerParams {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(bias, "bias");
    Objects.requireNonNull(activation, "activation");
    if (weights.numRows < 1 || weights.numCols < 1) {
      throw new IllegalArgumentException(
          "weights must have at least one row and one column, found "
              + weights.numRows
              + "×"
              + weights.numCols);
    }
    if (bias.getNumElements() != weights.numRows) {
      throw new IllegalArgumentException(
          "bias must have "
              + weights.numRows
              + " entries (one per row of the weights), found "
              + bias.getNumElements());
    }
    requireFinite(weights, "weights");
    requireFinite(bias, "bias");
    weights = weights.copy();
    bias = new DMatrixRMaj(weights.numRows, 1, true, Arrays.copyOf(bias.data, weights.numRows));
  }

  /** A layer with the identity activation (its squash step changes nothing). */
  public static LayerParams linear(DMatrixRMaj weights, DMatrixRMaj bias) {
    return new LayerParams(weights, bias, x -> x, true);
  }

  /** n, the number of inputs. */
  public int inputWidth() {
    return weights.numCols;
  }

  /** m, the number of outputs. */
  public int outputWidth() {
    return weights.numRows;
  }

  private static void requireFinite(DMatrixRMaj matrix, String name) {
    int size = matrix.getNumElements();
    for (int i = 0; i < size; i++) {
      if (!Double.isFinite(matrix.data[i])) {
        throw new IllegalArgumentException(
            name + " must be finite, found " + matrix.data[i] + " at index " + i);
      }
    }
  }
}
