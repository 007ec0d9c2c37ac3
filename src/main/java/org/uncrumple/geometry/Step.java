package org.uncrumple.geometry;

/**
 * The five animated sub-steps a dense layer a' = f(W·a + b) is shown as, in order: with the
 * singular value decomposition W = U·Σ·Vᵀ, the points are turned by Vᵀ, stretched along the axes by
 * Σ, turned by U, shifted by b, and finally squashed by the activation f, applied to each
 * coordinate.
 */
public enum Step {
  /** x ↦ Vᵀ·x: a rigid turn of the input space. */
  ROTATE_IN("rotate1", "rotate"),
  /** x ↦ Σ·x: each axis scaled by its (signed) singular value; a 0 collapses that axis. */
  STRETCH("stretch", "stretch"),
  /** x ↦ U·x: a rigid turn of the output space. */
  ROTATE_OUT("rotate2", "rotate"),
  /** x ↦ x + b: a translation by the bias. */
  SHIFT("shift", "shift"),
  /** x ↦ f(x), coordinate by coordinate: the only step that bends space. */
  SQUASH("squash", "squash");

  private final String id;
  private final String verb;

  Step(String id, String verb) {
    this.id = id;
    this.verb = verb;
  }

  /** The stage name used in ids such as {@code layer2.rotate1}: rotate1, stretch, rotate2, ... */
  public String id() {
    return id;
  }

  /** The plain verb for captions: rotate, stretch, shift or squash. */
  public String verb() {
    return verb;
  }
}
