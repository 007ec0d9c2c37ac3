package org.uncrumple.geometry;

import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * How well one flat cut can tell the classes apart in some coordinates, for example the points
 * after each layer: the training accuracy of a linear classifier fitted to them. 1 means the
 * classes are linearly separable there (the network's remaining layers could be a single plane);
 * for two equal classes 0.5 means a flat cut does no better than guessing.
 *
 * <p>The classifier is multinomial logistic regression with a little L2, fitted by Newton's method
 * ({@link SoftmaxRegression}), on standardised coordinates: each coordinate shifted to mean 0 and
 * scaled to variance 1 over the points used (a constant coordinate is dropped to 0), so the answer
 * does not depend on the units or scale of any coordinate. Only the classes that occur are fitted;
 * a single class is trivially separable. Everything is deterministic: no random start, no
 * shuffling.
 *
 * <p>Cost: a few Newton steps, each O(n·(K − 1)²·(d + 1)²) for n points, K classes and d
 * coordinates, plus a Cholesky solve of size (K − 1)·(d + 1). {@code MeasureBench} in {@code
 * org.uncrumple.bench} prints the time per call; to bound it on large sets, pass {@code maxPoints}.
 * The methods keep no state and may be called from any thread.
 */
public final class Separability {
  private Separability() {}

  /**
   * The training accuracy of a linear classifier fitted to all the points.
   *
   * @param coords row-major count × dims coordinates
   * @param dims d ≥ 1, coordinates per point
   * @param count n ≥ 0, the number of points
   * @param labels the class of each point, in 0 … classes − 1
   * @param classes the number of classes, ≥ 1
   * @return the share of points classified correctly, in [0, 1]; NaN when count is 0
   * @throws IllegalArgumentException if the sizes disagree, a label is not a class or a coordinate
   *     is NaN or infinite
   */
  public static double accuracy(double[] coords, int dims, int count, int[] labels, int classes) {
    return accuracy(coords, dims, count, labels, classes, Math.max(1, count));
  }

  /**
   * Like {@link #accuracy(double[], int, int, int[], int)} on an evenly strided subsample of at
   * most {@code maxPoints} points: points ⌊i·count / m⌋ for i = 0 … m − 1, m = min(count,
   * maxPoints). Always the same points for the same arguments.
   *
   * @param maxPoints the most points to fit, ≥ 1
   */
  public static double accuracy(
      double[] coords, int dims, int count, int[] labels, int classes, int maxPoints) {
    Objects.requireNonNull(coords, "coords");
    Objects.requireNonNull(labels, "labels");
    if (dims < 1 || count < 0 || classes < 1 || maxPoints < 1) {
      throw new IllegalArgumentException(
          "need dims ≥ 1, count ≥ 0, classes ≥ 1 and maxPoints ≥ 1; got dims "
              + dims
              + ", count "
              + count
              + ", classes "
              + classes
              + ", maxPoints "
              + maxPoints);
    }
    if (coords.length < (long) count * dims || labels.length < count) {
      throw new IllegalArgumentException(
          count
              + " points of "
              + dims
              + " coordinates need "
              + (long) count * dims
              + " values and "
              + count
              + " labels; found "
              + coords.length
              + " and "
              + labels.length);
    }
    int n = Math.min(count, maxPoints);
    if (n == 0) {
      return Double.NaN;
    }
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = (int) ((long) i * count / n);
    }
    int[] y = compactLabels(labels, rows, classes);
    int present = 0;
    for (int label : y) {
      present = Math.max(present, label + 1);
    }
    if (present == 1) {
      return 1.0;
    }
    return SoftmaxRegression.fit(standardised(coords, dims, rows), y, present).accuracy();
  }

  /**
   * The labels of the chosen rows renumbered 0 … K − 1 over the classes that occur, keeping their
   * order.
   */
  private static int[] compactLabels(int[] labels, int[] rows, int classes) {
    int[] number = new int[classes];
    for (int row : rows) {
      int label = labels[row];
      if (label < 0 || label >= classes) {
        throw new IllegalArgumentException(
            "label " + label + " of point " + row + " is not a class 0 … " + (classes - 1));
      }
      number[label] = 1;
    }
    int next = 0;
    for (int c = 0; c < classes; c++) {
      number[c] = number[c] == 1 ? next++ : -1;
    }
    int[] y = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      y[i] = number[labels[rows[i]]];
    }
    return y;
  }

  /** X, n × (d + 1): each coordinate (x − mean) / standard deviation, then a column of ones. */
  static DMatrixRMaj standardised(double[] coords, int dims, int[] rows) {
    int n = rows.length;
    int q = dims + 1;
    DMatrixRMaj x = new DMatrixRMaj(n, q);
    for (int j = 0; j < dims; j++) {
      double mean = 0;
      for (int row : rows) {
        double value = coords[row * dims + j];
        if (!Double.isFinite(value)) {
          throw new IllegalArgumentException(
              "coordinate " + j + " of point " + row + " is " + value);
        }
        mean += value;
      }
      mean /= n;
      double variance = 0;
      for (int row : rows) {
        double deviation = coords[row * dims + j] - mean;
        variance += deviation * deviation;
      }
      double scale = variance > 0 ? 1 / Math.sqrt(variance / n) : 0;
      for (int i = 0; i < n; i++) {
        x.data[i * q + j] = (coords[rows[i] * dims + j] - mean) * scale;
      }
    }
    for (int i = 0; i < n; i++) {
      x.data[i * q + dims] = 1;
    }
    return x;
  }
}
