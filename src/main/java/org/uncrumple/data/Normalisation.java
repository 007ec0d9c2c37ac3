package org.uncrumple.data;

import java.util.Arrays;

/**
 * The shift and scale that took a data set's raw features to the values the network sees: {@code
 * normalised_j = (raw_j − centre_j) / scale_j}, and back {@code raw_j = normalised_j · scale_j +
 * centre_j}, for each feature j of a point.
 *
 * <p>Two kinds (see {@link Scaling}):
 *
 * <ul>
 *   <li>uniform ({@link #fitting}): the centre is the middle of the raw bounding box and the one
 *       scale, shared by every feature, is the largest absolute value after centring, so the shape
 *       is not distorted and at least one coordinate reaches ±1. Generated data (points and sheet
 *       meshes together) and 2- or 3-column CSV files get it;
 *   <li>per feature ({@link #standardising}): the centre is each feature's mean and its scale its
 *       standard deviation (of the population, divisor n), so every feature has mean 0 and standard
 *       deviation 1; a feature with a single value keeps the scale 1.
 * </ul>
 *
 * <p>The arrays are not copied: treat them as read-only.
 *
 * @param scaling which of the two kinds this is
 * @param centre the raw point that maps to the origin, one value per feature
 * @param scale the raw length that maps to 1, one value per feature, all finite and positive (all
 *     equal when uniform)
 */
public record Normalisation(Scaling scaling, double[] centre, double[] scale) {

  /**
   * Checks the arrays agree in length, every value is finite, every scale positive, and a uniform
   * scale is one value.
   */
  public Normalisation {
    if (scaling == null) {
      throw new IllegalArgumentException("scaling is missing");
    }
    if (centre == null || scale == null || centre.length == 0 || centre.length != scale.length) {
      throw new IllegalArgumentException("centre and scale must have one value per feature");
    }
    for (int j = 0; j < centre.length; j++) {
      if (!Double.isFinite(centre[j])) {
        throw new IllegalArgumentException("centre must be finite: " + Arrays.toString(centre));
      }
      if (!(scale[j] > 0) || !Double.isFinite(scale[j])) {
        throw new IllegalArgumentException("scale must be finite and positive: " + scale[j]);
      }
      if (scaling == Scaling.UNIFORM && scale[j] != scale[0]) {
        throw new IllegalArgumentException(
            "a uniform scale is one value: " + Arrays.toString(scale));
      }
    }
  }

  /**
   * A uniform normalisation.
   *
   * @param centre the raw point that maps to the origin
   * @param scale the raw length that maps to 1, finite and positive
   */
  public Normalisation(double[] centre, double scale) {
    this(Scaling.UNIFORM, centre, filled(centre == null ? 0 : centre.length, scale));
  }

  /**
   * Returns the normalisation of 3-D coordinates that changes nothing: centre at the origin, scale
   * 1.
   *
   * @return the identity normalisation
   */
  public static Normalisation identity() {
    return identity(3);
  }

  /**
   * Returns the uniform normalisation of {@code features} values that changes nothing.
   *
   * @param features at least 1
   * @return the identity normalisation
   */
  public static Normalisation identity(int features) {
    return new Normalisation(new double[features], 1);
  }

  /**
   * Finds the normalisation of one kind that fits row-major values: {@link #fitting(int,
   * double[]...)} for uniform, {@link #standardising} per feature.
   *
   * @param scaling the kind
   * @param features values per row, at least 1
   * @param values row-major, at least one row
   * @return the normalisation
   */
  public static Normalisation of(Scaling scaling, int features, double[] values) {
    return scaling == Scaling.UNIFORM ? fitting(features, values) : standardising(features, values);
  }

  /**
   * Finds the uniform normalisation of all the given row-major xyz arrays taken together: the
   * middle of their common bounding box and the largest absolute coordinate about it (1 when every
   * point is the same).
   *
   * @param arrays row-major xyz coordinates; at least one array with at least one point
   * @return the normalisation that takes all of them into [-1, 1]³
   */
  static Normalisation fitting(double[]... arrays) {
    return fitting(3, arrays);
  }

  /**
   * Finds the uniform normalisation of row-major arrays of {@code features} values a row, taken
   * together, as {@link #fitting(double[]...)} does for three.
   *
   * @param features values per row, at least 1
   * @param arrays row-major values; at least one row in all
   * @return the normalisation that takes all of them into [-1, 1] on every axis
   */
  static Normalisation fitting(int features, double[]... arrays) {
    double[] min = filled(features, Double.POSITIVE_INFINITY);
    double[] max = filled(features, Double.NEGATIVE_INFINITY);
    for (double[] values : arrays) {
      for (int i = 0; i < values.length; i++) {
        int axis = i % features;
        min[axis] = Math.min(min[axis], values[i]);
        max[axis] = Math.max(max[axis], values[i]);
      }
    }
    if (min[0] > max[0]) {
      throw new IllegalArgumentException("no points to normalise");
    }
    double[] centre = new double[features];
    double scale = 0;
    for (int axis = 0; axis < features; axis++) {
      // Halves first so that huge coordinates of opposite signs cannot overflow.
      centre[axis] = min[axis] / 2 + max[axis] / 2;
      scale = Math.max(scale, Math.max(max[axis] - centre[axis], centre[axis] - min[axis]));
    }
    return new Normalisation(centre, scale > 0 ? scale : 1);
  }

  /**
   * Finds the per-feature standardisation of row-major values: μ_j = (1/n)·Σ_i x_ij and σ_j =
   * √((1/n)·Σ_i (x_ij − μ_j)²), in separate passes for accuracy; σ_j = 1 when it is 0 (a constant
   * feature) or so small that its inverse overflows.
   *
   * @param features values per row, at least 1
   * @param values row-major, at least one row
   * @return the normalisation giving every feature mean 0 and standard deviation 1
   */
  static Normalisation standardising(int features, double[] values) {
    int rows = values.length / features;
    if (rows == 0) {
      throw new IllegalArgumentException("no points to normalise");
    }
    double[] mean = new double[features];
    for (int i = 0; i < rows * features; i++) {
      // Divided first so that huge values cannot overflow the sum.
      mean[i % features] += values[i] / rows;
    }
    // σ_j = m_j·√((1/n)·Σ_i ((x_ij − μ_j)/m_j)²), m_j = max_i |x_ij − μ_j|, so squares cannot
    // overflow
    double[] largest = new double[features];
    for (int i = 0; i < rows * features; i++) {
      int j = i % features;
      largest[j] = Math.max(largest[j], Math.abs(values[i] - mean[j]));
    }
    double[] spread = new double[features];
    for (int i = 0; i < rows * features; i++) {
      int j = i % features;
      if (largest[j] > 0) {
        double d = (values[i] - mean[j]) / largest[j];
        spread[j] += d * d / rows;
      }
    }
    for (int j = 0; j < features; j++) {
      double sd = largest[j] * Math.sqrt(spread[j]);
      spread[j] = sd > 0 && Double.isFinite(sd) && Double.isFinite(1 / sd) ? sd : 1;
    }
    return new Normalisation(Scaling.PER_FEATURE, mean, spread);
  }

  /**
   * Returns the number of features.
   *
   * @return the length of {@link #centre()}
   */
  public int dimensions() {
    return centre.length;
  }

  /**
   * Maps raw row-major values to normalised ones, in place.
   *
   * @param values row-major, {@link #dimensions()} a row, overwritten
   */
  void normaliseInPlace(double[] values) {
    int d = centre.length;
    for (int i = 0; i < values.length; i++) {
      int axis = i % d;
      values[i] = (values[i] - centre[axis]) / scale[axis];
    }
  }

  /**
   * Maps normalised row-major values back to the raw ones, for example to show a point in the units
   * of the file it came from.
   *
   * @param normalised row-major, {@link #dimensions()} a row
   * @return a new array of raw values
   */
  public double[] toRaw(double[] normalised) {
    int d = centre.length;
    double[] raw = new double[normalised.length];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = normalised[i] * scale[i % d] + centre[i % d];
    }
    return raw;
  }

  /**
   * Maps raw row-major values to normalised ones.
   *
   * @param raw row-major, {@link #dimensions()} a row, in the data's own units
   * @return a new array of normalised values
   */
  public double[] toNormalised(double[] raw) {
    double[] normalised = raw.clone();
    normaliseInPlace(normalised);
    return normalised;
  }

  private static double[] filled(int length, double value) {
    double[] values = new double[length];
    Arrays.fill(values, value);
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Normalisation that
        && scaling == that.scaling
        && Arrays.equals(centre, that.centre)
        && Arrays.equals(scale, that.scale);
  }

  @Override
  public int hashCode() {
    return (31 * scaling.hashCode() + Arrays.hashCode(centre)) * 31 + Arrays.hashCode(scale);
  }

  @Override
  public String toString() {
    return "Normalisation["
        + scaling.id()
        + ", centre="
        + Arrays.toString(centre)
        + ", scale="
        + Arrays.toString(scale)
        + "]";
  }
}
