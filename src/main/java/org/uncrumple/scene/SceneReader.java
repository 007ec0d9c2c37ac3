package org.uncrumple.scene;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.uncrumple.data.CsvImport;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Generators;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;
import org.uncrumple.nn.OptimizerKind;
import org.uncrumple.train.TrainingSettings;

/**
 * Reads scene files (YAML) into {@link SceneSpec}s, and turns a CSV file into a scene with a
 * default network. Every problem is reported as a {@link SceneException} that names the file, line,
 * column and field, what was found and what is allowed; unknown fields come with a "did you mean"
 * suggestion. Single-valued fields are described once, in {@link SceneSchema}. See docs/scenes.md.
 *
 * <p>Hostile files are refused quickly: files over {@link #MAX_BYTES}, text that is not UTF-8, YAML
 * aliases (so no "billion laughs"), duplicate keys and the other cases listed in {@link
 * LocatedYaml}; a generated data set may have at most {@link #MAX_POINTS} points.
 */
public final class SceneReader {
  /** Scene files are small; anything bigger is refused before it is parsed. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  /** At most this many hidden layers. */
  public static final int MAX_LAYERS = 32;

  /** At most this many neurons in a layer. */
  public static final int MAX_WIDTH = 1024;

  /** At most this many points in a data set, all classes together (as for a CSV file). */
  public static final int MAX_POINTS = CsvImport.MAX_ROWS;

  private static final Set<String> TOP =
      Set.of(
          "title",
          "description",
          "dataset",
          "network",
          "training",
          "view",
          "classroom",
          "tour",
          "weights");
  private static final Set<String> NETWORK = Set.of("hidden");
  private static final Set<String> LAYER = Set.of("width", "activation");
  private static final Set<String> CLASSROOM = Set.of("hide");

  /** Fields of a section that hold lists, read apart from {@link SceneSchema}'s single values. */
  private static final Map<String, Set<String>> LISTS = Map.of("view", Set.of("show"));

  private static final Set<String> TOUR_STEP = Set.of("stage", "caption");

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
    return parse(file, TextFile.read(file, MAX_BYTES, "a scene file"));
  }

  /** Reads a scene that ships inside the program, such as {@code paper-ball.yaml}. */
  public static SceneSpec readBundled(String name) throws SceneException {
    try (InputStream in = SceneReader.class.getResourceAsStream("/scenes/" + name)) {
      if (in == null) {
        throw new SceneException("the scene " + name + " is not bundled with this program");
      }
      return parse(BundledScenes.folder().resolve(name), TextFile.decode(name, in.readAllBytes()));
    } catch (IOException e) {
      throw new SceneException(name + ": cannot be read (" + TextFile.describe(e) + ")", e);
    }
  }

  /** A scene for a CSV file: its file name as title, the default network and training. */
  public static SceneSpec fromCsv(Path csv) {
    return fromCsv(csv, DatasetSpec.Features.DEFAULT);
  }

  /**
   * A scene for a CSV file whose columns the caller describes (such as {@code --label} on the
   * command line): its file name as title, the default network and training.
   */
  public static SceneSpec fromCsv(Path csv, DatasetSpec.Features features) {
    String name = csv.getFileName().toString();
    return SceneSpec.of(
        name,
        "Points from " + name + ".",
        DatasetSpec.fromCsv(csv.toAbsolutePath(), features),
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
              + ": a scene file must be a YAML mapping with title, dataset, network and training;"
              + " this one is empty or is not a mapping");
    }
    fields.allowOnly("", root, TOP);
    Map<String, Object> top = section(fields, root, "");
    DatasetSpec dataset = DatasetSection.read(fields, root, file);
    List<LayerSpec> hidden = hidden(fields, root);
    JsonNode trainingNode = fields.object(root, "/training");
    Map<String, Object> training = section(fields, trainingNode, "training");
    TrainingSettings settings =
        new TrainingSettings(
            OptimizerKind.fromId((String) training.get("optimizer")),
            (Double) training.get("learning-rate"),
            (Double) training.get("momentum"),
            (Double) training.get("weight-decay"),
            ((Long) training.get("batch-size")).intValue(),
            (Double) training.get("speed"),
            (Long) training.get("seed"));
    JsonNode viewNode = optionalObject(fields, root, "/view");
    Map<String, Object> view = section(fields, viewNode, "view");
    List<String> stages = Stages.names(hidden.size());
    String stage = (String) view.get("stage");
    requireStage(fields, "/view/stage", stage, stages);
    ViewSpec viewSpec =
        new ViewSpec(
            (Double) view.get("yaw"),
            (Double) view.get("pitch"),
            (Double) view.get("distance"),
            stage,
            (Boolean) view.get("auto-rotate"),
            (Double) view.get("tour-speed"),
            (Boolean) view.get("loop"),
            show(fields, viewNode),
            (String) view.get("projection"));
    List<TourStep> tour = tour(fields, root, stages);
    Set<String> hiddenControls = classroom(fields, root);
    Network weights = null;
    if (root.has("weights")) {
      int[] shape = inputsAndClasses(dataset, fields);
      Architecture architecture = new Architecture(shape[0], hidden, shape[1]);
      weights = WeightsReader.read(root.get("weights"), "/weights", architecture, fields);
    }
    return new SceneSpec(
        (String) top.get("title"),
        (String) top.get("description"),
        dataset,
        hidden,
        settings,
        (Long) training.get("steps"),
        (Boolean) training.get("running"),
        viewSpec,
        tour,
        hiddenControls,
        weights);
  }

  private static Map<String, Object> section(Fields fields, JsonNode node, String section)
      throws SceneException {
    Map<String, SceneSchema.Field> known = SceneSchema.byName(section);
    if (!section.isEmpty()) {
      Set<String> allowed = new LinkedHashSet<>(known.keySet());
      allowed.addAll(LISTS.getOrDefault(section, Set.of()));
      fields.allowOnly("/" + section, node, allowed);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (SceneSchema.Field field : known.values()) {
      values.put(field.name(), fields.read(node, field));
    }
    return values;
  }

  private static JsonNode optionalObject(Fields fields, JsonNode root, String pointer)
      throws SceneException {
    JsonNode node = root.get(pointer.substring(1));
    if (node == null || node.isNull()) {
      return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }
    return fields.object(root, pointer);
  }

  private static void requireStage(Fields fields, String pointer, String stage, List<String> stages)
      throws SceneException {
    if (!stages.contains(stage)) {
      String suggestion = Fields.closest(stage, new LinkedHashSet<>(stages));
      throw new SceneException(
          String.format(
              "%s: %s is \"%s\", which this network does not have%s; its stages are input,"
                  + " layer1.rotate1 … layer%d.squash and output",
              fields.where(pointer),
              Fields.name(pointer),
              stage,
              suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)",
              (stages.size() - 2) / Stages.STEPS.size()));
    }
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
    if (list.isEmpty()) {
      throw new SceneException(
          fields.where("/network/hidden")
              + ": network.hidden is empty; a scene needs at least one hidden layer, such as"
              + " {width: 3, activation: tanh}, for there to be anything to watch");
    }
    if (list.size() > MAX_LAYERS) {
      throw new SceneException(
          String.format(
              "%s: network.hidden has %d layers; at most %d are allowed",
              fields.where("/network/hidden"), list.size(), MAX_LAYERS));
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
      int width = (int) fields.integer(layer, at + "/width", -1, 1, MAX_WIDTH);
      Activation activation =
          fields.choice(layer, at + "/activation", Activation.TANH.id(), Activation::fromId);
      layers.add(new LayerSpec(width, activation));
    }
    return layers;
  }

  private static List<TourStep> tour(Fields fields, JsonNode root, List<String> stages)
      throws SceneException {
    JsonNode list = root.get("tour");
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw new SceneException(
          fields.where("/tour") + ": tour must be a list of steps like {stage: input, caption: …}");
    }
    List<TourStep> steps = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String at = "/tour/" + i;
      JsonNode step = list.get(i);
      if (!step.isObject()) {
        throw new SceneException(
            fields.where(at) + ": each tour step must be a mapping with a stage and a caption");
      }
      fields.allowOnly(at, step, TOUR_STEP);
      String stage = fields.text(step, at + "/stage", null);
      requireStage(fields, at + "/stage", stage, stages);
      steps.add(new TourStep(stage, fields.text(step, at + "/caption", null)));
    }
    return steps;
  }

  private static Set<String> classroom(Fields fields, JsonNode root) throws SceneException {
    JsonNode node = optionalObject(fields, root, "/classroom");
    fields.allowOnly("/classroom", node, CLASSROOM);
    return names(fields, node, "/classroom/hide", "classroom.hide", "controls", SceneSpec.CONTROLS);
  }

  /** {@code view.show}: what the view draws; the points alone when the field is missing. */
  private static Set<Show> show(Fields fields, JsonNode view) throws SceneException {
    if (view.get("show") == null || view.get("show").isNull()) {
      return Show.DEFAULT;
    }
    Set<Show> show = EnumSet.noneOf(Show.class);
    for (String id : names(fields, view, "/view/show", "view.show", "things to draw", Show.ids())) {
      show.add(Show.fromId(id));
    }
    return show;
  }

  /**
   * A list of names from a fixed set, such as {@code classroom.hide}: a missing field is an empty
   * set; anything else than a list of known names is refused with the names that are allowed.
   */
  private static Set<String> names(
      Fields fields,
      JsonNode parent,
      String pointer,
      String field,
      String what,
      Collection<String> known)
      throws SceneException {
    JsonNode list = parent.get(pointer.substring(pointer.lastIndexOf('/') + 1));
    if (list == null || list.isNull()) {
      return Set.of();
    }
    String allowed = String.join(", ", known);
    if (!list.isArray()) {
      throw new SceneException(
          fields.where(pointer) + ": " + field + " must be a list of " + what + ": " + allowed);
    }
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String at = pointer + "/" + i;
      if (!list.get(i).isTextual()) {
        throw new SceneException(
            String.format(
                "%s: %s is not a name; it must be one of %s",
                fields.where(at), Fields.name(at), allowed));
      }
      String name = list.get(i).asText();
      if (!known.contains(name)) {
        String suggestion = Fields.closest(name, new LinkedHashSet<>(known));
        throw new SceneException(
            String.format(
                "%s: %s has \"%s\"%s; the %s allowed are %s",
                fields.where(at),
                field,
                name,
                suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)",
                what,
                allowed));
      }
      names.add(name);
    }
    return names;
  }

  /**
   * The number of inputs and of classes, needed to check inline weights: 3 and the generator's
   * classes, or the CSV file's features and classes.
   */
  private static int[] inputsAndClasses(DatasetSpec dataset, Fields fields) throws SceneException {
    if (dataset.generator() != null) {
      Number classes = dataset.parameters().get("classes");
      if (classes != null) {
        return new int[] {3, classes.intValue()};
      }
      Number fallback = Generators.defaults(dataset.generator()).get("classes");
      return new int[] {3, fallback == null ? 2 : fallback.intValue()};
    }
    try {
      DatasetSpec.Features features = dataset.features();
      org.uncrumple.data.Dataset data =
          CsvImport.read(dataset.csv(), new CsvImport.Options(features.label(), features.scale()));
      return new int[] {data.dimensions(), data.classCount()};
    } catch (DataException e) {
      throw new SceneException(fields.where("/dataset/csv") + ": " + e.getMessage(), e);
    }
  }
}
