package org.uncrumple.nn;

import java.util.Arrays;
import java.util.Objects;

/**
 * A dense classifier: layers l = 0 … L−1, each z = W_l·a + b_l, a′ = f_l(z), the last one linear so
 * that it produces the k logits; the class probabilities are softmax(logits).
 *
 * <p>Symbols: d the input width, k the number of classes, W_l and b_l the weights and bias of layer
 * l (see {@link DenseLayer}). Points are passed row-major, one point of d coordinates a row.
 *
 * <p>Threads: the thread that owns a network (the trainer) is the only one that changes it. The
 * read-only methods ({@link #trace}, {@link #logits}, {@link #probabilities}, {@link #predict},
 * {@link #parameters}, {@link #copy}) use their own work matrices, so any number of threads may
 * call them on a network that nobody changes, for example a snapshot's copy. They process points in
 * chunks of {@value #CHUNK_ROWS} rows, so a million points need no million-row matrices.
 */
public final class Network {
  /** Rows propagated at once by the read-only methods. */
  static final int CHUNK_ROWS = 4096;

  private final Architecture architecture;
  private final DenseLayer[] layers;

  private Network(Architecture architecture) {
    this.architecture = Objects.requireNonNull(architecture, "architecture");
    layers = new DenseLayer[architecture.layerCount()];
    for (int l = 0; l < layers.length; l++) {
      layers[l] =
          new DenseLayer(
              architecture.inputWidth(l), architecture.width(l), architecture.activation(l));
    }
  }

  /**
   * A network with seeded random weights: Xavier (Glorot) for tanh, sigmoid, softplus and linear
   * layers, He for relu and leaky relu, biases zero. See {@link Initialiser}.
   *
   * @param architecture the shape
   * @param seed the same seed gives bit-identical weights on every JVM
   * @return the new network
   */
  public static Network initialise(Architecture architecture, long seed) {
    Network network = new Network(architecture);
    Initialiser.initialise(network.layers, seed);
    return network;
  }

  /**
   * The shape of this network.
   *
   * @return the architecture
   */
  public Architecture architecture() {
    return architecture;
  }

  /**
   * Number of dense layers including the output layer.
   *
   * @return L
   */
  public int layerCount() {
    return layers.length;
  }

  /**
   * One layer; the last is the linear output layer that produces the logits.
   *
   * @param index 0 … L−1
   * @return the live layer
   */
  public DenseLayer layer(int index) {
    return layers[index];
  }

  /**
   * A deep copy with its own matrices.
   *
   * @return the copy
   */
  public Network copy() {
    Network copy = new Network(architecture);
    copy.copyFrom(this);
    return copy;
  }

  /**
   * Overwrites this network's weights and biases with {@code other}'s, allocating nothing.
   *
   * @param other a network of the same architecture
   * @throws IllegalArgumentException if the architectures differ
   */
  public void copyFrom(Network other) {
    if (!architecture.equals(other.architecture)) {
      throw new IllegalArgumentException(
          "cannot copy a " + other.architecture.describe() + " network into " + describe());
    }
    for (int l = 0; l < layers.length; l++) {
      layers[l].copyFrom(other.layers[l]);
    }
  }

  /**
   * Total number of weights and biases.
   *
   * @return the length of {@link #parameters()}
   */
  public int parameterCount() {
    int count = 0;
    for (DenseLayer layer : layers) {
      count += layer.weights().getNumElements() + layer.bias().getNumElements();
    }
    return count;
  }

  /**
   * A flat copy of all parameters in this order: for each layer l = 0 … L−1, first W_l row by row
   * (outputs × inputs), then b_l.
   *
   * @return a new array of {@link #parameterCount()} values
   */
  public double[] parameters() {
    double[] values = new double[parameterCount()];
    int at = 0;
    for (DenseLayer layer : layers) {
      at = copyOut(layer.weights().data, layer.weights().getNumElements(), values, at);
      at = copyOut(layer.bias().data, layer.bias().getNumElements(), values, at);
    }
    return values;
  }

  /**
   * Sets all parameters from an array in the order of {@link #parameters()}.
   *
   * @param values exactly {@link #parameterCount()} values
   * @throws IllegalArgumentException if the length is wrong
   */
  public void setParameters(double[] values) {
    if (values.length != parameterCount()) {
      throw new IllegalArgumentException(
          describe() + " has " + parameterCount() + " parameters, got " + values.length);
    }
    int at = 0;
    for (DenseLayer layer : layers) {
      int weights = layer.weights().getNumElements();
      System.arraycopy(values, at, layer.weights().data, 0, weights);
      at += weights;
      int bias = layer.bias().getNumElements();
      System.arraycopy(values, at, layer.bias().data, 0, bias);
      at += bias;
    }
  }

  /**
   * Whether every weight and bias is finite (no NaN, no infinity), for example after a learning
   * rate that was too large.
   *
   * @return true if all parameters are finite
   */
  public boolean isFinite() {
    for (DenseLayer layer : layers) {
      if (!allFinite(layer.weights().data, layer.weights().getNumElements())
          || !allFinite(layer.bias().data, layer.bias().getNumElements())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The coordinates of every point after every stage of every layer: the linear map, the bias and
   * the activation. See {@link Trace}.
   *
   * @param points row-major, count × d
   * @param count number of points, ≥ 0
   * @return a new trace that owns its arrays
   */
  public Trace trace(double[] points, int count) {
    return trace(points, count, CHUNK_ROWS);
  }

  /** {@link #trace(double[], int)} propagating {@code chunkRows} rows at a time. */
  Trace trace(double[] points, int count, int chunkRows) {
    if (chunkRows < 1) {
      throw new IllegalArgumentException("chunk rows must be at least 1, was " + chunkRows);
    }
    checkPoints(points, count);
    int inputs = architecture.inputs();
    double[][] linear = new double[layers.length][];
    double[][] shifted = new double[layers.length][];
    double[][] activated = new double[layers.length][];
    int[] widths = new int[layers.length];
    for (int l = 0; l < layers.length; l++) {
      widths[l] = layers[l].outputs();
      int size = count * layers[l].outputs();
      linear[l] = new double[size];
      shifted[l] = new double[size];
      activated[l] = layers[l].activation() == Activation.LINEAR ? shifted[l] : new double[size];
    }
    BatchPass pass = new BatchPass(this, Math.min(chunkRows, count), false);
    for (int first = 0; first < count; first += chunkRows) {
      int rows = Math.min(chunkRows, count - first);
      pass.load(points, first, rows);
      for (int l = 0; l < layers.length; l++) {
        int offset = first * layers[l].outputs();
        // linear(l) = A_{l−1}·W_lᵀ, shifted(l) = linear(l) + 1·b_lᵀ, activated(l) = f_l(shifted(l))
        pass.linear(l);
        copyOut(pass.shifted(l).data, pass.shifted(l).getNumElements(), linear[l], offset);
        pass.shift(l);
        copyOut(pass.shifted(l).data, pass.shifted(l).getNumElements(), shifted[l], offset);
        pass.activate(l);
        if (activated[l] != shifted[l]) {
          copyOut(pass.activated(l).data, pass.activated(l).getNumElements(), activated[l], offset);
        }
      }
    }
    double[] input = Arrays.copyOf(points, count * inputs);
    return new Trace(input, inputs, widths, linear, shifted, activated, count);
  }

  /**
   * The output layer's values for each point.
   *
   * @param points row-major, count × d
   * @param count number of points, ≥ 0
   * @return row-major count × k logits
   */
  public double[] logits(double[] points, int count) {
    checkPoints(points, count);
    int classes = architecture.classes();
    double[] logits = new double[count * classes];
    BatchPass pass = new BatchPass(this, Math.min(CHUNK_ROWS, count), false);
    for (int first = 0; first < count; first += CHUNK_ROWS) {
      int rows = Math.min(CHUNK_ROWS, count - first);
      pass.load(points, first, rows);
      pass.forward();
      copyOut(pass.logits().data, rows * classes, logits, first * classes);
    }
    return logits;
  }

  /**
   * The class probabilities softmax(logits) of each point.
   *
   * @param points row-major, count × d
   * @param count number of points, ≥ 0
   * @return row-major count × k, each row summing to 1
   */
  public double[] probabilities(double[] points, int count) {
    double[] values = logits(points, count);
    SoftmaxCrossEntropy.softmaxInPlace(values, count, architecture.classes());
    return values;
  }

  /**
   * The most likely class of each point (the largest logit; the lowest class wins a tie).
   *
   * @param points row-major, count × d
   * @param count number of points, ≥ 0
   * @return count class indices in 0 … k−1
   */
  public int[] predict(double[] points, int count) {
    double[] values = logits(points, count);
    int classes = architecture.classes();
    int[] classOf = new int[count];
    for (int r = 0; r < count; r++) {
      classOf[r] = SoftmaxCrossEntropy.argmax(values, r * classes, classes);
    }
    return classOf;
  }

  /**
   * The gradient, with respect to the input coordinates x, of the logit difference z_to − z_from at
   * one point: the direction in input space that most quickly pushes the point from class {@code
   * from} towards class {@code to}. Used for adversarial nudges (Szegedy et al., "Intriguing
   * properties of neural networks", ICLR 2014; Goodfellow, Shlens and Szegedy, "Explaining and
   * harnessing adversarial examples", ICLR 2015).
   *
   * <p>Backpropagation to the input: g_{L−1} = ∂(z_to − z_from)/∂logits = e_to − e_from, then for
   * each layer l from the last down, g_z = g_a ⊙ f_l′(z_l) and g_{a,l−1} = W_lᵀ·g_z; the result is
   * g_{a,−1} = ∂/∂x.
   *
   * @param point the input, d coordinates
   * @param from the class whose logit is subtracted, 0 … k−1
   * @param to the class whose logit is added, 0 … k−1
   * @return a new array of d partial derivatives
   */
  public double[] inputGradient(double[] point, int from, int to) {
    checkClass(from);
    checkClass(to);
    checkPoints(point, 1);
    InputGradients.Pass pass = InputGradients.forward(layers, point);
    double[] outputGradient = new double[architecture.classes()];
    outputGradient[to] += 1.0;
    outputGradient[from] -= 1.0;
    return InputGradients.backward(layers, pass, outputGradient);
  }

  /**
   * The gradient, with respect to the input coordinates x, of the cross-entropy −log p_label of one
   * point (the loss {@link Learner} minimises, without weight decay). Following it uphill makes the
   * point look less like {@code label} (the fast gradient sign method of Goodfellow et al. 2015
   * takes its sign).
   *
   * <p>∂J/∂logits = p − e_label, then backpropagated as in {@link #inputGradient(double[], int,
   * int)}.
   *
   * @param point the input, d coordinates
   * @param label the class the loss is measured against, 0 … k−1
   * @return a new array of d partial derivatives
   */
  public double[] lossInputGradient(double[] point, int label) {
    checkClass(label);
    checkPoints(point, 1);
    InputGradients.Pass pass = InputGradients.forward(layers, point);
    double[] logits = pass.a()[layers.length - 1].clone();
    SoftmaxCrossEntropy.softmaxInPlace(logits, 1, architecture.classes());
    logits[label] -= 1.0;
    return InputGradients.backward(layers, pass, logits);
  }

  private void checkClass(int label) {
    if (label < 0 || label >= architecture.classes()) {
      throw new IllegalArgumentException(
          "class "
              + label
              + " is not a class of "
              + describe()
              + " (0.."
              + (architecture.classes() - 1)
              + ")");
    }
  }

  @Override
  public String toString() {
    return "Network " + describe();
  }

  private String describe() {
    return architecture.describe();
  }

  void checkPoints(double[] points, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, was " + count);
    }
    long needed = (long) count * architecture.inputs();
    if (points.length < needed) {
      throw new IllegalArgumentException(
          count
              + " points of "
              + architecture.inputs()
              + " coordinates need "
              + needed
              + " values, the array has "
              + points.length);
    }
  }

  private static int copyOut(double[] source, int length, double[] target, int at) {
    System.arraycopy(source, 0, target, at, length);
    return at + length;
  }

  private static boolean allFinite(double[] values, int length) {
    for (int i = 0; i < length; i++) {
      if (!Double.isFinite(values[i])) {
        return false;
      }
    }
    return true;
  }
}
