package org.uncrumple.data;

import java.util.Arrays;

/**
 * The uniform shift and scale that took a data set's raw coordinates into the cube [-1, 1]³: {@code
 * normalised = (raw − centre) / scale}, and back {@code raw = normalised · scale + centre}.
 *
 * <p>The centre is the middle of the raw bounding box and the scale the largest absolute coordinate
 * after centring, so the shape is not distorted (one scale for all three axes) and at least one
 * coordinate reaches ±1. Points and sheet meshes of a data set share one normalisation.
 *
 * <p>The {@code centre} array (length 3) is not copied: treat it as read-only.
 *
 * @param centre the raw point that maps to the origin, {x, y, z}
 * @param scale the raw length that maps to 1; finite and positive
 */
public record Normalisation(double[] centre, double scale) {

  /** Checks the centre has three finite coordinates and the scale is finite and positive. */
  public Normalisation {
    if (centre == null || centre.length != 3) {
      throw new IllegalArgumentException("centre must have 3 coordinates");
    }
    for (double c : centre) {
      if (!Double.isFinite(c)) {
        throw new IllegalArgumentException("centre must be finite: " + Arrays.toString(centre));
      }
    }
    if (!(scale > 0) || !Double.isFinite(scale)) {
      throw new IllegalArgumentException("scale must be finite and positive: " + scale);
    }
  }

  /**
   * Returns the normalisation that changes nothing: centre at the origin, scale 1.
   *
   * @return the identity normalisation
   */
  public static Normalisation identity() {
    return new Normalisation(new double[3], 1);
  }

  /**
   * Finds the normalisation of all the given row-major xyz arrays taken together: the middle of
   * their common bounding box and the largest absolute coordinate about it (1 when every point is
   * the same).
   *
   * @param arrays row-major xyz coordinates; at least one array with at least one point
   * @return the normalisation that takes all of them into [-1, 1]³
   */
  static Normalisation fitting(double[]... arrays) {
    double[] min = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
    double[] max = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (double[] xyz : arrays) {
      for (int i = 0; i < xyz.length; i++) {
        int axis = i % 3;
        min[axis] = Math.min(min[axis], xyz[i]);
        max[axis] = Math.max(max[axis], xyz[i]);
      }
    }
    if (min[0] > max[0]) {
      throw new IllegalArgumentException("no points to normalise");
    }
    double[] centre = new double[3];
    double scale = 0;
    for (int axis = 0; axis < 3; axis++) {
      // Halves first so that huge coordinates of opposite signs cannot overflow.
      centre[axis] = min[axis] / 2 + max[axis] / 2;
      scale = Math.max(scale, Math.max(max[axis] - centre[axis], centre[axis] - min[axis]));
    }
    return new Normalisation(centre, scale > 0 ? scale : 1);
  }

  /**
   * Maps raw row-major xyz coordinates to normalised ones, in place.
   *
   * @param xyz row-major xyz coordinates, overwritten
   */
  void normaliseInPlace(double[] xyz) {
    for (int i = 0; i < xyz.length; i++) {
      int axis = i % 3;
      xyz[i] = (xyz[i] - centre[axis]) / scale;
    }
  }

  /**
   * Maps normalised row-major xyz coordinates back to the raw ones, for example to show a point in
   * the units of the file it came from.
   *
   * @param normalised row-major xyz coordinates in [-1, 1]³
   * @return a new array of raw coordinates
   */
  public double[] toRaw(double[] normalised) {
    double[] raw = new double[normalised.length];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = normalised[i] * scale + centre[i % 3];
    }
    return raw;
  }

  /**
   * Maps raw row-major xyz coordinates to normalised ones.
   *
   * @param raw row-major xyz coordinates in the data's own units
   * @return a new array of normalised coordinates
   */
  public double[] toNormalised(double[] raw) {
    double[] normalised = raw.clone();
    normaliseInPlace(normalised);
    return normalised;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Normalisation that
        && Arrays.equals(centre, that.centre)
        && Double.compare(scale, that.scale) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(centre) + Double.hashCode(scale);
  }

  @Override
  public String toString() {
    return "Normalisation[centre=" + Arrays.toString(centre) + ", scale=" + scale + "]";
  }
}
