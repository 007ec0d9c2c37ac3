package org.uncrumple.nn;

/**
 * Stochastic gradient descent with heavy-ball momentum.
 *
 * <p>Symbols: θ a parameter, g its gradient (weight decay included), v its velocity, η the learning
 * rate, μ the momentum. Per step and per parameter: v ← μ·v + g, θ ← θ − η·v. Sutskever, Martens,
 * Dahl and Hinton, "On the importance of initialization and momentum in deep learning", ICML 2013.
 */
final class MomentumSgd implements Optimizer {
  private final ParameterState velocity;
  private double learningRate;
  private double momentum;

  MomentumSgd(Architecture architecture, OptimizerSettings settings) {
    velocity = new ParameterState(architecture);
    setSettings(settings);
  }

  @Override
  public void setSettings(OptimizerSettings settings) {
    learningRate = settings.learningRate();
    momentum = settings.momentum();
  }

  @Override
  public void update(Network network, Gradients gradients) {
    for (int l = 0; l < network.layerCount(); l++) {
      DenseLayer layer = network.layer(l);
      step(layer.weights().data, gradients.weights(l).data, velocity.weights(l));
      step(layer.bias().data, gradients.bias(l).data, velocity.bias(l));
    }
  }

  private void step(double[] theta, double[] g, double[] v) {
    double eta = learningRate;
    double mu = momentum;
    for (int i = 0; i < v.length; i++) {
      // v ← μ·v + g ; θ ← θ − η·v
      v[i] = mu * v[i] + g[i];
      theta[i] -= eta * v[i];
    }
  }
}
