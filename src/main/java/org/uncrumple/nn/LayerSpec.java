package org.uncrumple.nn;

import java.util.Objects;

/**
 * One hidden layer of an {@link Architecture}: how many units it has and which activation follows
 * its affine map.
 *
 * @param width number of units, at least 1
 * @param activation the non-linearity applied to W·a + b
 */
public record LayerSpec(int width, Activation activation) {
  /**
   * Validates the spec.
   *
   * @throws IllegalArgumentException if width &lt; 1
   * @throws NullPointerException if activation is null
   */
  public LayerSpec {
    if (width < 1) {
      throw new IllegalArgumentException("layer width must be at least 1, was " + width);
    }
    Objects.requireNonNull(activation, "activation");
  }
}
