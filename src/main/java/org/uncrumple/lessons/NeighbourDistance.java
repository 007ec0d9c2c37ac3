package org.uncrumple.lessons;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.uncrumple.data.Dataset;

/**
 * How far apart neighbouring data points typically are: the median, over a seeded sample of points,
 * of each sampled point's distance to its nearest other data point. The yardstick a nudge is
 * measured against: a move shorter than this stays "between" the data, closer to the start than to
 * any other example.
 */
public final class NeighbourDistance {
  /** The seed of the sample, so the figure is the same on every run. */
  static final long SEED = 0x6e65696768L;

  private NeighbourDistance() {}

  /**
   * The median nearest-neighbour distance over {@code sample} points of {@code data} (all of them
   * if it has fewer), in the data's normalised coordinates.
   *
   * @param data at least two points
   * @param sample how many points to measure from, at least 1
   * @return the median distance
   */
  public static double median(Dataset data, int sample) {
    return data.dimensions() == 3
        ? median(data.points(), data.size(), sample, SEED)
        : median(data.points(), data.dimensions(), data.size(), sample, SEED);
  }

  /**
   * The median nearest-neighbour distance over a sample of points of any width, each sampled point
   * compared with every other (no grid: in many dimensions a grid does not help).
   *
   * @param points row-major, count × width
   * @param width coordinates per point, at least 1
   * @param count at least 2
   * @param sample how many points to measure from, at least 1
   * @param seed chooses the sample
   * @return the median distance
   */
  public static double median(double[] points, int width, int count, int sample, long seed) {
    if (count < 2) {
      throw new IllegalArgumentException("a nearest neighbour needs at least 2 points");
    }
    if (sample < 1) {
      throw new IllegalArgumentException("the sample needs at least 1 point, was " + sample);
    }
    int[] chosen = sample(count, Math.min(sample, count), new SplittableRandom(seed));
    double[] distances = new double[chosen.length];
    for (int s = 0; s < chosen.length; s++) {
      int i = chosen[s];
      double best = Double.POSITIVE_INFINITY;
      for (int j = 0; j < count; j++) {
        if (j == i) {
          continue;
        }
        // ‖x_i − x_j‖², stopped early once it passes the best so far
        double sum = 0;
        for (int k = 0; k < width && sum < best; k++) {
          double d = points[width * i + k] - points[width * j + k];
          sum += d * d;
        }
        best = Math.min(best, sum);
      }
      distances[s] = Math.sqrt(best);
    }
    Arrays.sort(distances);
    int n = distances.length;
    return n % 2 == 1 ? distances[n / 2] : 0.5 * (distances[n / 2 - 1] + distances[n / 2]);
  }

  /**
   * The median nearest-neighbour distance over a sample of {@code points}.
   *
   * @param points row-major, count × 3
   * @param count at least 2
   * @param sample how many points to measure from, at least 1
   * @param seed chooses the sample
   * @return the median distance
   */
  public static double median(double[] points, int count, int sample, long seed) {
    if (count < 2) {
      throw new IllegalArgumentException("a nearest neighbour needs at least 2 points");
    }
    if (sample < 1) {
      throw new IllegalArgumentException("the sample needs at least 1 point, was " + sample);
    }
    PointGrid grid = new PointGrid(points, count);
    int[] chosen = sample(count, Math.min(sample, count), new SplittableRandom(seed));
    double[] distances = new double[chosen.length];
    for (int s = 0; s < chosen.length; s++) {
      int i = chosen[s];
      distances[s] = grid.nearestDistance(points[3 * i], points[3 * i + 1], points[3 * i + 2], i);
    }
    Arrays.sort(distances);
    int n = distances.length;
    return n % 2 == 1 ? distances[n / 2] : 0.5 * (distances[n / 2 - 1] + distances[n / 2]);
  }

  /** {@code size} distinct indices below {@code count}: a partial Fisher–Yates shuffle. */
  static int[] sample(int count, int size, SplittableRandom random) {
    int[] all = new int[count];
    for (int i = 0; i < count; i++) {
      all[i] = i;
    }
    for (int i = 0; i < size; i++) {
      int j = i + random.nextInt(count - i);
      int swap = all[i];
      all[i] = all[j];
      all[j] = swap;
    }
    return Arrays.copyOf(all, size);
  }
}
