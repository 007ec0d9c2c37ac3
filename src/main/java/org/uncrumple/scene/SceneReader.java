package org.uncrumple.scene;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.uncrumple.data.Generators;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.OptimizerKind;
import org.uncrumple.train.TrainingSettings;

/**
 * Reads scene files (YAML) into {@link SceneSpec}s, and turns a CSV file into a scene with a
 * default network. Every problem is reported as a {@link SceneException} that names the file, line,
 * column and field, what was found and what is allowed. See docs/scenes.md for the format.
 */
public final class SceneReader {
  private static final Set<String> TOP =
      Set.of("title", "description", "dataset", "network", "training");
  private static final Set<String> NETWORK = Set.of("hidden");
  private static final Set<String> LAYER = Set.of("width", "activation");
  private static final Set<String> TRAINING =
      Set.of(
          "optimizer",
          "learning-rate",
          "momentum",
          "weight-decay",
          "batch-size",
          "speed",
          "seed",
          "steps",
          "running");

  /** The hidden layers a CSV gets when it is opened without a scene: three of width 3, tanh. */
  static final List<LayerSpec> DEFAULT_HIDDEN =
      List.of(
          new LayerSpec(3, Activation.TANH),
          new LayerSpec(3, Activation.TANH),
          new LayerSpec(3, Activation.TANH));

  static final long DEFAULT_STEPS = 20_000;

  private SceneReader() {}

  /** Reads a scene file, or a CSV file (which becomes a scene with a default network). */
  public static SceneSpec read(Path file) throws SceneException {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return fromCsv(file);
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SceneException(file + ": cannot be read (" + describe(e) + ")", e);
    }
    return parse(file, text);
  }

  /** Reads a scene that ships inside the program, such as {@code paper-ball.yaml}. */
  public static SceneSpec readBundled(String name) throws SceneException {
    try (InputStream in = SceneReader.class.getResourceAsStream("/scenes/" + name)) {
      if (in == null) {
        throw new SceneException("the scene " + name + " is not bundled with this program");
      }
      return parse(Path.of(name), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SceneException(name + ": cannot be read (" + describe(e) + ")", e);
    }
  }

  /** A scene for a CSV file: its file name as title, the default network and training. */
  public static SceneSpec fromCsv(Path csv) {
    String name = csv.getFileName().toString();
    return new SceneSpec(
        name,
        "Points from " + name + ".",
        DatasetSpec.fromCsv(csv.toAbsolutePath()),
        DEFAULT_HIDDEN,
        TrainingSettings.defaults(),
        DEFAULT_STEPS,
        true);
  }

  /** Reads scene text; {@code file} names it in messages and anchors relative CSV paths. */
  static SceneSpec parse(Path file, String text) throws SceneException {
    String name = file.getFileName().toString();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    LocatedYaml yaml = LocatedYaml.parse(name, text);
    Fields fields = new Fields(yaml);
    JsonNode root = yaml.root();
    if (root == null || root.isMissingNode() || !root.isObject()) {
      throw new SceneException(
          name
              + ": a scene file must be a YAML mapping with title, dataset,"
              + " network and training; this one is empty or is not a mapping");
    }
    fields.allowOnly("", root, TOP);
    String title = fields.text(root, "/title", null);
    String description = fields.text(root, "/description", "");
    DatasetSpec dataset = dataset(fields, root, file);
    List<LayerSpec> hidden = hidden(fields, root);
    JsonNode training = fields.object(root, "/training");
    fields.allowOnly("/training", training, TRAINING);
    TrainingSettings defaults = TrainingSettings.defaults();
    OptimizerKind optimizer =
        fields.choice(
            training, "/training/optimizer", defaults.optimizer().id(), OptimizerKind::fromId);
    TrainingSettings settings =
        new TrainingSettings(
            optimizer,
            fields.number(
                training, "/training/learning-rate", defaults.learningRate(), 0, false, 1000),
            fields.number(training, "/training/momentum", defaults.momentum(), 0, true, 0.999999),
            fields.number(training, "/training/weight-decay", defaults.weightDecay(), 0, true, 1),
            (int)
                fields.integer(training, "/training/batch-size", defaults.batchSize(), 1, 100_000),
            fields.number(training, "/training/speed", defaults.stepsPerSecond(), 0, true, 1e6),
            fields.integer(
                training, "/training/seed", defaults.seed(), Long.MIN_VALUE, Long.MAX_VALUE));
    long steps = fields.integer(training, "/training/steps", DEFAULT_STEPS, 0, 1_000_000_000);
    boolean running = fields.bool(training, "/training/running", true);
    return new SceneSpec(title, description, dataset, hidden, settings, steps, running);
  }

  private static DatasetSpec dataset(Fields fields, JsonNode root, Path file)
      throws SceneException {
    JsonNode node = fields.object(root, "/dataset");
    boolean hasCsv = node.has("csv");
    boolean hasGenerator = node.has("generator");
    if (hasCsv == hasGenerator) {
      throw new SceneException(
          fields.where("/dataset")
              + ": dataset needs exactly one of generator (one of "
              + String.join(", ", Generators.ids())
              + ") or csv (a file path)");
    }
    if (hasCsv) {
      fields.allowOnly("/dataset", node, Set.of("csv"));
      String path = fields.text(node, "/dataset/csv", null);
      Path folder = file.toAbsolutePath().getParent();
      return DatasetSpec.fromCsv(folder == null ? Path.of(path) : folder.resolve(path).normalize());
    }
    String generator = fields.choice(node, "/dataset/generator", null, id -> requireGenerator(id));
    Map<String, Number> defaults = Generators.defaults(generator);
    Set<String> allowed = new java.util.LinkedHashSet<>();
    allowed.add("generator");
    allowed.addAll(defaults.keySet());
    fields.allowOnly("/dataset", node, allowed);
    Map<String, Number> parameters = new LinkedHashMap<>();
    for (String key : defaults.keySet()) {
      if (node.has(key)) {
        parameters.put(key, fields.anyNumber(node, "/dataset/" + key));
      }
    }
    return DatasetSpec.generated(generator, parameters);
  }

  private static String requireGenerator(String id) {
    if (!Generators.ids().contains(id)) {
      throw new IllegalArgumentException("allowed: " + String.join(", ", Generators.ids()));
    }
    return id;
  }

  private static List<LayerSpec> hidden(Fields fields, JsonNode root) throws SceneException {
    JsonNode network = fields.object(root, "/network");
    fields.allowOnly("/network", network, NETWORK);
    JsonNode list = network.get("hidden");
    if (list == null || !list.isArray()) {
      throw new SceneException(
          fields.where("/network/hidden")
              + ": network.hidden must be a list of layers, each with a width and an activation");
    }
    List<LayerSpec> layers = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String at = "/network/hidden/" + i;
      JsonNode layer = list.get(i);
      if (!layer.isObject()) {
        throw new SceneException(
            fields.where(at)
                + ": each hidden layer must be a mapping like {width: 3, activation: tanh}");
      }
      fields.allowOnly(at, layer, LAYER);
      int width = (int) fields.integer(layer, at + "/width", -1, 1, 1024);
      Activation activation =
          fields.choice(layer, at + "/activation", Activation.TANH.id(), Activation::fromId);
      layers.add(new LayerSpec(width, activation));
    }
    return layers;
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
