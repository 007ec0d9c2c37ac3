package org.uncrumple.nn;

import java.util.Objects;

/**
 * Trains a {@link Network} by minibatch gradient steps; owns the network, the optimizer state and
 * every work matrix.
 *
 * <p>Objective of one batch of n rows: J = (1/n)·Σ_r −log softmax(z_r)_{y_r} + (λ/2)·Σ_l ‖W_l‖²,
 * the mean softmax cross-entropy of the logits z_r (see {@link SoftmaxCrossEntropy}) plus L2 weight
 * decay λ on the weights (not on the biases). The gradient of all of J drives the step (see {@link
 * OptimizerSettings}); the losses this class reports ({@link #step} and {@link #evaluate}) are the
 * cross-entropy alone, so that they compare across weight-decay settings and between training and
 * evaluation. The gradient-check tests verify the gradient of the full J.
 *
 * <p>Threads: a learner and its network belong to one thread, the trainer's. Others read the
 * network only through copies ({@link Network#copy()}) that this thread makes.
 */
public final class Learner {
  /** Rows evaluated at once by {@link #evaluate}. */
  static final int EVALUATION_ROWS = 1024;

  private final Network network;
  private final BatchPass batch;
  private final Gradients gradients;
  private BatchPass evaluation;
  private int[] batchLabels = new int[0];
  private OptimizerSettings settings;
  private Optimizer optimizer;

  /**
   * A learner that trains {@code network} in place.
   *
   * @param network the network to train; from now on only this learner's thread may change it
   * @param settings the optimizer, its rates and the weight decay
   */
  public Learner(Network network, OptimizerSettings settings) {
    this.network = Objects.requireNonNull(network, "network");
    this.settings = Objects.requireNonNull(settings, "settings");
    batch = new BatchPass(network, 0, true);
    gradients = new Gradients(network.architecture());
    optimizer = Optimizer.create(network.architecture(), settings);
  }

  /**
   * The network being trained (live).
   *
   * @return the network
   */
  public Network network() {
    return network;
  }

  /**
   * The current settings.
   *
   * @return the settings in use
   */
  public OptimizerSettings settings() {
    return settings;
  }

  /**
   * Changes the settings from the next step on. Switching the optimizer kind starts the new
   * optimizer from zero state; keeping the kind keeps its state (SGD's velocity, Adam's moments and
   * step count) and changes only the rates and the weight decay.
   *
   * @param settings the new settings
   */
  public void setSettings(OptimizerSettings settings) {
    Objects.requireNonNull(settings, "settings");
    if (settings.kind() != this.settings.kind()) {
      optimizer = Optimizer.create(network.architecture(), settings);
    } else {
      optimizer.setSettings(settings);
    }
    this.settings = settings;
  }

  /**
   * One gradient step on the rows batchIndices[from], …, batchIndices[from + size − 1] of {@code
   * data}. Allocates nothing once a batch at least this large has been seen.
   *
   * @param data row-major points, {@code inputs} coordinates a row
   * @param labels class of each row of {@code data}, 0 … k−1
   * @param batchIndices row numbers
   * @param from first position in {@code batchIndices}
   * @param size number of rows in the batch, ≥ 1
   * @return the batch's mean cross-entropy before the step (without the weight-decay term)
   * @throws IllegalArgumentException if the range is empty or out of bounds, or a label is not a
   *     class
   */
  public double step(double[] data, int[] labels, int[] batchIndices, int from, int size) {
    double loss = computeGradients(data, labels, batchIndices, from, size);
    optimizer.update(network, gradients);
    return loss;
  }

  /**
   * Fills {@link #gradients()} with ∂J/∂W_l and ∂J/∂b_l of the batch without changing the network.
   *
   * @return the batch's mean cross-entropy
   */
  double computeGradients(double[] data, int[] labels, int[] batchIndices, int from, int size) {
    if (size < 1 || from < 0 || from > batchIndices.length - size) {
      throw new IllegalArgumentException(
          "batch [" + from + ", " + (from + size) + ") outside 0.." + batchIndices.length);
    }
    if (batchLabels.length < size) {
      batchLabels = new int[size];
    }
    int classes = network.architecture().classes();
    for (int r = 0; r < size; r++) {
      int label = labels[batchIndices[from + r]];
      if (label < 0 || label >= classes) {
        throw new IllegalArgumentException(badLabel(batchIndices[from + r], label));
      }
      batchLabels[r] = label;
    }
    batch.gather(data, batchIndices, from, size);
    batch.forward();
    // G = ∂J/∂Z_logits = (P − Y)/n
    double loss =
        SoftmaxCrossEntropy.lossAndGradient(batch.logits(), batchLabels, batch.logitsGradient());
    batch.backward(gradients);
    // ∂J/∂W_l += λ·W_l
    gradients.addWeightDecay(network, settings.weightDecay());
    return loss;
  }

  /** The gradients of the last {@link #computeGradients} or {@link #step}. */
  Gradients gradients() {
    return gradients;
  }

  /**
   * The mean cross-entropy (without the weight-decay term) and the accuracy of the network over the
   * first {@code count} rows, processed in chunks of {@value #EVALUATION_ROWS}.
   *
   * @param data row-major points, {@code inputs} coordinates a row
   * @param labels class of each row
   * @param count number of rows; for 0 the result is (NaN, NaN)
   * @return loss and accuracy
   */
  public Evaluation evaluate(double[] data, int[] labels, int count) {
    network.checkPoints(data, count);
    if (labels.length < count) {
      throw new IllegalArgumentException(count + " rows but " + labels.length + " labels");
    }
    int classes = network.architecture().classes();
    for (int r = 0; r < count; r++) {
      if (labels[r] < 0 || labels[r] >= classes) {
        throw new IllegalArgumentException(badLabel(r, labels[r]));
      }
    }
    if (evaluation == null) {
      evaluation = new BatchPass(network, EVALUATION_ROWS, false);
    }
    double loss = 0.0;
    int correct = 0;
    for (int first = 0; first < count; first += EVALUATION_ROWS) {
      int rows = Math.min(EVALUATION_ROWS, count - first);
      evaluation.load(data, first, rows);
      evaluation.forward();
      loss += SoftmaxCrossEntropy.sumLoss(evaluation.logits(), labels, first);
      double[] logits = evaluation.logits().data;
      for (int r = 0; r < rows; r++) {
        if (SoftmaxCrossEntropy.argmax(logits, r * classes, classes) == labels[first + r]) {
          correct++;
        }
      }
    }
    return new Evaluation(loss / count, (double) correct / count);
  }

  private String badLabel(int row, int label) {
    return "label "
        + label
        + " of row "
        + row
        + " is not a class of "
        + network.architecture().describe()
        + " (0.."
        + (network.architecture().classes() - 1)
        + ")";
  }
}
