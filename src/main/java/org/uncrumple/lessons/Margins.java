package org.uncrumple.lessons;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.uncrumple.data.Dataset;
import org.uncrumple.nn.Network;

/**
 * How far points lie from the network's decision surface, by a linear estimate, and how near the
 * held-out points lie to training points of their own class and of the others: for the lessons on
 * test points, dense sampling, probes and nudges.
 *
 * <p>Symbols: x a point, z(x) the logits, a the class with the largest logit at x and b the
 * runner-up, g = ∇ₓ(z_a − z_b) (see {@link Network#inputGradient}). The <em>linearised margin</em>
 * of x is (z_a − z_b) / ‖g‖: the distance from x to where a and b would tie if the logit gap
 * changed linearly around x. It is a first-order estimate of the distance to the decision surface,
 * not the exact distance (the surface bends), used for margins of deep networks by Elsayed et al.,
 * "Large margin deep networks for classification", NeurIPS 2018, and by Hein and Andriushchenko,
 * "Formal guarantees on the robustness of a classifier against adversarial manipulation", NeurIPS
 * 2017. Distances are in the data's normalised coordinates, where the data fill [−1, 1]³.
 *
 * <p>The methods keep no state and only read the network: call them on a worker with a snapshot's
 * copy.
 */
public final class Margins {
  /** Points are measured on a fixed seeded sample of at most this many of each kind. */
  public static final int SAMPLE = 2000;

  private static final long SEED = 0x6d617267L;

  private Margins() {}

  /**
   * Figures for a caption: the median linearised margin of training and of test points, and how
   * near the test points lie to the training points of their own class and of the others.
   *
   * @param trainingMargin median linearised margin of the training points measured
   * @param testMargin median linearised margin of the test points measured
   * @param trainingPoints training points measured
   * @param testPoints test points measured
   * @param testErrors how many of those test points the network gets wrong
   * @param ownNearest median distance from a test point to the nearest training point of its own
   *     class
   * @param otherNearest median distance from a test point to the nearest training point of any
   *     other class
   * @param errorsNearerOther how many misclassified test points lie nearer to a training point of
   *     another class than to any of their own
   */
  public record Summary(
      double trainingMargin,
      double testMargin,
      int trainingPoints,
      int testPoints,
      int testErrors,
      double ownNearest,
      double otherNearest,
      int errorsNearerOther) {}

  /**
   * Measures a trained network on a data set's training and test points.
   *
   * @param network read only
   * @param data a data set with test points
   * @return the figures; test figures are NaN when the data set holds nothing out
   */
  public static Summary measure(Network network, Dataset data) {
    Objects.requireNonNull(network, "network");
    double[] training = sample(data.points(), data.size());
    double[] test = sample(data.testPoints(), data.testSize());
    int[] testLabels = sampleLabels(data.testLabels(), data.testSize());
    int testCount = testLabels.length;
    int[] predicted = network.predict(test, testCount);
    PointGrid[] grids = classGrids(data);
    double[] own = new double[testCount];
    double[] other = new double[testCount];
    int errors = 0;
    int errorsNearerOther = 0;
    for (int i = 0; i < testCount; i++) {
      own[i] = Double.POSITIVE_INFINITY;
      other[i] = Double.POSITIVE_INFINITY;
      for (int c = 0; c < grids.length; c++) {
        if (grids[c] == null) {
          continue;
        }
        double distance =
            grids[c].nearestDistance(test[3 * i], test[3 * i + 1], test[3 * i + 2], -1);
        if (c == testLabels[i]) {
          own[i] = distance;
        } else {
          other[i] = Math.min(other[i], distance);
        }
      }
      if (predicted[i] != testLabels[i]) {
        errors++;
        errorsNearerOther += other[i] < own[i] ? 1 : 0;
      }
    }
    return new Summary(
        median(linearised(network, training, training.length / 3)),
        median(linearised(network, test, testCount)),
        training.length / 3,
        testCount,
        errors,
        median(own),
        median(other),
        errorsNearerOther);
  }

  /** One grid of each class's training points; null for a class without any. */
  private static PointGrid[] classGrids(Dataset data) {
    int[] counts = data.classCounts();
    PointGrid[] grids = new PointGrid[data.classCount()];
    for (int c = 0; c < grids.length; c++) {
      if (counts[c] == 0) {
        continue;
      }
      double[] points = new double[3 * counts[c]];
      int at = 0;
      for (int i = 0; i < data.size(); i++) {
        if (data.labels()[i] == c) {
          System.arraycopy(data.points(), 3 * i, points, 3 * at++, 3);
        }
      }
      grids[c] = new PointGrid(points, counts[c]);
    }
    return grids;
  }

  /**
   * The linearised margin (z_a − z_b) / ‖∇ₓ(z_a − z_b)‖ of each point (see the class comment); 0
   * where two logits tie, infinite where the gap does not change at all near the point.
   *
   * @param network read only; at least two classes
   * @param points row-major, count × inputs
   * @param count number of points
   * @return one non-negative margin per point
   */
  public static double[] linearised(Network network, double[] points, int count) {
    int inputs = network.architecture().inputs();
    int classes = network.architecture().classes();
    if (classes < 2) {
      throw new IllegalArgumentException("a margin needs at least two classes");
    }
    double[] logits = network.logits(points, count);
    double[] margins = new double[count];
    for (int i = 0; i < count; i++) {
      int a = 0;
      for (int c = 1; c < classes; c++) {
        a = logits[i * classes + c] > logits[i * classes + a] ? c : a;
      }
      int b = a == 0 ? 1 : 0;
      for (int c = 0; c < classes; c++) {
        b = c != a && logits[i * classes + c] > logits[i * classes + b] ? c : b;
      }
      double gap = logits[i * classes + a] - logits[i * classes + b];
      // g = ∇ₓ(z_a − z_b); margin = (z_a − z_b) / ‖g‖
      double[] g =
          network.inputGradient(Arrays.copyOfRange(points, i * inputs, (i + 1) * inputs), b, a);
      double norm = 0;
      for (double value : g) {
        norm += value * value;
      }
      margins[i] = gap == 0 ? 0 : gap / Math.sqrt(norm);
    }
    return margins;
  }

  /**
   * The median of some values: the middle one, or the mean of the two middle ones.
   *
   * @param values any number of values; not changed
   * @return the median; NaN for no values
   */
  public static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
  }

  /** At most {@link #SAMPLE} points, a fixed seeded choice when there are more. */
  private static double[] sample(double[] points, int count) {
    int[] chosen = chosen(count);
    double[] sample = new double[3 * chosen.length];
    for (int i = 0; i < chosen.length; i++) {
      System.arraycopy(points, 3 * chosen[i], sample, 3 * i, 3);
    }
    return sample;
  }

  private static int[] sampleLabels(int[] labels, int count) {
    int[] chosen = chosen(count);
    int[] sample = new int[chosen.length];
    for (int i = 0; i < chosen.length; i++) {
      sample[i] = labels[chosen[i]];
    }
    return sample;
  }

  private static int[] chosen(int count) {
    if (count <= SAMPLE) {
      int[] all = new int[count];
      Arrays.setAll(all, i -> i);
      return all;
    }
    int[] chosen = NeighbourDistance.sample(count, SAMPLE, new SplittableRandom(SEED));
    Arrays.sort(chosen);
    return chosen;
  }
}
