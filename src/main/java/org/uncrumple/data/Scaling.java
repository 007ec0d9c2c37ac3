package org.uncrumple.data;

import java.util.List;

/**
 * How raw features are brought to the size the network expects (see {@link Normalisation}).
 *
 * <ul>
 *   <li>{@link #UNIFORM}: each feature is centred on the middle of its range and all are divided by
 *       one scale, the largest half-range, so the data fit in [−1, 1] on every axis and the shape
 *       of the cloud is not distorted. Right for coordinates, and for pixels, which share one unit.
 *   <li>{@link #PER_FEATURE}: each feature is standardised on its own, (x − mean) / standard
 *       deviation, so that measurements in different units (centimetres next to grams) weigh alike.
 *       A feature with one value in every row keeps the divisor 1.
 * </ul>
 */
public enum Scaling {
  UNIFORM("uniform"),
  PER_FEATURE("per-feature");

  private final String id;

  Scaling(String id) {
    this.id = id;
  }

  /**
   * The name used in scene and model files.
   *
   * @return "uniform" or "per-feature"
   */
  public String id() {
    return id;
  }

  /**
   * The scaling a data set of this many features gets when nobody chooses: uniform for 2 and 3
   * features (coordinates, whose shape must not be distorted), per feature otherwise (measurements,
   * usually in different units).
   *
   * @param features the number of feature columns
   * @return the default scaling
   */
  public static Scaling defaultFor(int features) {
    return features == 2 || features == 3 ? UNIFORM : PER_FEATURE;
  }

  /**
   * The ids, in declaration order, for messages.
   *
   * @return "uniform", "per-feature"
   */
  public static List<String> ids() {
    return List.of(UNIFORM.id, PER_FEATURE.id);
  }

  /**
   * The scaling with this id.
   *
   * @param id "uniform" or "per-feature"
   * @return the scaling
   * @throws IllegalArgumentException for any other text, naming the ids allowed
   */
  public static Scaling fromId(String id) {
    for (Scaling scaling : values()) {
      if (scaling.id.equals(id)) {
        return scaling;
      }
    }
    throw new IllegalArgumentException("it must be one of " + String.join(", ", ids()));
  }
}
