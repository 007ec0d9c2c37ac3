package org.uncrumple.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the header row of a CSV file says about its columns: which one holds the class (if any) and
 * which hold the features, in the order the network will see them.
 *
 * <p>Rules, in the order they are checked (see {@link CsvImport} for the file as a whole):
 *
 * <ul>
 *   <li>every column has a name, and no two names differ only in letter case;
 *   <li>the class column is the one named by the caller ({@code dataset.label}, {@code --label});
 *       otherwise the one column called label, class, target, species or digit, in any letter case;
 *   <li>every other column is a feature; there must be 1 to {@link CsvImport#MAX_FEATURES};
 *   <li>features x, y, z (in any order and case) are put in that order, and x, y alone get a third
 *       feature z = 0, so that the files of coordinates of earlier versions read as they always
 *       did;
 *   <li>when the features must be a trained model's, every model feature must be a column and every
 *       column other than the class a model feature; they are put in the model's order.
 * </ul>
 */
final class CsvHeader {
  /** Names that mark a class column, in lower case. */
  static final List<String> LABEL_NAMES = List.of("label", "class", "target", "species", "digit");

  private static final String LABEL_CHOICE =
      "name the class column with dataset.label in a scene or --label on the command line";

  /** The header as written, one name per column. */
  final String[] names;

  /** The class column, or −1 when the file has none. */
  final int labelColumn;

  /** The column of each feature, in feature order; −1 for a feature the file leaves out (z = 0). */
  final int[] featureColumns;

  /** The name of each feature, in feature order. */
  final List<String> featureNames;

  private CsvHeader(
      String[] names, int labelColumn, int[] featureColumns, List<String> featureNames) {
    this.names = names;
    this.labelColumn = labelColumn;
    this.featureColumns = featureColumns;
    this.featureNames = List.copyOf(featureNames);
  }

  /**
   * Reads the header.
   *
   * @param fields the header's fields
   * @param lines the file, for messages at the header's line
   * @param label the class column's name as the user gave it, or null to find it by name
   * @param labelRequired whether a file without a class column is an error
   * @param modelFeatures the features a trained model expects, or null for any
   * @param ignored a column that is neither class nor feature (a train/test split column), or null
   * @throws DataException naming the line and the column for every rule above that is broken
   */
  static CsvHeader read(
      List<String> fields,
      CsvLines lines,
      String label,
      boolean labelRequired,
      List<String> modelFeatures,
      String ignored)
      throws DataException {
    String[] names = fields.toArray(new String[0]);
    String found = String.join(",", fields);
    if (looksLikeData(names, label)) {
      throw lines.problem(
          "the header is missing: the first line is \""
              + shortened(found)
              + "\", but it must name the columns, such as x,y,z,label or"
              + " sepal_length,sepal_width,species");
    }
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      if (name.isEmpty()) {
        throw lines.problem(
            "column "
                + (i + 1)
                + " of the header has no name; every column needs a name, and nothing may"
                + " follow the last one");
      }
      Integer before = byName.put(name.toLowerCase(Locale.ROOT), i);
      if (before != null) {
        throw lines.problem(
            "the header names the column \""
                + name
                + "\" twice (columns "
                + (before + 1)
                + " and "
                + (i + 1)
                + ")");
      }
    }
    int labelColumn = labelColumn(names, byName, lines, label, labelRequired);
    int ignoredColumn =
        ignored == null ? -1 : byName.getOrDefault(ignored.toLowerCase(Locale.ROOT), -1);
    List<Integer> columns = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if (i != labelColumn && i != ignoredColumn) {
        columns.add(i);
      }
    }
    if (columns.isEmpty()) {
      throw lines.problem(
          "the file has no feature columns, only the class column \""
              + names[labelColumn]
              + "\"; at least one column of numbers is needed");
    }
    if (columns.size() > CsvImport.MAX_FEATURES) {
      throw lines.problem(
          String.format(
              "the header has %,d feature columns; at most %,d are allowed",
              columns.size(), CsvImport.MAX_FEATURES));
    }
    if (modelFeatures != null) {
      return matched(names, byName, labelColumn, columns, lines, modelFeatures);
    }
    List<String> featureNames = new ArrayList<>();
    int[] featureColumns = columns.stream().mapToInt(Integer::intValue).toArray();
    for (int column : featureColumns) {
      featureNames.add(names[column]);
    }
    if (isCoordinates(featureNames)) {
      featureColumns = new int[] {byName.get("x"), byName.get("y"), byName.getOrDefault("z", -1)};
      featureNames = Dataset.XYZ;
    }
    return new CsvHeader(names, labelColumn, featureColumns, featureNames);
  }

  /** The number of features, d. */
  int dimensions() {
    return featureColumns.length;
  }

  /** The header as written, for messages: all names when there are few. */
  String describe() {
    return names.length <= 10 ? " (" + String.join(",", names) + ")" : "";
  }

  private static int labelColumn(
      String[] names,
      Map<String, Integer> byName,
      CsvLines lines,
      String label,
      boolean labelRequired)
      throws DataException {
    if (label != null) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(label)) {
          return i;
        }
      }
      Integer column = byName.get(label.toLowerCase(Locale.ROOT));
      if (column == null) {
        throw lines.problem(
            "there is no column \""
                + label
                + "\" to hold the classes; the columns are "
                + list(names));
      }
      return column;
    }
    int found = -1;
    for (int i = 0; i < names.length; i++) {
      if (LABEL_NAMES.contains(names[i].toLowerCase(Locale.ROOT))) {
        if (found >= 0) {
          throw lines.problem(
              "both \""
                  + names[found]
                  + "\" and \""
                  + names[i]
                  + "\" could be the class column; "
                  + LABEL_CHOICE);
        }
        found = i;
      }
    }
    if (found < 0 && labelRequired) {
      throw lines.problem(
          "no class column: none of the columns is called "
              + String.join(", ", LABEL_NAMES.subList(0, LABEL_NAMES.size() - 1))
              + " or "
              + LABEL_NAMES.get(LABEL_NAMES.size() - 1)
              + "; the columns are "
              + list(names)
              + "; "
              + LABEL_CHOICE);
    }
    return found;
  }

  /** The header of a points file for a trained model: the model's features, in its order. */
  private static CsvHeader matched(
      String[] names,
      Map<String, Integer> byName,
      int labelColumn,
      List<Integer> columns,
      CsvLines lines,
      List<String> modelFeatures)
      throws DataException {
    List<String> lower = new ArrayList<>();
    for (String feature : modelFeatures) {
      lower.add(feature.toLowerCase(Locale.ROOT));
    }
    for (int column : columns) {
      if (!lower.contains(names[column].toLowerCase(Locale.ROOT))) {
        throw lines.problem(
            "column \""
                + names[column]
                + "\" is not a feature of the model; its features are "
                + list(modelFeatures.toArray(new String[0])));
      }
    }
    boolean flat = modelFeatures.equals(Dataset.XYZ) && !byName.containsKey("z");
    int[] featureColumns = new int[modelFeatures.size()];
    for (int f = 0; f < featureColumns.length; f++) {
      Integer column = byName.get(lower.get(f));
      if (column == null && !(flat && f == 2)) {
        throw lines.problem(
            "the model needs the column \""
                + modelFeatures.get(f)
                + "\", which the file does not have; its columns are "
                + list(names));
      }
      featureColumns[f] = column == null ? -1 : column;
    }
    return new CsvHeader(names, labelColumn, featureColumns, modelFeatures);
  }

  /** Features x, y and z, or x and y alone, in any order and letter case. */
  private static boolean isCoordinates(List<String> names) {
    List<String> lower = new ArrayList<>();
    for (String name : names) {
      lower.add(name.toLowerCase(Locale.ROOT));
    }
    return (lower.size() == 3 || lower.size() == 2)
        && lower.contains("x")
        && lower.contains("y")
        && (lower.size() == 2 || lower.contains("z"));
  }

  /**
   * A first line of data rather than names: it begins with a number and none of its fields names
   * the class column.
   */
  private static boolean looksLikeData(String[] names, String label) {
    if (names.length == 0 || !CsvTable.looksLikeNumber(names[0])) {
      return false;
    }
    for (String name : names) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (LABEL_NAMES.contains(lower)
          || (label != null && lower.equals(label.toLowerCase(Locale.ROOT)))) {
        return false;
      }
    }
    return true;
  }

  /** Names for a message: quoted, comma-separated, the first 20 and a count of the rest. */
  static String list(String[] names) {
    StringBuilder text = new StringBuilder();
    int shown = Math.min(names.length, 20);
    for (int i = 0; i < shown; i++) {
      text.append(i == 0 ? "" : ", ").append('"').append(names[i]).append('"');
    }
    if (names.length > shown) {
      text.append(String.format(" and %,d more", names.length - shown));
    }
    return text.toString();
  }

  private static String shortened(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
