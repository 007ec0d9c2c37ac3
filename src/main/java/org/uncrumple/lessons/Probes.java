package org.uncrumple.lessons;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.uncrumple.data.Dataset;
import org.uncrumple.nn.Network;

/**
 * Probe points off the data manifold: seeded uniform points of the cube [−{@value #BOUND}, {@value
 * #BOUND}]³ kept only where no data point lies closer than δ, with the network's answer there.
 *
 * <p>The network was trained on the sheets alone, yet it assigns every point of space a class, and
 * often a confident one: nothing in its training ever asked it to say "this is neither". This is
 * the "local generalisation" of Chollet's essay made visible: the map from inputs to classes is
 * only anchored where the data were.
 *
 * <p>Distances to the data are checked with a {@link PointGrid}, so 10,000 probes against 100,000
 * data points take well under a second.
 */
public final class Probes {
  /** Half the side of the sampled cube: a little beyond the data's [−1, 1]³. */
  public static final double BOUND = 1.2;

  /** Candidates drawn per probe wanted, at most, before giving up on δ. */
  static final int ATTEMPTS_PER_PROBE = 50;

  /** Probes at least this far from every data point count as "far" in the {@link Summary}. */
  public static final double FAR = 0.25;

  /** Distances to the data are measured up to this far; farther ones are reported as this. */
  public static final double DISTANCE_LIMIT = FAR;

  /** Grid cells this wide keep the distance search to at most 9³ cells a probe. */
  private static final double CELL = DISTANCE_LIMIT / 4;

  private Probes() {}

  /**
   * The probes and the network's answers.
   *
   * @param points row-major, count × 3
   * @param count number of probes found (fewer than asked for only if δ left too little room)
   * @param predicted the network's class of each probe, as {@link Network#predict}
   * @param confidence the largest class probability of each probe, from ½ (two classes) to 1
   * @param dataDistance each probe's distance to the nearest data point, at least δ; distances
   *     beyond {@link #DISTANCE_LIMIT} are given as that limit
   * @param delta δ, the smallest distance allowed to the data
   */
  public record Result(
      double[] points,
      int count,
      int[] predicted,
      double[] confidence,
      double[] dataDistance,
      double delta) {

    /** Sums up the answers for a caption. */
    public Summary summary() {
      double sum = 0;
      double farSum = 0;
      int far = 0;
      int sure = 0;
      for (int i = 0; i < count; i++) {
        sum += confidence[i];
        if (confidence[i] >= 0.9) {
          sure++;
        }
        if (dataDistance[i] >= FAR) {
          farSum += confidence[i];
          far++;
        }
      }
      return new Summary(
          count,
          count == 0 ? Double.NaN : sum / count,
          count == 0 ? Double.NaN : (double) sure / count,
          far,
          far == 0 ? Double.NaN : farSum / far);
    }
  }

  /**
   * Figures for a caption.
   *
   * @param count probes
   * @param meanConfidence mean largest probability over all probes
   * @param shareSure share of probes whose largest probability is at least 0.9
   * @param farCount probes at least {@link #FAR} from every data point
   * @param farMeanConfidence mean largest probability over those
   */
  public record Summary(
      int count, double meanConfidence, double shareSure, int farCount, double farMeanConfidence) {}

  /**
   * Samples probes and asks the network about them.
   *
   * @param network read only
   * @param data the training points (the probes keep away from them)
   * @param wanted number of probes, at least 0
   * @param delta the smallest distance from a probe to any data point, at least 0
   * @param seed the same seed, data and δ give the same probes
   * @return the probes found and the answers
   */
  public static Result sample(Network network, Dataset data, int wanted, double delta, long seed) {
    Objects.requireNonNull(network, "network");
    if (wanted < 0 || !(delta >= 0)) {
      throw new IllegalArgumentException("probes " + wanted + ", delta " + delta);
    }
    if (network.architecture().inputs() != 3) {
      throw new IllegalArgumentException(
          "probes are 3D; the network takes " + network.architecture().inputs() + " coordinates");
    }
    PointGrid grid = data.size() > 0 ? new PointGrid(data.points(), data.size(), CELL) : null;
    SplittableRandom random = new SplittableRandom(seed);
    double[] points = new double[3 * wanted];
    double[] distance = new double[wanted];
    int found = 0;
    long attempts = (long) ATTEMPTS_PER_PROBE * wanted;
    for (long a = 0; a < attempts && found < wanted; a++) {
      double x = random.nextDouble(-BOUND, BOUND);
      double y = random.nextDouble(-BOUND, BOUND);
      double z = random.nextDouble(-BOUND, BOUND);
      if (grid != null && grid.anyCloserThan(x, y, z, delta)) {
        continue;
      }
      points[3 * found] = x;
      points[3 * found + 1] = y;
      points[3 * found + 2] = z;
      distance[found] =
          grid == null ? DISTANCE_LIMIT : grid.nearestDistance(x, y, z, -1, DISTANCE_LIMIT);
      found++;
    }
    points = Arrays.copyOf(points, 3 * found);
    distance = Arrays.copyOf(distance, found);
    int[] predicted = network.predict(points, found);
    double[] probabilities = network.probabilities(points, found);
    int classes = network.architecture().classes();
    double[] confidence = new double[found];
    for (int i = 0; i < found; i++) {
      double best = 0;
      for (int c = 0; c < classes; c++) {
        best = Math.max(best, probabilities[i * classes + c]);
      }
      confidence[i] = best;
    }
    return new Result(points, found, predicted, confidence, distance, delta);
  }

  /**
   * A paragraph for learners about what the probes show, with the figures filled in.
   *
   * @param summary the probes' figures
   * @return the caption
   */
  public static String caption(Summary summary) {
    return String.format(
        "These %,d grey points lie off the sheets, where the network never saw an example. It"
            + " still puts every one of them in a class, because a classifier has no answer for"
            + " \"neither\": its boundary runs through all of space, not only between the sheets."
            + " On average it gives the winning class %.1f %% probability, and %.1f %% of the"
            + " probes get 90 %% or more; even the %,d probes at least %.2f away from any data"
            + " point average %.1f %%. That confidence is not knowledge: nothing taught the network"
            + " about these places. Its answer there is only the boundary it drew between the"
            + " sheets, carried on outwards, and a point from a third kind of paper would get the"
            + " same confident answer.",
        summary.count(),
        100 * summary.meanConfidence(),
        100 * summary.shareSure(),
        summary.farCount(),
        FAR,
        100 * summary.farMeanConfidence());
  }
}
