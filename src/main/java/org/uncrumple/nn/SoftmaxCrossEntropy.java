package org.uncrumple.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * The softmax cross-entropy loss of logits against class labels, paired with its gradient.
 *
 * <p>Symbols: Z the n × k logits (one row per sample), y_r the label of row r, p_r = softmax(z_r)
 * with p_rc = e^{z_rc − m_r} / Σ_j e^{z_rj − m_r} where m_r = max_j z_rj keeps the exponentials
 * finite, Y the one-hot labels.
 *
 * <pre>
 *   J = (1/n)·Σ_r −log p_{r,y_r} = (1/n)·Σ_r (m_r + log Σ_j e^{z_rj − m_r} − z_{r,y_r})
 *   ∂J/∂Z = (P − Y) / n
 * </pre>
 *
 * <p>Bishop, Pattern Recognition and Machine Learning, section 4.3.4 (eq. 4.108 – 4.109).
 */
final class SoftmaxCrossEntropy {
  private SoftmaxCrossEntropy() {}

  /**
   * The mean loss of the rows of {@code logits} and, in {@code gradient}, ∂J/∂Z.
   *
   * @param logits Z, n × k
   * @param labels y_r in labels[r], 0 ≤ y_r &lt; k
   * @param gradient receives (P − Y) / n; reshaped to n × k (no allocation once large enough)
   * @return J, the mean cross-entropy (natural log)
   */
  static double lossAndGradient(DMatrixRMaj logits, int[] labels, DMatrixRMaj gradient) {
    int rows = logits.numRows;
    int classes = logits.numCols;
    gradient.reshape(rows, classes);
    double[] z = logits.data;
    double[] g = gradient.data;
    double scale = 1.0 / rows;
    double total = 0.0;
    for (int r = 0, start = 0; r < rows; r++, start += classes) {
      double max = rowMax(z, start, classes);
      // g_r = e^{z_r − m_r}, then P_r − Y_r scaled by 1/n
      double sum = 0.0;
      for (int c = 0; c < classes; c++) {
        double e = Math.exp(z[start + c] - max);
        g[start + c] = e;
        sum += e;
      }
      double norm = scale / sum;
      for (int c = 0; c < classes; c++) {
        g[start + c] *= norm;
      }
      int label = labels[r];
      g[start + label] -= scale;
      // −log p_{r,y} = m_r + log Σ_j e^{z_rj − m_r} − z_{r,y}
      total += max + Math.log(sum) - z[start + label];
    }
    return total * scale;
  }

  /**
   * Σ_r −log p_{r,y_r} over the rows of {@code logits} (a sum, not a mean).
   *
   * @param logits Z, n × k
   * @param labels labels, row r's label at labels[offset + r]
   * @param offset position of row 0's label
   * @return the summed cross-entropy
   */
  static double sumLoss(DMatrixRMaj logits, int[] labels, int offset) {
    int classes = logits.numCols;
    double[] z = logits.data;
    double total = 0.0;
    for (int r = 0, start = 0; r < logits.numRows; r++, start += classes) {
      double max = rowMax(z, start, classes);
      double sum = 0.0;
      for (int c = 0; c < classes; c++) {
        sum += Math.exp(z[start + c] - max);
      }
      total += max + Math.log(sum) - z[start + labels[offset + r]];
    }
    return total;
  }

  /**
   * Row r's probabilities p_r = softmax(z_r), written over z_r in place.
   *
   * @param z row-major logits
   * @param rows n
   * @param classes k
   */
  static void softmaxInPlace(double[] z, int rows, int classes) {
    for (int r = 0, start = 0; r < rows; r++, start += classes) {
      double max = rowMax(z, start, classes);
      double sum = 0.0;
      for (int c = 0; c < classes; c++) {
        double e = Math.exp(z[start + c] - max);
        z[start + c] = e;
        sum += e;
      }
      double norm = 1.0 / sum;
      for (int c = 0; c < classes; c++) {
        z[start + c] *= norm;
      }
    }
  }

  /**
   * The class of the largest logit in one row; the lowest index wins a tie.
   *
   * @param z row-major logits
   * @param start index of the row's first logit
   * @param classes k
   * @return argmax_c z[start + c]
   */
  static int argmax(double[] z, int start, int classes) {
    int best = 0;
    for (int c = 1; c < classes; c++) {
      if (z[start + c] > z[start + best]) {
        best = c;
      }
    }
    return best;
  }

  private static double rowMax(double[] z, int start, int classes) {
    double max = z[start];
    for (int c = 1; c < classes; c++) {
      max = Math.max(max, z[start + c]);
    }
    return max;
  }
}
