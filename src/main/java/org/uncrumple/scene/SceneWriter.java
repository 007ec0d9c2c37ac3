package org.uncrumple.scene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.uncrumple.nn.LayerSpec;

/**
 * Writes a {@link SceneSpec} as a scene file that {@link SceneReader} reads back to the same scene:
 * the single-valued fields from {@link SceneSchema}, then the network, the tour, the classroom
 * options and, when the scene has them, the trained weights (exact: doubles are written in their
 * shortest round-trip form). A CSV path is written relative to the scene file's folder when it can
 * be, and a data file bundled with the program by its name in the bundle ({@code data/digits.csv}),
 * which the reader finds wherever the scene is saved.
 */
public final class SceneWriter {
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .build());

  private SceneWriter() {}

  /** Writes the scene to {@code file} through a temporary file; nothing is lost on failure. */
  public static void write(Path file, SceneSpec scene) throws SceneException {
    write(file, scene, Storage.DISK);
  }

  /**
   * Writes the scene through {@code storage} ({@link AtomicWrite}): on failure the old file is
   * unchanged and the message says why.
   */
  public static void write(Path file, SceneSpec scene, Storage storage) throws SceneException {
    ObjectNode tree = tree(scene, file);
    int values = values(tree);
    if (values > LocatedYaml.MAX_VALUES) {
      throw new SceneException(
          String.format(
              "%s: with its weights the scene would hold %,d values, more than the %,d a scene file"
                  + " may hold; nothing was written. Save the trained network as a model file"
                  + " instead.",
              file, values, LocatedYaml.MAX_VALUES));
    }
    byte[] bytes = yaml(tree).getBytes(StandardCharsets.UTF_8);
    if (bytes.length > SceneReader.MAX_BYTES) {
      throw new SceneException(
          String.format(
              "%s: with its weights the scene would take %,d bytes, more than the %,d a scene file"
                  + " may have; nothing was written. Save the trained network as a model file"
                  + " instead.",
              file, bytes.length, SceneReader.MAX_BYTES));
    }
    boolean existed = java.nio.file.Files.exists(file);
    try {
      AtomicWrite.write(file, storage, bytes);
    } catch (IOException e) {
      throw new SceneException(
          file + ": the scene could not be saved: " + AtomicWrite.explain(e, file, existed), e);
    }
  }

  /** The scene as YAML text; {@code file} is where it will be saved (for relative CSV paths). */
  static String text(SceneSpec scene, Path file) {
    return yaml(tree(scene, file));
  }

  /**
   * The values a reader counts: every scalar and field name, and the start and end of every list
   * and mapping (see {@link LocatedYaml#MAX_VALUES}).
   */
  static int values(JsonNode node) {
    if (!node.isContainerNode()) {
      return 1;
    }
    int count = 2;
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      count += 1 + values(fields.next().getValue());
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        count += values(item);
      }
    }
    return count;
  }

  private static String yaml(ObjectNode root) {
    try {
      return YAML.writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }

  private static ObjectNode tree(SceneSpec scene, Path file) {
    ObjectNode root = YAML.createObjectNode();
    put(root, "", scene);
    ObjectNode dataset = root.putObject("dataset");
    if (scene.dataset().csv() != null) {
      dataset.put("csv", relative(file, scene.dataset().csv()));
      DatasetSpec.Features features = scene.dataset().features();
      if (features.label() != null) {
        dataset.put("label", features.label());
      }
      if (features.scale() != null) {
        dataset.put("scale", features.scale().id());
      }
      if (features.image() != null) {
        dataset.put("image", features.image().id());
      }
    } else {
      dataset.put("generator", scene.dataset().generator());
      for (Map.Entry<String, Number> parameter : scene.dataset().parameters().entrySet()) {
        dataset.putPOJO(parameter.getKey(), parameter.getValue());
      }
    }
    if (scene.dataset().split() != null) {
      dataset.put("split", scene.dataset().split());
    } else {
      put(dataset, "dataset", scene);
    }
    ArrayNode hidden = root.putObject("network").putArray("hidden");
    for (LayerSpec layer : scene.hidden()) {
      hidden.addObject().put("width", layer.width()).put("activation", layer.activation().id());
    }
    put(root.putObject("training"), "training", scene);
    ObjectNode view = root.putObject("view");
    put(view, "view", scene);
    if (!scene.view().show().equals(Show.DEFAULT)) {
      ArrayNode show = view.putArray("show");
      scene.view().show().forEach(s -> show.add(s.id()));
    }
    if (!scene.hiddenControls().isEmpty()) {
      ArrayNode hide = root.putObject("classroom").putArray("hide");
      SceneSpec.CONTROLS.stream().filter(scene.hiddenControls()::contains).forEach(hide::add);
    }
    if (!scene.tour().isEmpty()) {
      ArrayNode tour = root.putArray("tour");
      for (TourStep step : scene.tour()) {
        tour.addObject().put("stage", step.stage()).put("caption", step.caption());
      }
    }
    scene.initialWeights().ifPresent(weights -> root.set("weights", ModelFile.layers(weights)));
    return root;
  }

  private static void put(ObjectNode node, String section, SceneSpec scene) {
    for (SceneSchema.Field field : SceneSchema.section(section)) {
      Object value = field.value().apply(scene);
      switch (field.kind()) {
        case BOOLEAN:
          node.put(field.name(), (Boolean) value);
          break;
        case WHOLE:
          node.put(field.name(), ((Number) value).longValue());
          break;
        case NUMBER:
          node.put(field.name(), ((Number) value).doubleValue());
          break;
        default:
          node.put(field.name(), (String) value);
      }
    }
  }

  private static String relative(Path file, Path csv) {
    java.util.Optional<String> bundled = BundledScenes.bundledName(csv);
    if (bundled.isPresent()) {
      return bundled.get();
    }
    Path folder = file.toAbsolutePath().getParent();
    try {
      return folder == null
          ? csv.toString()
          : folder.relativize(csv.toAbsolutePath()).toString().replace('\\', '/');
    } catch (IllegalArgumentException differentRoots) {
      return csv.toAbsolutePath().toString();
    }
  }
}
