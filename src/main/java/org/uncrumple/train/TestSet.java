package org.uncrumple.train;

import java.util.SplittableRandom;
import org.uncrumple.data.Dataset;
import org.uncrumple.nn.Evaluation;

/**
 * The held-out points a network is measured on: all of a data set's test points, or a fixed seeded
 * sample of {@value #MAX_POINTS} of them when there are more, as for the training figures.
 *
 * <p>Immutable; {@link #measure} may run on any thread.
 */
final class TestSet {
  /** Test figures are measured on at most this many points. */
  static final int MAX_POINTS = TrainingSession.EVALUATION_POINTS;

  private static final long SAMPLE_SEED = 0x7e57L;

  private final double[] points;
  private final int[] labels;

  private TestSet(double[] points, int[] labels) {
    this.points = points;
    this.labels = labels;
  }

  /** The test points of a data set, sampled down to {@value #MAX_POINTS}. */
  static TestSet of(Dataset data) {
    int size = data.testSize();
    if (size <= MAX_POINTS) {
      return new TestSet(data.testPoints(), data.testLabels());
    }
    double[] points = new double[3 * MAX_POINTS];
    int[] labels = new int[MAX_POINTS];
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(SAMPLE_SEED);
    for (int i = 0; i < MAX_POINTS; i++) {
      int j = i + random.nextInt(size - i);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
      System.arraycopy(data.testPoints(), 3 * order[i], points, 3 * i, 3);
      labels[i] = data.testLabels()[order[i]];
    }
    return new TestSet(points, labels);
  }

  boolean isEmpty() {
    return labels.length == 0;
  }

  int size() {
    return labels.length;
  }

  /** The figures of a snapshot's weights on these points. */
  TestFigures measure(Snapshot snapshot) {
    Evaluation evaluation = snapshot.evaluate(points, labels, labels.length);
    return new TestFigures(
        snapshot.step(), evaluation.loss(), evaluation.accuracy(), labels.length);
  }
}
