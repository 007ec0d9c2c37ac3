package org.uncrumple.nn;

/**
 * Adam: per-parameter steps scaled by running estimates of the gradient's first and second moments.
 *
 * <p>Symbols: θ a parameter, g its gradient (weight decay included), m and s the running first and
 * second moments, t the step number from 1, η the learning rate, β₁ = 0.9, β₂ = 0.999, ε = 1e-8.
 * Per step and per parameter: m ← β₁·m + (1 − β₁)·g, s ← β₂·s + (1 − β₂)·g², θ ← θ − η·m̂ / (√ŝ +
 * ε) with the bias corrections m̂ = m / (1 − β₁ᵗ), ŝ = s / (1 − β₂ᵗ). Kingma and Ba, "Adam: a
 * method for stochastic optimization", ICLR 2015, algorithm 1.
 */
final class Adam implements Optimizer {
  static final double BETA1 = 0.9;
  static final double BETA2 = 0.999;
  static final double EPSILON = 1e-8;

  private final ParameterState first;
  private final ParameterState second;
  private double learningRate;
  private long step;

  Adam(Architecture architecture, OptimizerSettings settings) {
    first = new ParameterState(architecture);
    second = new ParameterState(architecture);
    setSettings(settings);
  }

  @Override
  public void setSettings(OptimizerSettings settings) {
    learningRate = settings.learningRate();
  }

  @Override
  public void update(Network network, Gradients gradients) {
    step++;
    double firstCorrection = 1.0 - Math.pow(BETA1, step);
    double secondCorrection = 1.0 - Math.pow(BETA2, step);
    for (int l = 0; l < network.layerCount(); l++) {
      DenseLayer layer = network.layer(l);
      update(
          layer.weights().data,
          gradients.weights(l).data,
          first.weights(l),
          second.weights(l),
          firstCorrection,
          secondCorrection);
      update(
          layer.bias().data,
          gradients.bias(l).data,
          first.bias(l),
          second.bias(l),
          firstCorrection,
          secondCorrection);
    }
  }

  private void update(
      double[] theta,
      double[] g,
      double[] m,
      double[] s,
      double firstCorrection,
      double secondCorrection) {
    double eta = learningRate;
    for (int i = 0; i < m.length; i++) {
      // m ← β₁·m + (1 − β₁)·g ; s ← β₂·s + (1 − β₂)·g²
      m[i] = BETA1 * m[i] + (1.0 - BETA1) * g[i];
      s[i] = BETA2 * s[i] + (1.0 - BETA2) * g[i] * g[i];
      // θ ← θ − η·m̂ / (√ŝ + ε)
      theta[i] -= eta * (m[i] / firstCorrection) / (Math.sqrt(s[i] / secondCorrection) + EPSILON);
    }
  }
}
