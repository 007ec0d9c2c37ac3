package org.uncrumple.data;

import java.util.SplittableRandom;

/**
 * The generators' source of randomness: a {@link SplittableRandom} (whose SplitMix algorithm is
 * fixed by its specification) with Gaussian draws done here by Marsaglia's polar method in {@link
 * StrictMath}, so a seed gives bit-for-bit the same data on every machine and Java version.
 *
 * <p>Not thread-safe: one generator run owns one instance.
 */
final class Rng {
  private final SplittableRandom random;
  private double spareGaussian;
  private boolean hasSpareGaussian;

  /**
   * Creates a source seeded with the given value.
   *
   * @param seed the seed; the same seed gives the same sequence
   */
  Rng(long seed) {
    random = new SplittableRandom(seed);
  }

  /**
   * Draws uniformly from [0, 1).
   *
   * @return the next uniform number
   */
  double uniform() {
    return random.nextDouble();
  }

  /**
   * Draws uniformly from [low, high).
   *
   * @param low the smallest value
   * @param high the bound, above every value
   * @return the next uniform number in the range
   */
  double uniform(double low, double high) {
    return low + (high - low) * random.nextDouble();
  }

  /**
   * Draws from the standard normal distribution (Marsaglia and Bray's polar method, 1964).
   *
   * @return the next standard normal number
   */
  double gaussian() {
    if (hasSpareGaussian) {
      hasSpareGaussian = false;
      return spareGaussian;
    }
    double a;
    double b;
    double s;
    do {
      a = 2 * random.nextDouble() - 1;
      b = 2 * random.nextDouble() - 1;
      s = a * a + b * b;
    } while (s >= 1 || s == 0);
    double factor = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    spareGaussian = b * factor;
    hasSpareGaussian = true;
    return a * factor;
  }

  /**
   * Draws a direction uniformly from the unit sphere.
   *
   * @return a new array {x, y, z} of length 1
   */
  double[] direction() {
    while (true) {
      double x = gaussian();
      double y = gaussian();
      double z = gaussian();
      double length = StrictMath.sqrt(x * x + y * y + z * z);
      if (length > 1e-9) {
        return new double[] {x / length, y / length, z / length};
      }
    }
  }
}
