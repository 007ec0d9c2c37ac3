package org.uncrumple.nn;

import java.util.Objects;

/**
 * How a {@link Learner} turns a gradient into a step.
 *
 * <p>Symbols: θ a weight or bias, g = ∂J/∂θ the gradient of the objective J = mean cross-entropy +
 * (λ/2)·Σ W² (the weight decay λ applies to weights, never to biases, so g already contains λ·W), η
 * the learning rate, μ the momentum.
 *
 * <ul>
 *   <li>{@link OptimizerKind#SGD}: v ← μ·v + g, θ ← θ − η·v, with v starting at 0 (the heavy-ball
 *       form used by Sutskever et al., "On the importance of initialization and momentum in deep
 *       learning", ICML 2013, and by PyTorch). μ = 0 is plain SGD.
 *   <li>{@link OptimizerKind#ADAM}: m ← β₁·m + (1 − β₁)·g, s ← β₂·s + (1 − β₂)·g², θ ← θ − η·m̂ /
 *       (√ŝ + ε) with m̂ = m / (1 − β₁ᵗ), ŝ = s / (1 − β₂ᵗ), t the step count from 1, β₁ = 0.9, β₂
 *       = 0.999, ε = 1e-8 (Kingma and Ba, "Adam: a method for stochastic optimization", ICLR 2015).
 *       The {@code momentum} field is ignored by Adam. Weight decay enters through g (L2
 *       regularisation), not decoupled as in AdamW.
 * </ul>
 *
 * @param kind the update rule
 * @param learningRate η, finite and &gt; 0
 * @param momentum μ in [0, 1); used by SGD only
 * @param weightDecay λ, finite and ≥ 0
 */
public record OptimizerSettings(
    OptimizerKind kind, double learningRate, double momentum, double weightDecay) {
  /**
   * Validates the settings.
   *
   * @throws IllegalArgumentException naming the field, the value found and what is allowed
   */
  public OptimizerSettings {
    Objects.requireNonNull(kind, "kind");
    if (!(learningRate > 0.0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException(
          "learning rate must be finite and > 0, was " + learningRate);
    }
    if (!(momentum >= 0.0 && momentum < 1.0)) {
      throw new IllegalArgumentException("momentum must be in [0, 1), was " + momentum);
    }
    if (!(weightDecay >= 0.0) || Double.isInfinite(weightDecay)) {
      throw new IllegalArgumentException(
          "weight decay must be finite and >= 0, was " + weightDecay);
    }
  }

  /**
   * Plain SGD (no momentum, no weight decay).
   *
   * @param learningRate η
   * @return the settings
   */
  public static OptimizerSettings sgd(double learningRate) {
    return new OptimizerSettings(OptimizerKind.SGD, learningRate, 0.0, 0.0);
  }

  /**
   * Adam without weight decay.
   *
   * @param learningRate η
   * @return the settings
   */
  public static OptimizerSettings adam(double learningRate) {
    return new OptimizerSettings(OptimizerKind.ADAM, learningRate, 0.0, 0.0);
  }
}
