package org.uncrumple.view;

import java.util.SplittableRandom;

/**
 * A data set's points and labels in one fixed random order (seeded, so the same data always gives
 * the same order). Any prefix is then a fair sample of the whole, which is what the view draws
 * while it moves.
 */
public record ShuffledPoints(double[] points, int[] labels) {
  private static final long SEED = 0x5EEDL;

  /** The first {@code count} points (row-major, count × 3) and labels, shuffled. */
  public static ShuffledPoints of(double[] points, int[] labels, int count) {
    return of(points, 3, labels, count);
  }

  /**
   * The first {@code count} points (row-major, count × width) and labels, shuffled.
   *
   * @param width the number of coordinates of each point, 1 or more
   */
  public static ShuffledPoints of(double[] points, int width, int[] labels, int count) {
    int[] order = order(count, SEED);
    double[] shuffledPoints = new double[width * count];
    int[] shuffledLabels = new int[count];
    for (int i = 0; i < count; i++) {
      System.arraycopy(points, width * order[i], shuffledPoints, width * i, width);
      shuffledLabels[i] = labels[order[i]];
    }
    return new ShuffledPoints(shuffledPoints, shuffledLabels);
  }

  /** 0 … count − 1 in a random order fixed by {@code seed} (a Fisher–Yates shuffle). */
  static int[] order(int count, long seed) {
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }
}
