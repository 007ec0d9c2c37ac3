package org.uncrumple.scene;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.DenseLayer;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;

/**
 * Reads a list of trained layers — {@code [{activation, weights: [[…], …], bias: […]}, …]}, the
 * same in scene files and model files — into a {@link Network}, checking every shape and number.
 * Messages name the layer, row and item, and what the network needs.
 */
final class WeightsReader {
  private WeightsReader() {}

  /**
   * Reads the layers at {@code pointer}.
   *
   * @param expected the network the weights must fit, or null to take the shape from the weights
   *     themselves with {@code inputs} inputs
   */
  static Network read(JsonNode layers, String pointer, Architecture expected, Fields fields)
      throws SceneException {
    return read(layers, pointer, expected, expected == null ? -1 : expected.inputs(), fields);
  }

  static Network read(
      JsonNode layers, String pointer, Architecture expected, int inputs, Fields fields)
      throws SceneException {
    if (layers == null || !layers.isArray() || layers.isEmpty()) {
      throw new SceneException(
          fields.where(pointer)
              + ": "
              + Fields.name(pointer)
              + " must be a non-empty list of layers, each {activation, weights, bias}");
    }
    if (expected != null && layers.size() != expected.layerCount()) {
      throw new SceneException(
          String.format(
              "%s: the weights have %d layers, but the network has %d (%s: %d hidden and the"
                  + " output layer)",
              fields.where(pointer),
              layers.size(),
              expected.layerCount(),
              expected.describe(),
              expected.hidden().size()));
    }
    if (layers.size() > SceneReader.MAX_LAYERS + 1) {
      throw new SceneException(
          String.format(
              "%s: %d layers; at most %d hidden layers and the output layer are allowed",
              fields.where(pointer), layers.size(), SceneReader.MAX_LAYERS));
    }
    List<LayerSpec> hidden = new ArrayList<>();
    List<double[][]> weights = new ArrayList<>();
    List<double[]> biases = new ArrayList<>();
    int width = inputs;
    for (int l = 0; l < layers.size(); l++) {
      String at = pointer + "/" + l;
      JsonNode layer = layers.get(l);
      String label = "layer " + (l + 1);
      if (!layer.isObject()) {
        throw new SceneException(
            fields.where(at) + ": " + label + " must be a mapping with activation, weights, bias");
      }
      fields.allowOnly(at, layer, java.util.Set.of("activation", "weights", "bias"));
      boolean output = l == layers.size() - 1;
      Activation activation =
          fields.choice(layer, at + "/activation", output ? "linear" : null, Activation::fromId);
      if (output && activation != Activation.LINEAR) {
        throw new SceneException(
            fields.where(at + "/activation")
                + ": the output layer gives one score per class and has no activation; it must"
                + " be linear, not "
                + activation.id());
      }
      Integer rows =
          expected == null ? null : output ? expected.classes() : expected.hidden().get(l).width();
      if (expected != null && !output && activation != expected.hidden().get(l).activation()) {
        throw new SceneException(
            String.format(
                "%s: %s has activation %s, but the network's hidden layer %d uses %s",
                fields.where(at + "/activation"),
                label,
                activation.id(),
                l + 1,
                expected.hidden().get(l).activation().id()));
      }
      double[][] w = matrix(layer.get("weights"), at + "/weights", rows, width, label, fields);
      double[] b = vector(layer.get("bias"), at + "/bias", w.length, label + " bias", fields);
      if (!output) {
        hidden.add(new LayerSpec(w.length, activation));
      }
      weights.add(w);
      biases.add(b);
      width = w.length;
    }
    Network network = Network.initialise(new Architecture(inputs, hidden, width), 0);
    for (int l = 0; l < weights.size(); l++) {
      DenseLayer layer = network.layer(l);
      double[][] w = weights.get(l);
      for (int r = 0; r < w.length; r++) {
        for (int c = 0; c < w[r].length; c++) {
          layer.weights().set(r, c, w[r][c]);
        }
        layer.bias().set(r, 0, biases.get(l)[r]);
      }
    }
    return network;
  }

  private static double[][] matrix(
      JsonNode rows, String pointer, Integer expectedRows, int columns, String label, Fields fields)
      throws SceneException {
    if (rows == null || !rows.isArray() || rows.isEmpty()) {
      throw new SceneException(
          fields.where(pointer) + ": " + label + " weights must be a list of rows of numbers");
    }
    if (expectedRows != null && rows.size() != expectedRows) {
      throw new SceneException(
          String.format(
              "%s: %s has %d rows of weights, but the network needs %d (one per neuron)",
              fields.where(pointer), label, rows.size(), expectedRows));
    }
    if (rows.size() > SceneReader.MAX_WIDTH) {
      throw new SceneException(
          String.format(
              "%s: %s has %d rows; a layer may have at most %d neurons",
              fields.where(pointer), label, rows.size(), SceneReader.MAX_WIDTH));
    }
    double[][] result = new double[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      result[r] =
          vector(
              rows.get(r), pointer + "/" + r, columns, label + " weights row " + (r + 1), fields);
    }
    return result;
  }

  static double[] vector(JsonNode values, String pointer, int length, String label, Fields fields)
      throws SceneException {
    if (values == null || !values.isArray() || values.size() != length) {
      throw new SceneException(
          String.format(
              "%s: %s: expected %d numbers, found %s",
              fields.where(pointer),
              label,
              length,
              values == null || !values.isArray() ? "none" : values.size()));
    }
    double[] result = new double[length];
    for (int i = 0; i < length; i++) {
      JsonNode value = values.get(i);
      if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
        throw new SceneException(
            String.format(
                "%s: %s item %d is %s, not a finite number",
                fields.where(pointer + "/" + i), label, i + 1, Fields.found(value)));
      }
      result[i] = value.asDouble();
    }
    return result;
  }
}
