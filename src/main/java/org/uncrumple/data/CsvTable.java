package org.uncrumple.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One reading of one CSV file for {@link CsvImport}: the header, then the rows into arrays sized by
 * the first pass's count ({@link CsvScan}), reporting progress and checking for a cancel as it
 * goes. One thread; one file.
 */
final class CsvTable {
  private final CsvLines lines;
  private final String label;
  private final String ignored;
  private final boolean labelRequired;
  private final List<String> features;
  private final CsvImport.Limits limits;
  private final ReadProgress progress;
  private final LabelClasses classes = new LabelClasses();
  CsvHeader header;
  int dimensions;
  int headerLine;
  int firstRowLine;
  int lastRowLine;
  int rows;
  double[] values;
  int[] labels;
  private double[] first;
  private boolean[] varies;
  List<String> classNames = List.of();

  CsvTable(
      CsvLines lines,
      String label,
      boolean labelRequired,
      List<String> features,
      CsvImport.Limits limits,
      ReadProgress progress,
      String ignored) {
    this.lines = lines;
    this.ignored = ignored;
    this.label = label;
    this.labelRequired = labelRequired;
    this.features = features;
    this.limits = limits;
    this.progress = progress;
  }

  /**
   * Reads the header and the rows.
   *
   * @param in the file's bytes, counted for progress
   * @param fileBytes the file's size
   * @param expectedRows the rows the first pass counted, at most; the arrays are made this size
   */
  CsvTable read(CountingInput in, long fileBytes, int expectedRows)
      throws IOException, DataException {
    List<String> fields = lines.next();
    if (fields == null) {
      throw lines.problemAt(
          1, "the file is empty; its first line must be the header, naming the columns");
    }
    headerLine = lines.lineNumber();
    header = CsvHeader.read(fields, lines, label, labelRequired, features, ignored);
    dimensions = header.dimensions();
    int capacity = Math.max(expectedRows, 1);
    values = new double[Math.multiplyExact(capacity, dimensions)];
    labels = new int[capacity];
    first = new double[dimensions];
    varies = new boolean[dimensions];
    long rowLimit = limits.rows(dimensions);
    while ((fields = lines.next()) != null) {
      if (rows >= rowLimit) {
        throw lines.problem(CsvImport.tooMany(limits, dimensions));
      }
      if ((rows & (CsvImport.PROGRESS_ROWS - 1)) == 0) {
        progress.update(ReadProgress.Pass.READING, rows, in.count(), fileBytes);
        if (progress.cancelled()) {
          throw new ReadCancelledException(
              lines.fileName() + ": reading was cancelled at line " + lines.lineNumber());
        }
      }
      if (rows == 0) {
        firstRowLine = lines.lineNumber();
      }
      lastRowLine = lines.lineNumber();
      readRow(fields);
    }
    progress.update(ReadProgress.Pass.READING, rows, in.count(), fileBytes);
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
      // Only when the file grew between the passes: the arrays were sized by the first.
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
    if (values.length != rows * dimensions) {
      values = Arrays.copyOf(values, rows * dimensions);
    }
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
  static boolean isNanOrInfinity(String text) {
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
