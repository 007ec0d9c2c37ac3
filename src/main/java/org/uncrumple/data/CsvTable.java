package org.uncrumple.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One reading of one CSV file for {@link CsvImport}: the header ({@link CsvHeader}), then the rows
 * into growing arrays of raw values and provisional classes, then the checks that need every row
 * (no rows, one class) and the note on constant columns. Not thread-safe; used once.
 */
final class CsvTable {
  private final CsvLines lines;
  private final String label;
  private final String ignored;
  private final boolean labelRequired;
  private final List<String> features;
  private final int maxRows;
  private final LabelClasses classes = new LabelClasses();
  // Read by CsvImport once read() has returned.
  CsvHeader header;
  int dimensions;
  private int headerLine;
  private int firstRowLine;
  private int lastRowLine;
  int rows;
  double[] values;
  int[] labels = new int[1024];
  private double[] first;
  private boolean[] varies;
  List<String> classNames = List.of();

  /**
   * @param ignored a column that is neither class nor feature (a train/test split column), or null
   */
  CsvTable(
      CsvLines lines,
      String label,
      boolean labelRequired,
      List<String> features,
      int maxRows,
      String ignored) {
    this.lines = lines;
    this.ignored = ignored;
    this.label = label;
    this.labelRequired = labelRequired;
    this.features = features;
    this.maxRows = maxRows;
  }

  CsvTable read() throws IOException, DataException {
    List<String> fields = lines.next();
    if (fields == null) {
      throw lines.problemAt(
          1, "the file is empty; its first line must be the header, naming the columns");
    }
    headerLine = lines.lineNumber();
    header = CsvHeader.read(fields, lines, label, labelRequired, features, ignored);
    dimensions = header.dimensions();
    values = new double[dimensions * 1024];
    first = new double[dimensions];
    varies = new boolean[dimensions];
    while ((fields = lines.next()) != null) {
      if (rows == maxRows) {
        throw lines.problem(
            "more than " + maxRows + " data rows; at most " + maxRows + " are allowed");
      }
      if ((long) (rows + 1) * dimensions > CsvImport.MAX_VALUES) {
        throw lines.problem(
            String.format(
                "more than %,d numbers (rows × %,d features); a file may hold at most %,d",
                CsvImport.MAX_VALUES, dimensions, CsvImport.MAX_VALUES));
      }
      if (rows == 0) {
        firstRowLine = lines.lineNumber();
      }
      lastRowLine = lines.lineNumber();
      readRow(fields);
    }
    finish();
    return this;
  }

  private void readRow(List<String> fields) throws DataException {
    String[] names = header.names;
    if (fields.size() != names.length) {
      throw lines.problem(
          (fields.size() < names.length ? "too few values: found " : "too many values: found ")
              + fields.size()
              + ", but the header has "
              + names.length
              + " columns"
              + header.describe());
    }
    if (rows == labels.length) {
      labels = Arrays.copyOf(labels, 2 * rows);
      values = Arrays.copyOf(values, 2 * rows * dimensions);
    }
    int base = rows * dimensions;
    for (int f = 0; f < dimensions; f++) {
      int column = header.featureColumns[f];
      double value = column < 0 ? 0 : number(fields.get(column), names[column]);
      values[base + f] = value;
      if (rows == 0) {
        first[f] = value;
      } else if (value != first[f]) {
        varies[f] = true;
      }
    }
    if (header.labelColumn >= 0) {
      labels[rows] = classOf(fields.get(header.labelColumn), names[header.labelColumn]);
    }
    rows++;
  }

  private int classOf(String text, String column) throws DataException {
    if (text.isEmpty()) {
      throw lines.problem("column \"" + column + "\" is empty; every row needs a class label");
    }
    int known = classes.textCount();
    int index = classes.indexOf(text);
    if (index == known && known == CsvImport.MAX_CLASSES) {
      throw lines.problem(
          "label \""
              + text
              + "\" would be class number "
              + (CsvImport.MAX_CLASSES + 1)
              + "; at most "
              + CsvImport.MAX_CLASSES
              + " different labels are allowed");
    }
    return index;
  }

  private double number(String text, String name) throws DataException {
    String column = "column \"" + name + "\"";
    if (text.isEmpty()) {
      throw lines.problem(column + " is empty, not a number");
    }
    if (!looksLikeNumber(text)) {
      if (isNanOrInfinity(text)) {
        throw lines.problem(column + " is \"" + text + "\"; only finite numbers are allowed");
      }
      throw lines.problem(column + " is \"" + text + "\", not a number");
    }
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw lines.problem(column + " is \"" + text + "\", not a number");
    }
    if (Double.isInfinite(value)) {
      throw lines.problem(
          column + " is \"" + text + "\", too large; only finite numbers are allowed");
    }
    return value;
  }

  private void finish() throws DataException {
    if (rows == 0) {
      throw lines.problemAt(
          headerLine,
          labelRequired
              ? "there are no data rows after the header; at least two rows with different"
                  + " labels are needed"
              : "there are no data rows after the header");
    }
    values = Arrays.copyOf(values, rows * dimensions);
    if (header.labelColumn < 0) {
      labels = null;
      return;
    }
    if (labelRequired && classes.textCount() == 1) {
      throw lines.problemAt(
          firstRowLine,
          "every data row (lines "
              + firstRowLine
              + " to "
              + lastRowLine
              + ") has the label \""
              + classes.text(0)
              + "\"; at least 2 different labels are needed");
    }
    List<String> names = new ArrayList<>();
    int[] classOf = classes.finish(names);
    int[] finalLabels = new int[rows];
    for (int i = 0; i < rows; i++) {
      finalLabels[i] = classOf[labels[i]];
    }
    labels = finalLabels;
    classNames = names;
  }

  /** One sentence naming the features that hold one value in every row, if any do. */
  List<String> notes() {
    List<String> constant = new ArrayList<>();
    for (int f = 0; f < dimensions; f++) {
      if (!varies[f] && header.featureColumns[f] >= 0 && rows > 1) {
        constant.add(header.featureNames.get(f));
      }
    }
    if (constant.isEmpty()) {
      return List.of();
    }
    String which =
        constant.size() == 1
            ? "column \"" + constant.get(0) + "\" holds the same value in every row"
            : String.format(
                "%d columns hold the same value in every row (%s)",
                constant.size(), CsvHeader.list(constant.toArray(new String[0])));
    return List.of(
        lines.fileName()
            + ": "
            + which
            + "; "
            + (constant.size() == 1 ? "it is" : "they are")
            + " kept, but cannot help tell the classes apart");
  }

  /** "NaN", "inf", "Infinity" in any letter case, with or without a sign. */
  private static boolean isNanOrInfinity(String text) {
    String word = text.toLowerCase(Locale.ROOT);
    if (word.startsWith("+") || word.startsWith("-")) {
      word = word.substring(1);
    }
    return word.equals("nan") || word.equals("inf") || word.equals("infinity");
  }

  /** Decimal digits, signs, one point and an exponent letter only: what Java would also parse. */
  static boolean looksLikeNumber(String text) {
    if (text.isEmpty()) {
      return false;
    }
    boolean digit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != '+' && c != '-' && c != '.' && c != 'e' && c != 'E') {
        return false;
      }
    }
    return digit;
  }
}
