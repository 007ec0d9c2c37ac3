package org.uncrumple.scene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.uncrumple.nn.DenseLayer;
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

  /** The version of the format this program writes and reads. */
  static final int VERSION = 1;

  /** Model files hold a few thousand numbers; anything this big is refused unread. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ModelFile() {}

  /** Writes the model to a temporary file beside {@code file}, then moves it into place. */
  public static void write(Path file, Network network, List<String> classNames)
      throws SceneException {
    write(file, network, classNames, Storage.DISK);
  }

  /**
   * Writes the model through {@code storage} ({@link AtomicWrite}): on failure the old file is
   * unchanged and the message says why.
   */
  public static void write(Path file, Network network, List<String> classNames, Storage storage)
      throws SceneException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("inputs", network.architecture().inputs());
    ArrayNode classes = root.putArray("classes");
    classNames.forEach(classes::add);
    root.set("layers", layers(network));
    boolean existed = Files.exists(file);
    try {
      AtomicWrite.write(file, storage, JSON.writeValueAsBytes(root));
    } catch (IOException e) {
      throw new SceneException(
          file + ": the model could not be saved: " + AtomicWrite.explain(e, file, existed), e);
    }
  }

  /** The layers of a network as a JSON/YAML list: activation, weights (rows), bias. */
  static ArrayNode layers(Network network) {
    ArrayNode layers = JSON.createArrayNode();
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
    return layers;
  }

  /** A model read back: its weights and its class names. */
  public record Model(Network network, List<String> classNames) {}

  /** Reads a model written by {@link #write}; every problem names the file, line and field. */
  public static Model read(Path file) throws SceneException {
    return parse(
        String.valueOf(file.getFileName()), TextFile.read(file, MAX_BYTES, "a model file"));
  }

  /** Reads model text; {@code name} names the file in messages. */
  static Model parse(String name, String text) throws SceneException {
    LocatedYaml json = LocatedYaml.parseJson(name, text);
    Fields fields = new Fields(json);
    JsonNode root = json.root();
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      throw new SceneException(
          name + ": not an Uncrumple model (its \"format\" is not \"" + FORMAT + "\")");
    }
    fields.allowOnly(
        "", root, java.util.Set.of("format", "version", "inputs", "classes", "layers"));
    long version = fields.integer(root, "/version", VERSION, 1, Long.MAX_VALUE);
    if (version != VERSION) {
      throw new SceneException(
          String.format(
              "%s: version is %d; this program reads model files of version %d (a newer program"
                  + " wrote this one)",
              fields.where("/version"), version, VERSION));
    }
    int inputs = (int) fields.integer(root, "/inputs", -1, 1, SceneReader.MAX_WIDTH);
    Network network = WeightsReader.read(root.get("layers"), "/layers", null, inputs, fields);
    List<String> classNames = classNames(root, fields);
    int outputs = network.architecture().classes();
    if (classNames.size() != outputs) {
      throw new SceneException(
          String.format(
              "%s: the model's last layer has %d outputs but classes names %d classes; there must"
                  + " be one name per output",
              fields.where("/classes"), outputs, classNames.size()));
    }
    return new Model(network, List.copyOf(classNames));
  }

  private static List<String> classNames(JsonNode root, Fields fields) throws SceneException {
    JsonNode classes = root.get("classes");
    if (classes == null || !classes.isArray()) {
      throw new SceneException(
          fields.where("/classes")
              + ": classes must be a list of class names, one per output, such as"
              + " [\"sheet A\", \"sheet B\"]");
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < classes.size(); i++) {
      JsonNode name = classes.get(i);
      if (!name.isValueNode() || name.isNull() || name.asText().isBlank()) {
        throw new SceneException(
            String.format(
                "%s: classes[%d] is %s; each class name must be a text",
                fields.where("/classes/" + i), i + 1, Fields.found(name)));
      }
      names.add(name.asText());
    }
    return names;
  }
}
