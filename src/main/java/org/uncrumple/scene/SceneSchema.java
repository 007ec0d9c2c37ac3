package org.uncrumple.scene;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.uncrumple.data.HeldOut;
import org.uncrumple.nn.OptimizerKind;
import org.uncrumple.train.TrainingSettings;

/**
 * The one description of a scene file's single-valued fields: name, type, default, allowed range
 * and meaning. {@link SceneReader} validates and reads with it, {@link SceneWriter} writes with it,
 * and a test checks docs/scenes.md against it. Lists (hidden layers, tour, weights) and the
 * dataset's generator parameters have their own descriptions in the reader and in {@code data}.
 */
final class SceneSchema {
  private SceneSchema() {}

  /** The kinds of value a field holds. */
  enum Kind {
    TEXT,
    NUMBER,
    WHOLE,
    BOOLEAN,
    CHOICE
  }

  /**
   * One field.
   *
   * @param section the mapping it lives in ("" for the top level)
   * @param fallback its default, or null when the field is required
   * @param minimumIncluded whether {@code min} itself is allowed (numbers)
   * @param value reads the field's value from a scene, for writing
   */
  record Field(
      String section,
      String name,
      Kind kind,
      Object fallback,
      double min,
      boolean minimumIncluded,
      double max,
      List<String> choices,
      String meaning,
      Function<SceneSpec, Object> value) {

    String pointer() {
      return section.isEmpty() ? "/" + name : "/" + section + "/" + name;
    }

    /** What a value must be, in words, for messages and the docs. */
    String allowed() {
      switch (kind) {
        case TEXT:
          return "a text";
        case BOOLEAN:
          return "true or false";
        case CHOICE:
          return "one of " + String.join(", ", choices);
        case WHOLE:
          return min == -Double.MAX_VALUE
              ? "a whole number"
              : String.format("a whole number from %s to %s", plain(min), plain(max));
        case NUMBER:
          return String.format(
              "a number %s %s and at most %s",
              minimumIncluded ? "from" : "above", plain(min), plain(max));
        default:
          throw new IllegalStateException("unknown kind " + kind);
      }
    }
  }

  private static final TrainingSettings TRAINING = TrainingSettings.defaults();

  static final List<Field> FIELDS =
      List.of(
          text(
              "", "title", null, "the scene's name, shown in the window's title", SceneSpec::title),
          text("", "description", "", "a sentence or two for the gallery", SceneSpec::description),
          number(
              "dataset",
              "test-share",
              HeldOut.DEFAULT_SHARE,
              0,
              true,
              HeldOut.MAX_SHARE,
              "share of all points held out to test the network on points it never trained on",
              s -> s.dataset().testShare()),
          choice(
              "training",
              "optimizer",
              TRAINING.optimizer().id(),
              List.of("adam", "sgd"),
              "how each step uses the gradient; sgd is stochastic gradient descent with momentum",
              s -> s.training().optimizer().id()),
          number(
              "training",
              "learning-rate",
              TRAINING.learningRate(),
              0,
              false,
              1000,
              "how far each step moves the weights",
              s -> s.training().learningRate()),
          number(
              "training",
              "momentum",
              TRAINING.momentum(),
              0,
              true,
              0.999999,
              "for sgd: how much of the last step carries into the next",
              s -> s.training().momentum()),
          number(
              "training",
              "weight-decay",
              TRAINING.weightDecay(),
              0,
              true,
              1,
              "L2 penalty on the weights (not the biases)",
              s -> s.training().weightDecay()),
          whole(
              "training",
              "batch-size",
              TRAINING.batchSize(),
              1,
              100_000,
              "points per step",
              s -> s.training().batchSize()),
          number(
              "training",
              "speed",
              TRAINING.stepsPerSecond(),
              0,
              true,
              1_000_000,
              "steps per second in the window; 0 = as fast as the computer allows",
              s -> s.training().stepsPerSecond()),
          whole(
              "training",
              "seed",
              TRAINING.seed(),
              -Double.MAX_VALUE,
              Double.MAX_VALUE,
              "fixes the first weights and the order of the batches",
              s -> s.training().seed()),
          whole(
              "training",
              "steps",
              SceneReader.DEFAULT_STEPS,
              0,
              1_000_000_000,
              "steps `uncrumple train` and exports take unless told otherwise",
              SceneSpec::steps),
          bool(
              "training",
              "running",
              true,
              "whether training starts when the window opens",
              SceneSpec::running),
          number(
              "view",
              "yaw",
              ViewSpec.DEFAULT.yaw(),
              -360,
              true,
              360,
              "camera angle around the vertical axis, degrees",
              s -> s.view().yaw()),
          number(
              "view",
              "pitch",
              ViewSpec.DEFAULT.pitch(),
              -89,
              true,
              89,
              "camera angle above the horizontal, degrees",
              s -> s.view().pitch()),
          number(
              "view",
              "distance",
              ViewSpec.DEFAULT.distance(),
              2,
              true,
              50,
              "camera distance from the centre (the data fill a cube of side 2)",
              s -> s.view().distance()),
          text(
              "view",
              "stage",
              ViewSpec.DEFAULT.stage(),
              "the stage shown when the scene opens: input, layerN.rotate1, layerN.stretch,"
                  + " layerN.rotate2, layerN.shift, layerN.squash or output",
              s -> s.view().stage()),
          bool(
              "view",
              "auto-rotate",
              ViewSpec.DEFAULT.autoRotate(),
              "whether the camera slowly circles the data",
              s -> s.view().autoRotate()),
          number(
              "view",
              "tour-speed",
              ViewSpec.DEFAULT.tourSpeed(),
              0.1,
              true,
              10,
              "steps of the tour per second",
              s -> s.view().tourSpeed()),
          bool(
              "view",
              "loop",
              ViewSpec.DEFAULT.loop(),
              "whether the tour starts over after the output",
              s -> s.view().loop()),
          choice(
              "view",
              "projection",
              ViewSpec.DEFAULT.projection(),
              List.of(ViewSpec.MAIN_DIRECTIONS, ViewSpec.GRAND_TOUR),
              "how a stage wider than three is seen: along its three main directions, or through"
                  + " a grand tour that slowly turns through all of them",
              s -> s.view().projection()));

  /** The fields of one section, in file order. */
  static List<Field> section(String name) {
    return FIELDS.stream().filter(f -> f.section().equals(name)).collect(Collectors.toList());
  }

  /** Field names of one section, for "unknown field" messages. */
  static Map<String, Field> byName(String section) {
    return section(section).stream()
        .collect(Collectors.toMap(Field::name, f -> f, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  static OptimizerKind optimizer(String id) {
    return OptimizerKind.fromId(id);
  }

  private static Field text(
      String section,
      String name,
      String fallback,
      String meaning,
      Function<SceneSpec, Object> value) {
    return new Field(section, name, Kind.TEXT, fallback, 0, true, 0, List.of(), meaning, value);
  }

  private static Field choice(
      String section,
      String name,
      String fallback,
      List<String> choices,
      String meaning,
      Function<SceneSpec, Object> value) {
    return new Field(section, name, Kind.CHOICE, fallback, 0, true, 0, choices, meaning, value);
  }

  private static Field number(
      String section,
      String name,
      double fallback,
      double min,
      boolean minimumIncluded,
      double max,
      String meaning,
      Function<SceneSpec, Object> value) {
    return new Field(
        section, name, Kind.NUMBER, fallback, min, minimumIncluded, max, List.of(), meaning, value);
  }

  private static Field whole(
      String section,
      String name,
      long fallback,
      double min,
      double max,
      String meaning,
      Function<SceneSpec, Object> value) {
    return new Field(
        section, name, Kind.WHOLE, fallback, min, true, max, List.of(), meaning, value);
  }

  private static Field bool(
      String section,
      String name,
      boolean fallback,
      String meaning,
      Function<SceneSpec, Object> value) {
    return new Field(section, name, Kind.BOOLEAN, fallback, 0, true, 0, List.of(), meaning, value);
  }

  static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
