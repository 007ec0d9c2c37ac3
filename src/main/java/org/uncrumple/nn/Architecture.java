package org.uncrumple.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The shape of a dense classifier: {@code inputs} coordinates in, the {@code hidden} layers in
 * order, and a linear output layer with one logit per class.
 *
 * <p>Layers are numbered 0 … {@link #layerCount()} − 1; layer {@code hidden.size()} is the output
 * layer. The record is immutable: the hidden list is copied.
 *
 * @param inputs number of input coordinates, at least 1
 * @param hidden hidden layers in order from the input; may be empty (a linear classifier)
 * @param classes number of classes k, at least 2
 */
public record Architecture(int inputs, List<LayerSpec> hidden, int classes) {
  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if inputs &lt; 1 or classes &lt; 2
   * @throws NullPointerException if hidden or one of its elements is null
   */
  public Architecture {
    if (inputs < 1) {
      throw new IllegalArgumentException("inputs must be at least 1, was " + inputs);
    }
    if (classes < 2) {
      throw new IllegalArgumentException("classes must be at least 2, was " + classes);
    }
    hidden = List.copyOf(Objects.requireNonNull(hidden, "hidden"));
  }

  /**
   * An architecture whose hidden layers all use one activation.
   *
   * @param inputs number of input coordinates
   * @param activation activation of every hidden layer
   * @param classes number of classes
   * @param hiddenWidths widths of the hidden layers, in order
   * @return the architecture, for example {@code of(3, TANH, 2, 3, 3, 3)} is 3-3-3-3-2
   */
  public static Architecture of(
      int inputs, Activation activation, int classes, int... hiddenWidths) {
    List<LayerSpec> layers = new ArrayList<>();
    for (int width : hiddenWidths) {
      layers.add(new LayerSpec(width, activation));
    }
    return new Architecture(inputs, layers, classes);
  }

  /**
   * The widths joined by dashes, input first and classes last.
   *
   * @return for example "3-16-16-2"
   */
  public String describe() {
    StringBuilder text = new StringBuilder().append(inputs);
    for (LayerSpec layer : hidden) {
      text.append('-').append(layer.width());
    }
    return text.append('-').append(classes).toString();
  }

  /**
   * Number of dense layers including the output layer.
   *
   * @return hidden.size() + 1
   */
  public int layerCount() {
    return hidden.size() + 1;
  }

  /**
   * Number of outputs of a layer.
   *
   * @param layer 0 … layerCount() − 1
   * @return the hidden width, or {@code classes} for the output layer
   */
  public int width(int layer) {
    checkLayer(layer);
    return layer == hidden.size() ? classes : hidden.get(layer).width();
  }

  /**
   * Number of inputs of a layer.
   *
   * @param layer 0 … layerCount() − 1
   * @return {@code inputs} for layer 0, else the width of the layer before
   */
  public int inputWidth(int layer) {
    checkLayer(layer);
    return layer == 0 ? inputs : hidden.get(layer - 1).width();
  }

  /**
   * The activation of a layer.
   *
   * @param layer 0 … layerCount() − 1
   * @return the hidden layer's activation, or {@link Activation#LINEAR} for the output layer
   */
  public Activation activation(int layer) {
    checkLayer(layer);
    return layer == hidden.size() ? Activation.LINEAR : hidden.get(layer).activation();
  }

  private void checkLayer(int layer) {
    if (layer < 0 || layer > hidden.size()) {
      throw new IndexOutOfBoundsException(
          "layer " + layer + " of " + describe() + " (0.." + hidden.size() + ")");
    }
  }
}
