package org.uncrumple.nn;

/**
 * An update rule θ ← θ − η·(…) with its own state; see {@link OptimizerSettings} for the formulas.
 * Implementations allocate their state in the constructor and nothing in {@link #update}.
 */
interface Optimizer {
  /**
   * Moves every weight and bias of {@code network} one step against {@code gradients}.
   *
   * @param network the parameters θ, changed in place
   * @param gradients g = ∂J/∂θ, weight decay included
   */
  void update(Network network, Gradients gradients);

  /**
   * Changes the learning rate and, for SGD, the momentum, keeping the accumulated state.
   *
   * @param settings settings of this optimizer's kind
   */
  void setSettings(OptimizerSettings settings);

  /**
   * A fresh optimizer (zero state) for a network shape.
   *
   * @param architecture the shape of the parameters
   * @param settings kind and rates
   * @return an optimizer of {@code settings.kind()}
   */
  static Optimizer create(Architecture architecture, OptimizerSettings settings) {
    return switch (settings.kind()) {
      case SGD -> new MomentumSgd(architecture, settings);
      case ADAM -> new Adam(architecture, settings);
    };
  }
}
