package org.uncrumple.nn;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The elementwise non-linearity f of a dense layer, a = f(z), paired with its derivative f′.
 *
 * <p>Each constant defines {@link #apply(double) f(x)} and {@link #derivative(double, double)
 * f′(x)} side by side; the derivative receives both x and y = f(x) so that tanh and sigmoid reuse y
 * (1 − y², y·(1 − y)) and the backward pass is consistent with the forward values bit for bit. At
 * the kink x = 0 the rectifiers use the subgradient of the left side (0 for relu, 0.01 for leaky
 * relu).
 *
 * <ul>
 *   <li>{@code tanh}: f = tanh x (see {@link FastMath#tanh} for the fast, accurate evaluation), f′
 *       = 1 − y².
 *   <li>{@code relu}: f = max(0, x), f′ = [x &gt; 0]. Nair and Hinton, "Rectified linear units
 *       improve restricted Boltzmann machines", ICML 2010.
 *   <li>{@code leaky-relu}: f = x for x &gt; 0 and 0.01·x otherwise, f′ = 1 or 0.01. Maas, Hannun
 *       and Ng, "Rectifier nonlinearities improve neural network acoustic models", ICML 2013.
 *   <li>{@code sigmoid}: f = 1 / (1 + e^{−x}), f′ = y·(1 − y).
 *   <li>{@code softplus}: f = log(1 + e^{x}), evaluated as max(x, 0) + log1p(e^{−|x|}) so it never
 *       overflows; f′ = 1 / (1 + e^{−x}).
 *   <li>{@code linear}: f = x, f′ = 1. The output layer always uses it: it produces logits and the
 *       softmax lives in the loss.
 * </ul>
 */
public enum Activation {
  /** Hyperbolic tangent, id {@code "tanh"}. */
  TANH("tanh") {
    @Override
    public double apply(double x) {
      return FastMath.tanh(x);
    }

    @Override
    public double derivative(double x, double y) {
      return 1.0 - y * y;
    }
  },
  /** Rectified linear unit, id {@code "relu"}. */
  RELU("relu") {
    @Override
    public double apply(double x) {
      return x > 0.0 ? x : 0.0;
    }

    @Override
    public double derivative(double x, double y) {
      return x > 0.0 ? 1.0 : 0.0;
    }
  },
  /**
   * Leaky rectified linear unit with slope {@value #LEAK} for negative x, id {@code "leaky-relu"}.
   */
  LEAKY_RELU("leaky-relu") {
    @Override
    public double apply(double x) {
      return x > 0.0 ? x : LEAK * x;
    }

    @Override
    public double derivative(double x, double y) {
      return x > 0.0 ? 1.0 : LEAK;
    }
  },
  /** Logistic sigmoid, id {@code "sigmoid"}. */
  SIGMOID("sigmoid") {
    @Override
    public double apply(double x) {
      return 1.0 / (1.0 + Math.exp(-x));
    }

    @Override
    public double derivative(double x, double y) {
      return y * (1.0 - y);
    }
  },
  /** Softplus, a smooth relu, id {@code "softplus"}. */
  SOFTPLUS("softplus") {
    @Override
    public double apply(double x) {
      return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    @Override
    public double derivative(double x, double y) {
      return 1.0 / (1.0 + Math.exp(-x));
    }
  },
  /** Identity, id {@code "linear"}. */
  LINEAR("linear") {
    @Override
    public double apply(double x) {
      return x;
    }

    @Override
    public double derivative(double x, double y) {
      return 1.0;
    }
  };

  /** Slope of {@link #LEAKY_RELU} for negative arguments. */
  public static final double LEAK = 0.01;

  private final String id;

  Activation(String id) {
    this.id = id;
  }

  /**
   * The name used in scene files and on the command line.
   *
   * @return one of "tanh", "relu", "leaky-relu", "sigmoid", "softplus", "linear"
   */
  public String id() {
    return id;
  }

  /**
   * The activation with the given {@link #id()}.
   *
   * @param id for example "tanh"
   * @return the activation
   * @throws IllegalArgumentException naming the unknown id and listing the allowed ones
   */
  public static Activation fromId(String id) {
    for (Activation activation : values()) {
      if (activation.id.equals(id)) {
        return activation;
      }
    }
    throw new IllegalArgumentException(
        "unknown activation '"
            + id
            + "'; allowed: "
            + Arrays.stream(values()).map(Activation::id).collect(Collectors.joining(", ")));
  }

  /**
   * f(x).
   *
   * @param x the pre-activation
   * @return the activation
   */
  public abstract double apply(double x);

  /**
   * f′(x), the slope at x.
   *
   * @param x the pre-activation
   * @param y {@code apply(x)}, which tanh and sigmoid use instead of recomputing it
   * @return df/dx at x
   */
  public abstract double derivative(double x, double y);

  /**
   * Whether f presses space flat, that is, maps a whole region onto a wall so that different points
   * become the same point and no inverse exists. Only relu does: it projects every half-space where
   * a coordinate is negative onto the wall where that coordinate is 0. Leaky relu does not: it is
   * piecewise linear with positive slopes and therefore invertible. Tanh, sigmoid and softplus are
   * strictly increasing and invertible onto their ranges; linear is the identity.
   *
   * @return true for {@link #RELU} only
   */
  public boolean pressesFlat() {
    return this == RELU;
  }

  /**
   * a[i] = f(z[i]) for i &lt; length.
   *
   * @param z pre-activations
   * @param a receives the activations (may be z itself)
   * @param length number of elements
   */
  void applyAll(double[] z, double[] a, int length) {
    for (int i = 0; i < length; i++) {
      a[i] = apply(z[i]);
    }
  }

  /**
   * The chain rule through f for a whole matrix: gz[i] = ga[i]·f′(z[i], a[i]) for i &lt; length.
   *
   * @param z pre-activations
   * @param a activations f(z)
   * @param ga gradient of the objective with respect to a
   * @param gz receives the gradient with respect to z (may be ga itself)
   * @param length number of elements
   */
  void backpropagate(double[] z, double[] a, double[] ga, double[] gz, int length) {
    for (int i = 0; i < length; i++) {
      gz[i] = ga[i] * derivative(z[i], a[i]);
    }
  }
}
