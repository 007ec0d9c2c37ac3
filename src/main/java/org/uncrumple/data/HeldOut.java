package org.uncrumple.data;

import java.util.Arrays;

/**
 * Which points are held out of training so the network can be tested on points it never saw.
 *
 * <p>The test share s (0 to {@value #MAX_SHARE}) is the part of all points, training and test
 * together, that is held out. A CSV file's rows are split: in each class of n rows, the k =
 * min(round(s·n), n − 1) rows with the smallest seeded random keys are test rows (so every class
 * keeps a training row, and the split is stratified: each class gives up the same share). A row's
 * key depends only on the seed and the row's number, never on s, so raising s keeps every earlier
 * test row and adds more, and lowering it keeps a subset. A generator keeps its {@code points}
 * training points per class exactly as without a test share and draws {@link #testCount} more per
 * class from the same surfaces, with random numbers of their own (one stream per class), so here
 * too a larger share keeps the earlier test points and adds to them.
 *
 * <p>Keys are SplitMix64 outputs (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014), the same on every machine. The methods keep no state.
 */
public final class HeldOut {
  /** The largest test share allowed: at least a tenth of the points always train. */
  public static final double MAX_SHARE = 0.9;

  /** The test share of a scene that does not say otherwise, for every kind of data set. */
  public static final double DEFAULT_SHARE = 0.2;

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
  private static final long TEST_STREAM = 0x7e57_5e7L;

  private HeldOut() {}

  /**
   * Tells whether a test share is allowed.
   *
   * @param share the share to check
   * @return true for a number from 0 to {@link #MAX_SHARE}
   */
  public static boolean allowed(double share) {
    return share >= 0 && share <= MAX_SHARE;
  }

  /**
   * How many test points a generator draws per class besides its training points, so that test
   * points make up the share s of all points: round(n·s / (1 − s)).
   *
   * @param trainingPoints n, the training points per class
   * @param share s, from 0 to {@link #MAX_SHARE}
   * @return the test points per class
   * @throws IllegalArgumentException if the share is not allowed
   */
  public static long testCount(long trainingPoints, double share) {
    requireAllowed(share);
    return Math.round(trainingPoints * share / (1 - share));
  }

  /**
   * Splits a data set's points into training and test points by a seeded, stratified draw (see the
   * class comment). Points keep their order within each part.
   *
   * @param all a data set whose points are all to be split; its own test points are dropped
   * @param share s, from 0 to {@link #MAX_SHARE}
   * @param seed chooses the split; the same seed gives the same split
   * @return the data set with the chosen points held out
   * @throws IllegalArgumentException if the share is not allowed
   */
  public static Dataset split(Dataset all, double share, long seed) {
    requireAllowed(share);
    return partition(all, chooseTest(all.labels(), all.classCount(), share, seed));
  }

  /**
   * Holds out the points a CSV file's split column marks test (see {@link CsvSplitColumn}).
   *
   * @param all the data set read from the file, every row a point
   * @param test one flag per row: true where the column says test
   * @return the data set with the marked rows held out
   * @throws DataException if the flags do not match the rows, or no row is left to train on
   */
  public static Dataset marked(Dataset all, boolean[] test) throws DataException {
    if (test.length != all.size()) {
      throw new DataException(
          all.name()
              + ": the split column marks "
              + test.length
              + " rows, the file has "
              + all.size());
    }
    boolean anyTraining = false;
    for (boolean t : test) {
      anyTraining |= !t;
    }
    if (!anyTraining) {
      throw new DataException(
          all.name() + ": every row is marked test; at least one must be marked train");
    }
    return partition(all, test);
  }

  /**
   * Moves the marked points of a data set into its test points. Points keep their order.
   *
   * @param all the data set; its own test points are dropped
   * @param test one flag per point: true to hold it out
   * @return the data set with the marked points held out
   */
  static Dataset partition(Dataset all, boolean[] test) {
    int testSize = 0;
    for (boolean t : test) {
      testSize += t ? 1 : 0;
    }
    int trainSize = all.size() - testSize;
    int d = all.dimensions();
    double[] trainPoints = new double[d * trainSize];
    int[] trainLabels = new int[trainSize];
    double[] testPoints = new double[d * testSize];
    int[] testLabels = new int[testSize];
    int trained = 0;
    int tested = 0;
    for (int i = 0; i < all.size(); i++) {
      if (test[i]) {
        System.arraycopy(all.points(), d * i, testPoints, d * tested, d);
        testLabels[tested++] = all.labels()[i];
      } else {
        System.arraycopy(all.points(), d * i, trainPoints, d * trained, d);
        trainLabels[trained++] = all.labels()[i];
      }
    }
    return new Dataset(
        all.name(),
        trainPoints,
        trainLabels,
        all.classNames(),
        all.sheets(),
        all.normalisation(),
        all.featureNames(),
        all.notes(),
        testPoints,
        testLabels);
  }

  /**
   * Marks the test points: in each class, the k with the smallest keys (ties broken by position).
   *
   * @param labels each point's class
   * @param classes the number of classes
   * @param share s
   * @param seed the seed of the keys
   * @return one flag per point, true for a test point
   */
  static boolean[] chooseTest(int[] labels, int classes, double share, long seed) {
    int[] counts = new int[classes];
    for (int label : labels) {
      counts[label]++;
    }
    boolean[] test = new boolean[labels.length];
    for (int c = 0; c < classes; c++) {
      int n = counts[c];
      int k = (int) Math.min(Math.round(share * n), Math.max(n - 1, 0));
      if (k == 0) {
        continue;
      }
      long[] keys = new long[n];
      int at = 0;
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] == c) {
          keys[at++] = key(seed, i);
        }
      }
      long[] sorted = keys.clone();
      Arrays.sort(sorted);
      long threshold = sorted[k - 1];
      int below = 0;
      for (long key : keys) {
        below += key < threshold ? 1 : 0;
      }
      int tiesWanted = k - below;
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] != c) {
          continue;
        }
        long key = key(seed, i);
        if (key < threshold || (key == threshold && tiesWanted-- > 0)) {
          test[i] = true;
        }
      }
    }
    return test;
  }

  /**
   * The random key of point {@code index}: the SplitMix64 output for that position of the stream
   * {@code seed}, independent of the share and of every other point.
   */
  static long key(long seed, long index) {
    return mix(seed * GOLDEN_GAMMA + (index + 1) * GOLDEN_GAMMA);
  }

  /**
   * The source of one class's generated test points: a stream of its own, apart from the training
   * points' and from every other class's.
   *
   * @param seed the data set's seed
   * @param label the class
   * @return a fresh source
   */
  static Rng testRng(long seed, int label) {
    return new Rng(mix(mix(seed ^ TEST_STREAM) + label * GOLDEN_GAMMA));
  }

  /** SplitMix64's output function (Stafford's variant 13). */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static void requireAllowed(double share) {
    if (!allowed(share)) {
      throw new IllegalArgumentException(
          "the test share must be a number from 0 to " + MAX_SHARE + ", not " + share);
    }
  }
}
