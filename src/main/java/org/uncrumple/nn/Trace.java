package org.uncrumple.nn;

/**
 * The coordinates of a set of points after every stage of every layer of a {@link Network}, as
 * produced by {@link Network#trace}.
 *
 * <p>Symbols: n = {@link #count()} points, a₋₁ = x the input, and for layer l with weights W_l,
 * bias b_l and activation f_l the three stages
 *
 * <pre>
 *   linear(l)    = W_l·a_{l−1}          the linear map (rotation, stretch, rotation by the SVD)
 *   shifted(l)   = W_l·a_{l−1} + b_l    the translation
 *   activated(l) = f_l(shifted(l)) = a_l the squash; for the output layer these are the logits
 * </pre>
 *
 * <p>Each stage is a row-major array of n × {@link #width(int)} values (n × {@link #inputWidth()}
 * for the input). The stages are also numbered 0 … {@link #stageCount()} − 1 in the order the
 * points travel: stage 0 the input, then linear, shifted and activated of layer 0, of layer 1, …
 *
 * <p>Contract: the accessors return the trace's own arrays, not copies, so that a million points
 * cost no second copy; callers treat them as read-only (copy them, never write to them). For a
 * linear layer (always the output layer) {@link #activated(int)} is the same array as {@link
 * #shifted(int)}. A trace is never changed after {@link Network#trace} returns it, so it may be
 * handed between threads freely once safely published.
 */
public final class Trace {
  private final int count;
  private final int inputWidth;
  private final int[] widths;
  private final double[] input;
  private final double[][] linear;
  private final double[][] shifted;
  private final double[][] activated;

  Trace(
      double[] input,
      int inputWidth,
      int[] widths,
      double[][] linear,
      double[][] shifted,
      double[][] activated,
      int count) {
    this.input = input;
    this.inputWidth = inputWidth;
    this.widths = widths;
    this.linear = linear;
    this.shifted = shifted;
    this.activated = activated;
    this.count = count;
  }

  /**
   * Number of points traced.
   *
   * @return n
   */
  public int count() {
    return count;
  }

  /**
   * Number of layers, including the output layer.
   *
   * @return L
   */
  public int layerCount() {
    return linear.length;
  }

  /**
   * Number of coordinates of an input point.
   *
   * @return d
   */
  public int inputWidth() {
    return inputWidth;
  }

  /**
   * Number of coordinates of a point after layer {@code layer} (all three of its stages).
   *
   * @param layer 0 … L−1
   * @return the layer's output width
   */
  public int width(int layer) {
    return widths[layer];
  }

  /**
   * The input points, n × d (a copy of what was traced, owned by the trace; read-only).
   *
   * @return the input stage
   */
  public double[] input() {
    return input;
  }

  /**
   * W·a for layer {@code layer}, n × width(layer); read-only.
   *
   * @param layer 0 … L−1
   * @return the linear stage
   */
  public double[] linear(int layer) {
    return linear[layer];
  }

  /**
   * W·a + b for layer {@code layer}, n × width(layer); read-only.
   *
   * @param layer 0 … L−1
   * @return the shifted stage
   */
  public double[] shifted(int layer) {
    return shifted[layer];
  }

  /**
   * f(W·a + b) for layer {@code layer}, n × width(layer); for the output layer, the logits;
   * read-only.
   *
   * @param layer 0 … L−1
   * @return the activated stage
   */
  public double[] activated(int layer) {
    return activated[layer];
  }

  /**
   * Number of stages: the input and three per layer.
   *
   * @return 1 + 3·L
   */
  public int stageCount() {
    return 1 + 3 * linear.length;
  }

  /**
   * A stage by its number: 0 the input, 3l + 1 linear(l), 3l + 2 shifted(l), 3l + 3 activated(l).
   *
   * @param stage 0 … stageCount() − 1
   * @return the stage's read-only array
   */
  public double[] stage(int stage) {
    if (stage < 0 || stage >= stageCount()) {
      throw new IndexOutOfBoundsException("stage " + stage + " of " + stageCount());
    }
    if (stage == 0) {
      return input;
    }
    int layer = (stage - 1) / 3;
    return switch ((stage - 1) % 3) {
      case 0 -> linear[layer];
      case 1 -> shifted[layer];
      default -> activated[layer];
    };
  }

  /**
   * The number of coordinates of a point at a stage.
   *
   * @param stage 0 … stageCount() − 1
   * @return d for stage 0, else width of the stage's layer
   */
  public int stageWidth(int stage) {
    return stage == 0 ? inputWidth : width((stage - 1) / 3);
  }
}
