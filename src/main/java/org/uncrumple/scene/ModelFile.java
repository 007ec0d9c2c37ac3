package org.uncrumple.scene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.DenseLayer;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;

/**
 * Trained models as JSON: the layers in order, each with its activation, its weight matrix W (one
 * row per output, as in z = W·a + b) and its bias b, plus the input width and the class names.
 * Numbers are written in the shortest form that reads back to the same double, so a model that is
 * saved and loaded gives the same outputs bit for bit.
 *
 * <pre>
 * {"format": "uncrumple-model", "version": 1, "inputs": 3, "classes": ["sheet A", "sheet B"],
 *  "layers": [{"activation": "tanh", "weights": [[...], ...], "bias": [...]}, ...]}
 * </pre>
 */
public final class ModelFile {
  static final String FORMAT = "uncrumple-model";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ModelFile() {}

  /** Writes the model to a temporary file beside {@code file}, then moves it into place. */
  public static void write(Path file, Network network, List<String> classNames)
      throws SceneException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", 1);
    root.put("inputs", network.architecture().inputs());
    ArrayNode classes = root.putArray("classes");
    classNames.forEach(classes::add);
    ArrayNode layers = root.putArray("layers");
    for (int l = 0; l < network.layerCount(); l++) {
      DenseLayer layer = network.layer(l);
      ObjectNode node = layers.addObject();
      node.put("activation", layer.activation().id());
      ArrayNode weights = node.putArray("weights");
      DMatrixRMaj w = layer.weights();
      for (int r = 0; r < w.numRows; r++) {
        ArrayNode row = weights.addArray();
        for (int c = 0; c < w.numCols; c++) {
          row.add(w.get(r, c));
        }
      }
      ArrayNode bias = node.putArray("bias");
      for (int r = 0; r < layer.outputs(); r++) {
        bias.add(layer.bias().get(r, 0));
      }
    }
    Path target = file.toAbsolutePath();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(target.getParent(), ".uncrumple-", ".json.part");
      JSON.writeValue(temporary.toFile(), root);
      try {
        Files.move(
            temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(temporary, e);
      throw new SceneException(
          file + ": the model could not be saved (" + e.getMessage() + "); nothing was written", e);
    }
  }

  /** A model read back: its weights and its class names. */
  public record Model(Network network, List<String> classNames) {}

  /** Reads a model written by {@link #write}. */
  public static Model read(Path file) throws SceneException {
    String name = file.getFileName().toString();
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new SceneException(name + ": not a readable model file (" + e.getMessage() + ")", e);
    }
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new SceneException(
          name + ": not an Uncrumple model (its \"format\" is not \"" + FORMAT + "\")");
    }
    int inputs = root.path("inputs").asInt(-1);
    JsonNode layers = root.path("layers");
    if (inputs < 1 || !layers.isArray() || layers.isEmpty()) {
      throw new SceneException(
          name + ": a model needs \"inputs\" ≥ 1 and a non-empty \"layers\" list");
    }
    List<LayerSpec> hidden = new ArrayList<>();
    int width = inputs;
    List<double[][]> weights = new ArrayList<>();
    List<double[]> biases = new ArrayList<>();
    for (int l = 0; l < layers.size(); l++) {
      JsonNode layer = layers.get(l);
      String where = name + ", layer " + (l + 1);
      Activation activation;
      try {
        activation = Activation.fromId(layer.path("activation").asText());
      } catch (IllegalArgumentException e) {
        throw new SceneException(
            where + ": activation \"" + layer.path("activation").asText() + "\"; " + e.getMessage(),
            e);
      }
      double[][] w = matrix(layer.path("weights"), width, where);
      double[] b = vector(layer.path("bias"), w.length, where);
      if (l < layers.size() - 1) {
        hidden.add(new LayerSpec(w.length, activation));
      } else if (activation != Activation.LINEAR) {
        throw new SceneException(
            where + ": the output layer must be linear, not " + activation.id());
      }
      weights.add(w);
      biases.add(b);
      width = w.length;
    }
    List<String> classNames = new ArrayList<>();
    root.path("classes").forEach(c -> classNames.add(c.asText()));
    if (classNames.size() != width) {
      throw new SceneException(
          name
              + ": the model has "
              + width
              + " outputs but names "
              + classNames.size()
              + " classes");
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
    return new Model(network, List.copyOf(classNames));
  }

  private static double[][] matrix(JsonNode rows, int columns, String where) throws SceneException {
    if (!rows.isArray() || rows.isEmpty()) {
      throw new SceneException(where + ": \"weights\" must be a list of rows");
    }
    double[][] result = new double[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      result[r] = vector(rows.get(r), columns, where + ", weights row " + (r + 1));
    }
    return result;
  }

  private static double[] vector(JsonNode values, int length, String where) throws SceneException {
    if (!values.isArray() || values.size() != length) {
      throw new SceneException(
          where
              + ": expected "
              + length
              + " numbers, found "
              + (values.isArray() ? values.size() : "none"));
    }
    double[] result = new double[length];
    for (int i = 0; i < length; i++) {
      JsonNode value = values.get(i);
      if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
        throw new SceneException(
            where + ": item " + (i + 1) + " is " + value + ", not a finite number");
      }
      result[i] = value.asDouble();
    }
    return result;
  }

  private static void deleteQuietly(Path temporary, IOException cause) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }
}
