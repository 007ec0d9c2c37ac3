package org.uncrumple.scene;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Generators;
import org.uncrumple.data.HeldOut;

/**
 * The {@code dataset} section of a scene file: a generator with its parameters, or a CSV file with
 * what the scene says about its columns, and the share (or the column) of points held out for
 * testing. Every error names the file, line, column and field, what was found and what is allowed.
 */
final class DatasetSection {
  /** {@code dataset.test-share}, described in {@link SceneSchema}. */
  private static final SceneSchema.Field TEST_SHARE =
      SceneSchema.byName("dataset").get("test-share");

  /** {@code dataset.split}: the CSV column that marks rows train or test. */
  private static final String SPLIT = "split";

  /** Every field a dataset read from a CSV file may have. */
  private static Set<String> csvFieldsAllowed() {
    Set<String> allowed = new java.util.HashSet<>(CsvFields.NAMES);
    allowed.add(TEST_SHARE.name());
    allowed.add(SPLIT);
    return allowed;
  }

  private DatasetSection() {}

  static DatasetSpec read(Fields fields, JsonNode root, Path file) throws SceneException {
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
    double testShare = (Double) fields.read(node, TEST_SHARE);
    if (hasCsv) {
      fields.allowOnly("/dataset", node, csvFieldsAllowed());
      String path = fields.text(node, "/dataset/csv", null);
      Path csvPath = BundledScenes.csv(file, path);
      DatasetSpec csv =
          DatasetSpec.fromCsv(csvPath, CsvFields.read(fields, node, csvPath))
              .withTestShare(testShare);
      if (!node.has(SPLIT)) {
        return csv;
      }
      if (node.has(TEST_SHARE.name())) {
        throw new SceneException(
            fields.where("/dataset/" + TEST_SHARE.name())
                + ": dataset.test-share and dataset.split cannot both be given: the split column"
                + " already says which rows are held out; keep one of them");
      }
      return csv.withSplit(fields.text(node, "/dataset/" + SPLIT, null));
    }
    for (String field : CsvFields.NAMES) {
      if (!field.equals("csv") && node.has(field)) {
        throw new SceneException(
            String.format(
                "%s: dataset.%s describes the columns of a CSV file; a generator's data have no"
                    + " such choice",
                fields.where("/dataset/" + field), field));
      }
    }
    String generator =
        fields.choice(node, "/dataset/generator", null, DatasetSection::requireGenerator);
    Map<String, Number> defaults = Generators.defaults(generator);
    Set<String> allowed = new LinkedHashSet<>();
    allowed.add("generator");
    allowed.add(TEST_SHARE.name());
    allowed.addAll(defaults.keySet());
    fields.allowOnly("/dataset", node, allowed);
    Map<String, Number> parameters = new LinkedHashMap<>();
    for (String key : defaults.keySet()) {
      if (node.has(key)) {
        Number value = fields.anyNumber(node, "/dataset/" + key);
        try {
          Generators.check(generator, Map.of(key, value));
        } catch (DataException e) {
          throw new SceneException(
              String.format(
                  "%s: dataset.%s is %s; %s",
                  fields.where("/dataset/" + key),
                  key,
                  Fields.found(node.get(key)),
                  allowed(generator, key)),
              e);
        }
        parameters.put(key, value);
      }
    }
    requireFewEnoughPoints(fields, generator, parameters, testShare);
    return DatasetSpec.generated(generator, parameters).withTestShare(testShare);
  }

  /**
   * "it must be a whole number from 10 to 1000000 (points on each sheet)", from the generator's own
   * explanation "points: points on each sheet; a whole number from 10 to 1000000".
   */
  private static String allowed(String generator, String parameter) {
    String explanation = Generators.explain(generator, parameter);
    String rest = explanation.substring(explanation.indexOf(": ") + 2);
    int split = rest.lastIndexOf("; ");
    return split < 0
        ? "it must be " + rest
        : "it must be " + rest.substring(split + 2) + " (" + rest.substring(0, split) + ")";
  }

  /**
   * Points per class, training and test, times classes: the data set must fit the same limit as a
   * CSV file.
   */
  private static void requireFewEnoughPoints(
      Fields fields, String generator, Map<String, Number> parameters, double testShare)
      throws SceneException {
    Map<String, Number> defaults = Generators.defaults(generator);
    Number points = parameters.getOrDefault("points", defaults.get("points"));
    Number classes = parameters.getOrDefault("classes", defaults.getOrDefault("classes", 2));
    if (points == null) {
      return;
    }
    long training = points.longValue() * classes.longValue();
    if (training > SceneReader.MAX_POINTS) {
      throw new SceneException(
          String.format(
              "%s: dataset.points is %,d for each of %d classes, %,d points in all; a data set may"
                  + " have at most %,d",
              fields.where("/dataset/points"),
              points.longValue(),
              classes.longValue(),
              training,
              SceneReader.MAX_POINTS));
    }
    long test = HeldOut.testCount(points.longValue(), testShare) * classes.longValue();
    if (training + test > SceneReader.MAX_POINTS) {
      throw new SceneException(
          String.format(
              "%s: dataset.points is %,d for each of %d classes and dataset.test-share %s holds out"
                  + " %,d test points besides them, %,d points in all; a data set may have at most"
                  + " %,d: lower the points or the test share",
              fields.where("/dataset/points"),
              points.longValue(),
              classes.longValue(),
              SceneSchema.plain(testShare),
              test,
              training + test,
              SceneReader.MAX_POINTS));
    }
  }

  private static String requireGenerator(String id) {
    if (!Generators.ids().contains(id)) {
      String suggestion = Fields.closest(id, new LinkedHashSet<>(Generators.ids()));
      throw new IllegalArgumentException(
          (suggestion == null ? "" : "did you mean \"" + suggestion + "\"? ")
              + "allowed: "
              + String.join(", ", Generators.ids()));
    }
    return id;
  }
}
