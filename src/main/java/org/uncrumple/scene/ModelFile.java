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
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Normalisation;
import org.uncrumple.data.Scaling;
import org.uncrumple.nn.DenseLayer;
import org.uncrumple.nn.Network;

/**
 * Trained models as JSON: the layers in order, each with its activation, its weight matrix W (one
 * row per output, as in z = W·a + b) and its bias b, plus the input width, the names of the input
 * features, the scaling of the training data (see {@link ModelInputs}) and the class names. Numbers
 * are written in the shortest form that reads back to the same double, so a model that is saved and
 * loaded gives the same outputs bit for bit.
 *
 * <pre>
 * {"format": "uncrumple-model", "version": 2, "inputs": 3, "features": ["x", "y", "z"],
 *  "scaling": {"kind": "uniform", "centre": [...], "scale": [...]},
 *  "classes": ["sheet A", "sheet B"],
 *  "layers": [{"activation": "tanh", "weights": [[...], ...], "bias": [...]}, ...]}
 * </pre>
 *
 * <p>Version 1 files (no features, no scaling) still load: their inputs are x, y, z. Optionally
 * {@code "figures"} records the training and test loss and accuracy the model was saved with
 * ({@link ModelFigures}); files without it load as before.
 */
public final class ModelFile {
  static final String FORMAT = "uncrumple-model";

  /** The version of the format this program writes; it reads this one and version 1. */
  static final int VERSION = 2;

  /** Model files hold a few thousand numbers; anything this big is refused unread. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private static final Set<String> FIELDS_V1 =
      Set.of("format", "version", "inputs", "classes", "layers", "figures");
  private static final Set<String> FIELDS =
      Set.of("format", "version", "inputs", "features", "scaling", "classes", "layers", "figures");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ModelFile() {}

  /**
   * Writes a model trained on a data set, with the data's feature names, scaling and class names,
   * to a temporary file beside {@code file}, then moves it into place.
   */
  public static void write(Path file, Network network, Dataset data) throws SceneException {
    write(file, network, data, null);
  }

  /**
   * Writes a model trained on a data set, as {@link #write(Path, Network, Dataset)}, with the
   * training and test figures it was trained to.
   *
   * @param figures the figures, or null for none
   */
  public static void write(Path file, Network network, Dataset data, ModelFigures figures)
      throws SceneException {
    write(
        file,
        new Model(network, data.classNames(), data.featureNames(), data.normalisation(), figures));
  }

  /**
   * Writes a model without its data: the features are named x, y, z (or feature1 …) and no scaling
   * is recorded, so new points are fitted to the cube as version 1 did. Prefer {@link #write(Path,
   * Network, Dataset)}.
   */
  public static void write(Path file, Network network, List<String> classNames)
      throws SceneException {
    int inputs = network.architecture().inputs();
    write(file, new Model(network, classNames, ModelInputs.unnamed(inputs), null, null));
  }

  /**
   * Writes a model without its data, as {@link #write(Path, Network, List)}, with the figures it
   * was trained to.
   *
   * @param figures the training and test figures, or null for none
   */
  public static void write(
      Path file, Network network, List<String> classNames, ModelFigures figures)
      throws SceneException {
    int inputs = network.architecture().inputs();
    write(file, new Model(network, classNames, ModelInputs.unnamed(inputs), null, figures));
  }

  /** Writes the model to a temporary file beside {@code file}, then moves it into place. */
  public static void write(Path file, Model model) throws SceneException {
    write(file, model, Storage.DISK);
  }

  /**
   * Writes a model without its data through {@code storage}, as {@link #write(Path, Network,
   * List)}.
   */
  public static void write(Path file, Network network, List<String> classNames, Storage storage)
      throws SceneException {
    int inputs = network.architecture().inputs();
    write(file, new Model(network, classNames, ModelInputs.unnamed(inputs), null, null), storage);
  }

  /**
   * Writes the model through {@code storage} ({@link AtomicWrite}): on failure the old file is
   * unchanged and the message says why.
   */
  public static void write(Path file, Model model, Storage storage) throws SceneException {
    Network network = model.network();
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("inputs", network.architecture().inputs());
    ModelInputs.write(root, model.featureNames(), model.scaling());
    ArrayNode classes = root.putArray("classes");
    model.classNames().forEach(classes::add);
    root.set("layers", layers(network));
    if (model.figures() != null) {
      model.figures().writeTo(root);
    }
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

  /**
   * A model: its weights, its class names, the names of its input features and the scaling of its
   * training data.
   *
   * @param network the weights
   * @param classNames one name per output
   * @param featureNames one name per input
   * @param scaling how raw values of the features become the inputs; null when the model file does
   *     not say (version 1, or saved without its data): new points are then fitted to [−1, 1]³
   * @param figures the training and test figures the model was saved with, or null when the file
   *     records none
   */
  public record Model(
      Network network,
      List<String> classNames,
      List<String> featureNames,
      Normalisation scaling,
      ModelFigures figures) {
    public Model {
      classNames = List.copyOf(classNames);
      featureNames = List.copyOf(featureNames);
      int inputs = network.architecture().inputs();
      if (classNames.size() != network.architecture().classes()) {
        throw new IllegalArgumentException(
            "a network of " + network.architecture().classes() + " outputs needs as many names");
      }
      if (featureNames.size() != inputs || (scaling != null && scaling.dimensions() != inputs)) {
        throw new IllegalArgumentException(
            "a network of " + inputs + " inputs needs as many feature names and scales");
      }
    }

    /**
     * The network's inputs for raw points: scaled by the training data's scaling, or, when the
     * model does not record one, fitted into [−1, 1]³ as {@code uncrumple train} fitted a CSV file
     * of coordinates (uniformly, about the middle of the points' own bounding box).
     *
     * @param raw row-major, one value per feature in the model's order, in the data's own units
     * @return a new array of inputs
     */
    public double[] inputs(double[] raw) {
      Normalisation used =
          scaling != null ? scaling : Normalisation.of(Scaling.UNIFORM, featureNames.size(), raw);
      return used.toNormalised(raw);
    }

    /** A model with its features and scaling, without recorded figures. */
    public Model(
        Network network,
        List<String> classNames,
        List<String> featureNames,
        Normalisation scaling) {
      this(network, classNames, featureNames, scaling, null);
    }

    /** A model whose features and scaling are not known: x, y, z, fitted to the cube. */
    public Model(Network network, List<String> classNames) {
      this(network, classNames, ModelInputs.unnamed(network.architecture().inputs()), null);
    }

    /** The training and test figures the model was saved with, when the file records them. */
    public java.util.Optional<ModelFigures> savedFigures() {
      return java.util.Optional.ofNullable(figures);
    }
  }

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
    long version = fields.integer(root, "/version", VERSION, 1, Long.MAX_VALUE);
    if (version > VERSION) {
      throw new SceneException(
          String.format(
              "%s: version is %d; this program reads model files of versions 1 and %d (a newer"
                  + " program wrote this one)",
              fields.where("/version"), version, VERSION));
    }
    fields.allowOnly("", root, version == 1 ? FIELDS_V1 : FIELDS);
    int inputs = (int) fields.integer(root, "/inputs", -1, 1, SceneReader.MAX_WIDTH);
    List<String> features =
        version == 1 ? ModelInputs.unnamed(inputs) : ModelInputs.features(root, fields, inputs);
    Normalisation scaling = version == 1 ? null : ModelInputs.scaling(root, fields, inputs);
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
    return new Model(network, classNames, features, scaling, ModelFigures.read(root, fields));
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
