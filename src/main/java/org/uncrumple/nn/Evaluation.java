package org.uncrumple.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * How well a network classifies a set of rows.
 *
 * @param loss mean softmax cross-entropy over the rows (natural log; without the weight-decay term)
 * @param accuracy fraction of rows whose largest logit is at the true class, in [0, 1]
 */
public record Evaluation(double loss, double accuracy) {

  /**
   * Evaluates a network on labelled rows, as {@link Learner#evaluate} does, but through the
   * network's read-only {@link Network#logits}: any thread may call it on a network nobody changes,
   * such as a snapshot's copy.
   *
   * @param network read only
   * @param data row-major points, {@code inputs} coordinates a row
   * @param labels class of each row
   * @param count number of rows; for 0 the result is (NaN, NaN)
   * @return loss and accuracy
   * @throws IllegalArgumentException if the arrays are too short or a label is not a class
   */
  public static Evaluation of(Network network, double[] data, int[] labels, int count) {
    int classes = network.architecture().classes();
    if (labels.length < count) {
      throw new IllegalArgumentException(count + " rows but " + labels.length + " labels");
    }
    for (int r = 0; r < count; r++) {
      if (labels[r] < 0 || labels[r] >= classes) {
        throw new IllegalArgumentException(
            "label " + labels[r] + " of row " + r + " is not one of " + classes + " classes");
      }
    }
    double[] z = network.logits(data, count);
    // J = (1/n)·Σ_r −log softmax(z_r)_{y_r}
    double loss = SoftmaxCrossEntropy.sumLoss(DMatrixRMaj.wrap(count, classes, z), labels, 0);
    int correct = 0;
    for (int r = 0; r < count; r++) {
      if (SoftmaxCrossEntropy.argmax(z, r * classes, classes) == labels[r]) {
        correct++;
      }
    }
    return new Evaluation(loss / count, (double) correct / count);
  }
}
