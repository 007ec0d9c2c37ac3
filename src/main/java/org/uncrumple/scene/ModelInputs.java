package org.uncrumple.scene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Normalisation;
import org.uncrumple.data.Scaling;

/**
 * The part of a model file (version 2) that says what goes into the network: the names of its input
 * features and the scaling that took the training data's raw values to the inputs, so new points
 * can be scaled exactly as the training points were.
 *
 * <pre>
 * "features": ["sepal_length", "sepal_width", "petal_length", "petal_width"],
 * "scaling": {"kind": "per-feature", "centre": [5.84, ...], "scale": [0.83, ...]}
 * </pre>
 *
 * <p>A version 1 file has neither: its inputs are x, y, z, and points are scaled to fit the cube as
 * {@code uncrumple train} scaled a CSV file of coordinates. A version 2 file may leave out {@code
 * scaling} (a model saved without its data), with the same meaning.
 */
final class ModelInputs {
  private ModelInputs() {}

  /**
   * The features of a model file that does not name them: x, y, z for three inputs, else feature1,
   * feature2, ….
   */
  static List<String> unnamed(int inputs) {
    if (inputs == 3) {
      return Dataset.XYZ;
    }
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= inputs; i++) {
      names.add("feature" + i);
    }
    return names;
  }

  static void write(ObjectNode root, List<String> features, Normalisation scaling) {
    ArrayNode names = root.putArray("features");
    features.forEach(names::add);
    if (scaling != null) {
      ObjectNode node = root.putObject("scaling");
      node.put("kind", scaling.scaling().id());
      ArrayNode centre = node.putArray("centre");
      for (double value : scaling.centre()) {
        centre.add(value);
      }
      ArrayNode scale = node.putArray("scale");
      for (double value : scaling.scale()) {
        scale.add(value);
      }
    }
  }

  /** {@code features}: one distinct, non-blank name per input. */
  static List<String> features(JsonNode root, Fields fields, int inputs) throws SceneException {
    JsonNode list = root.get("features");
    if (list == null || !list.isArray() || list.size() != inputs) {
      throw new SceneException(
          String.format(
              "%s: features must be a list of %d names, one per input, such as [\"x\", \"y\","
                  + " \"z\"]; found %s",
              fields.where("/features"),
              inputs,
              list == null || !list.isArray() ? Fields.found(list) : list.size() + " names"));
    }
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode name = list.get(i);
      if (!name.isTextual() || name.asText().isBlank()) {
        throw new SceneException(
            String.format(
                "%s: features[%d] is %s; each feature name must be a text",
                fields.where("/features/" + i), i + 1, Fields.found(name)));
      }
      if (!seen.add(name.asText().toLowerCase(Locale.ROOT))) {
        throw new SceneException(
            String.format(
                "%s: features[%d] is \"%s\" again; each feature has its own name",
                fields.where("/features/" + i), i + 1, name.asText()));
      }
      names.add(name.asText());
    }
    return names;
  }

  /** {@code scaling}, or null when the file has none. */
  static Normalisation scaling(JsonNode root, Fields fields, int inputs) throws SceneException {
    JsonNode node = root.get("scaling");
    if (node == null || node.isNull()) {
      return null;
    }
    node = fields.object(root, "/scaling");
    fields.allowOnly("/scaling", node, Set.of("kind", "centre", "scale"));
    Scaling kind = fields.choice(node, "/scaling/kind", null, Scaling::fromId);
    double[] centre =
        WeightsReader.vector(
            node.get("centre"), "/scaling/centre", inputs, "scaling centre", fields);
    double[] scale =
        WeightsReader.vector(node.get("scale"), "/scaling/scale", inputs, "scaling scale", fields);
    for (int i = 0; i < inputs; i++) {
      if (!(scale[i] > 0) || (kind == Scaling.UNIFORM && scale[i] != scale[0])) {
        throw new SceneException(
            String.format(
                "%s: scaling scale item %d is %s; every scale must be above 0%s",
                fields.where("/scaling/scale/" + i),
                i + 1,
                scale[i],
                kind == Scaling.UNIFORM ? ", and a uniform scaling has one scale for all" : ""));
      }
    }
    return new Normalisation(kind, centre, scale);
  }
}
