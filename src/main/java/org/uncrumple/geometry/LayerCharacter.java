package org.uncrumple.geometry;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.uncrumple.nn.Activation;

/**
 * What one dense layer a' = f(W·a + b) does to space, in facts a learner can check and in plain
 * sentences a teacher would accept.
 *
 * <p>Symbols: W is m×n (n inputs, m outputs) with singular values σ_1 ≥ … ≥ σ_r ≥ 0, r = min(m, n):
 * the stretches along the directions W maps onto each other (see {@link LayerDecomposition}). The
 * bias b only shifts space and changes none of these facts.
 *
 * <ul>
 *   <li>A layer <em>collapses</em> space when points that differ become the same or nearly the same
 *       point: when m &lt; n (at least n − m input directions have nowhere to go) or when σ_r / σ_1
 *       &lt; {@value #NEARLY_SINGULAR} (one direction is squeezed to under 5 % of the strongest
 *       stretch, or to nothing).
 *   <li>A square layer <em>flips</em> space when det W &lt; 0: it includes a mirror image, which
 *       later layers can undo, so it costs the classification nothing.
 *   <li>A layer <em>presses</em> space when f is piecewise linear with a kink at 0 (relu, leaky
 *       relu): each half-space where a coordinate is negative is pressed against the wall where
 *       that coordinate is 0. Relu presses it flat onto the wall, a projection ({@link
 *       Activation#pressesFlat()}); leaky relu stays invertible and presses it only nearly flat.
 *       Neither folds space (maps one half onto the other). Tanh, sigmoid and softplus bend space
 *       smoothly and keep points apart.
 * </ul>
 *
 * @param inputs n
 * @param outputs m
 * @param activation f
 * @param square whether m = n
 * @param determinant det W when square, NaN otherwise
 * @param smallestRatio σ_r / σ_1 over the r = min(m, n) singular values; 0 for W = 0
 * @param collapses m &lt; n, or smallestRatio &lt; {@value #NEARLY_SINGULAR}
 * @param flips square, not singular, and det W &lt; 0
 * @param presses f is relu or leaky relu
 * @param warnings one plain sentence per fact worth a warning, most serious first; empty for a
 *     plain rotation or stretch followed by a smooth activation
 */
public record LayerCharacter(
    int inputs,
    int outputs,
    Activation activation,
    boolean square,
    double determinant,
    double smallestRatio,
    boolean collapses,
    boolean flips,
    boolean presses,
    List<String> warnings) {
  /** σ_r / σ_1 below this counts as nearly flattening a direction. */
  public static final double NEARLY_SINGULAR = 0.05;

  /** Below this σ_r / σ_1 a direction is flattened completely, up to rounding. */
  private static final double SINGULAR = 1e-12;

  /** Copies the warnings into an immutable list. */
  public LayerCharacter {
    Objects.requireNonNull(activation, "activation");
    warnings = List.copyOf(warnings);
  }

  /**
   * Characterises a layer.
   *
   * @param weights W, m×n (outputs × inputs), finite
   * @param activation f
   * @return the facts and warnings
   * @throws IllegalArgumentException if W is empty or holds a NaN or infinite weight
   */
  public static LayerCharacter of(DMatrixRMaj weights, Activation activation) {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(activation, "activation");
    int m = weights.numRows;
    int n = weights.numCols;
    if (m < 1 || n < 1) {
      throw new IllegalArgumentException("the weights are empty: " + m + "×" + n);
    }
    for (int i = 0; i < weights.getNumElements(); i++) {
      if (!Double.isFinite(weights.data[i])) {
        throw new IllegalArgumentException(
            "weight (" + i / n + ", " + i % n + ") is " + weights.data[i]);
      }
    }
    double[] sigma = singularValues(weights);
    double largest = sigma[0];
    double smallest = sigma[0];
    for (double s : sigma) {
      largest = Math.max(largest, s);
      smallest = Math.min(smallest, s);
    }
    boolean square = m == n;
    double determinant = square ? CommonOps_DDRM.det(weights) : Double.NaN;
    double ratio = largest > 0 ? smallest / largest : 0;
    // the sign of the determinant of a singular W is rounding noise
    boolean flips = square && ratio >= SINGULAR && determinant < 0;
    boolean presses = activation == Activation.RELU || activation == Activation.LEAKY_RELU;
    List<String> warnings = new ArrayList<>();
    if (m < n) {
      int lost = n - m;
      warnings.add(
          "Drops from "
              + n
              + " to "
              + m
              + (m == 1 ? " dimension" : " dimensions")
              + ": the layer has only "
              + m
              + (m == 1 ? " output" : " outputs")
              + " for "
              + n
              + " inputs, so at least "
              + lost
              + (lost == 1 ? " direction" : " directions")
              + " of its input "
              + (lost == 1 ? "is" : "are")
              + " squeezed to nothing and points that differ only along "
              + (lost == 1 ? "it" : "them")
              + " land on the same spot.");
    }
    if (largest == 0) {
      warnings.add(
          "Collapses all of space: every weight is 0, so every point lands on the same spot and"
              + " nothing can be told apart any more.");
    } else if (ratio < SINGULAR) {
      warnings.add(
          "Flattens space: W is singular (its weakest stretch is 0), so a whole direction is"
              + " squeezed to nothing and points that differ only along it land on the same"
              + " spot.");
    } else if (ratio < NEARLY_SINGULAR) {
      warnings.add(
          "Nearly flattens space: its weakest direction is stretched only "
              + number(ratio)
              + " times as much as its strongest (σ_min/σ_max = "
              + number(ratio)
              + (square ? ", |det W| = " + number(Math.abs(determinant)) : "")
              + "), so a whole direction is squeezed almost to nothing and points that differ"
              + " along it end up very close together.");
    }
    if (flips) {
      warnings.add(
          "Flips space like a mirror (det W = "
              + number(determinant)
              + " < 0): left and right hands swap; this is harmless for the classification.");
    }
    if (activation == Activation.RELU) {
      warnings.add(
          "ReLU presses space flat: every negative coordinate is set to zero, so each region"
              + " where a coordinate is negative is pressed onto the wall where it is 0, and"
              + " points pressed together there can no longer be told apart.");
    } else if (activation == Activation.LEAKY_RELU) {
      warnings.add(
          "Leaky ReLU presses space nearly flat: every negative coordinate is shrunk to 1/100"
              + " of itself, so each region where a coordinate is negative is pressed almost onto"
              + " the wall where it is 0, with a sharp bend there, though no two points are"
              + " pressed into one.");
    }
    return new LayerCharacter(
        n,
        m,
        activation,
        square,
        determinant,
        ratio,
        m < n || ratio < NEARLY_SINGULAR,
        flips,
        presses,
        warnings);
  }

  /** The word the network strip marks a pressing layer with; empty when f does not press. */
  public String pressMark() {
    if (activation == Activation.RELU) {
      return "presses flat";
    }
    return presses ? "presses nearly flat" : "";
  }

  /** σ_1 … σ_r, r = min(m, n), in no particular order. */
  private static double[] singularValues(DMatrixRMaj weights) {
    SingularValueDecomposition_F64<DMatrixRMaj> svd =
        DecompositionFactory_DDRM.svd(weights.numRows, weights.numCols, false, false, true);
    if (!svd.decompose(weights.copy())) {
      throw new ArithmeticException("singular value decomposition of the weights failed");
    }
    return Arrays.copyOf(svd.getSingularValues(), svd.numberOfSingularValues());
  }

  /** Two significant digits: 0.012, 3.4, 120; scientific below 0.001 (1.2e-05). */
  static String number(double x) {
    if (x == 0) {
      return "0";
    }
    double size = Math.abs(x);
    String text =
        size >= 1e-3 && size < 1e6
            ? new BigDecimal(x).round(new MathContext(2)).stripTrailingZeros().toPlainString()
            : String.format(Locale.ROOT, "%.1e", x);
    return text.replace('-', '−');
  }
}
