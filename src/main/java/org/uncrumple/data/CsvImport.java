package org.uncrumple.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads labelled points from a CSV file into a {@link Dataset}.
 *
 * <p>The first line that is not blank is the header: the column names {@code x, y, z, label} or
 * {@code x, y, label}, in any order, any letter case. Two-column data get z = 0. Each later line is
 * one point: finite decimal numbers for the coordinates and any text for the label. When every
 * label is an integer the classes are ordered by value and named by their text; otherwise each
 * different text is a class, in order of first appearance. The file must be UTF-8 (a byte order
 * mark is allowed) and may use Windows line endings, spaces around fields, quoted fields and blank
 * lines; see {@link CsvLines} for the field syntax.
 *
 * <p>The points are normalised into [-1, 1]³ as the generators' are, because the network expects
 * coordinates of about that size; {@link Dataset#normalisation()} keeps the shift and scale so
 * coordinates can be mapped back to the file's units with {@link Normalisation#toRaw(double[])}.
 * The data set has no sheets and is named after the file.
 *
 * <p>A file may also have a column that says which rows are held out for testing: {@link
 * #read(Path, String)} names it, and each of its values must be {@code train} or {@code test} (any
 * letter case). Rows marked test become the data set's test points, in file order.
 *
 * <p>Every problem raises a {@link DataException} whose message names the file and the line, for
 * example {@code points.csv, line 17: column "y" is "abc", not a number}. The file is read as a
 * stream, once, without regular expressions. Reading is safe from any thread; it keeps no state
 * between calls.
 */
public final class CsvImport {
  /** The most data rows a file may have. */
  public static final int MAX_ROWS = 2_000_000;

  /** The most different labels (classes) a file may have. */
  public static final int MAX_CLASSES = 100;

  private static final String HEADERS = "x,y,z,label or x,y,label";
  private static final int BUFFER_CHARS = 1 << 16;

  private CsvImport() {}

  /**
   * Reads a CSV file of labelled points.
   *
   * @param file the file
   * @return the points, normalised, with their classes and normalisation
   * @throws DataException if the file cannot be read or breaks a rule above; the message names the
   *     file, the line, what was found and what is allowed
   */
  public static Dataset read(Path file) throws DataException {
    return read(file, MAX_ROWS);
  }

  /**
   * Reads a CSV file of labelled points with a given row limit, so tests can check the limit
   * without writing millions of rows.
   *
   * @param file the file
   * @param maxRows the most data rows allowed
   * @return the points
   * @throws DataException as {@link #read(Path)}
   */
  static Dataset read(Path file, int maxRows) throws DataException {
    return read(file, maxRows, null);
  }

  /**
   * Reads a CSV file of labelled points in which one more column marks each row {@code train} or
   * {@code test}.
   *
   * @param file the file
   * @param splitColumn the name of the column (any letter case), or null for none
   * @return the training points, with the rows marked test as test points
   * @throws DataException as {@link #read(Path)}, and if the column is missing, a value in it is
   *     neither train nor test, or no row is marked train; the message names file, line and column
   */
  public static Dataset read(Path file, String splitColumn) throws DataException {
    return read(file, MAX_ROWS, splitColumn);
  }

  private static Dataset read(Path file, int maxRows, String splitColumn) throws DataException {
    String fileName = String.valueOf(file.getFileName());
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8),
            BUFFER_CHARS)) {
      return new Rows(new CsvLines(fileName, reader), fileName, maxRows, splitColumn).read();
    } catch (NoSuchFileException e) {
      throw new DataException(fileName + ": there is no such file (" + file + ")", e);
    } catch (AccessDeniedException e) {
      throw new DataException(fileName + ": permission to read the file is denied", e);
    } catch (IOException e) {
      throw new DataException(fileName + ": the file cannot be read: " + e.getMessage(), e);
    }
  }

  /** One reading of one file: the header's column order, then the rows into growing arrays. */
  private static final class Rows {
    private static final int X = 0;
    private static final int Y = 1;
    private static final int Z = 2;
    private static final int LABEL = 3;
    private static final String[] NAMES = {"x", "y", "z", "label"};

    private final CsvLines lines;
    private final String fileName;
    private final int maxRows;
    private final String splitColumn;
    private final LabelClasses classes = new LabelClasses();
    private final int[] columnOf = {-1, -1, -1, -1};
    private String[] header;
    private int headerLine;
    private int firstRowLine;
    private int lastRowLine;
    private int rows;
    private double[] points = new double[3 * 1024];
    private int[] labels = new int[1024];
    private int splitAt = -1;
    private boolean[] test = new boolean[0];

    Rows(CsvLines lines, String fileName, int maxRows, String splitColumn) {
      this.lines = lines;
      this.fileName = fileName;
      this.maxRows = maxRows;
      this.splitColumn = splitColumn;
    }

    Dataset read() throws IOException, DataException {
      readHeader();
      List<String> fields;
      while ((fields = lines.next()) != null) {
        if (rows == maxRows) {
          throw lines.problem(
              "more than " + maxRows + " data rows; at most " + maxRows + " are allowed");
        }
        if (rows == 0) {
          firstRowLine = lines.lineNumber();
        }
        lastRowLine = lines.lineNumber();
        readRow(fields);
      }
      return finish();
    }

    private void readHeader() throws IOException, DataException {
      List<String> fields = lines.next();
      if (fields == null) {
        throw lines.problemAt(1, "the file is empty; its first line must be the header " + HEADERS);
      }
      headerLine = lines.lineNumber();
      String found = String.join(",", fields);
      if (looksLikeNumber(fields.get(0))) {
        throw lines.problem(
            "the header is missing: the first line is \""
                + found
                + "\", but it must name the columns: "
                + HEADERS);
      }
      for (int i = 0; i < fields.size(); i++) {
        String name = fields.get(i).toLowerCase(Locale.ROOT);
        if (splitColumn != null && name.equals(splitColumn.toLowerCase(Locale.ROOT))) {
          if (splitAt >= 0) {
            throw lines.problem("the header names the column \"" + name + "\" twice");
          }
          splitAt = i;
          continue;
        }
        int column = Arrays.asList(NAMES).indexOf(name);
        if (name.isEmpty()) {
          throw lines.problem(
              "column "
                  + (i + 1)
                  + " of the header has no name; the header must be "
                  + HEADERS
                  + " with nothing after the last name");
        }
        if (column < 0) {
          throw lines.problem(
              "the header has an unknown column \""
                  + fields.get(i)
                  + "\"; the header must be "
                  + HEADERS);
        }
        if (columnOf[column] >= 0) {
          throw lines.problem("the header names the column \"" + name + "\" twice");
        }
        columnOf[column] = i;
      }
      for (int column : new int[] {X, Y, LABEL}) {
        if (columnOf[column] < 0) {
          throw lines.problem(
              "the header \""
                  + found
                  + "\" has no column \""
                  + NAMES[column]
                  + "\"; it must be "
                  + HEADERS);
        }
      }
      if (splitColumn != null && splitAt < 0) {
        throw lines.problem(
            "the header \""
                + found
                + "\" has no column \""
                + splitColumn
                + "\", which the scene's dataset.split names to mark rows train or test");
      }
      header = new String[fields.size()];
      for (int column = 0; column < NAMES.length; column++) {
        if (columnOf[column] >= 0) {
          header[columnOf[column]] = NAMES[column];
        }
      }
      if (splitAt >= 0) {
        header[splitAt] = fields.get(splitAt);
        test = new boolean[1024];
      }
    }

    private void readRow(List<String> fields) throws DataException {
      if (fields.size() != header.length) {
        throw lines.problem(
            (fields.size() < header.length ? "too few values: found " : "too many values: found ")
                + fields.size()
                + ", but the header has "
                + header.length
                + " columns ("
                + String.join(",", header)
                + ")");
      }
      if (rows == labels.length) {
        labels = Arrays.copyOf(labels, 2 * rows);
        points = Arrays.copyOf(points, 6 * rows);
        if (splitAt >= 0) {
          test = Arrays.copyOf(test, 2 * rows);
        }
      }
      if (splitAt >= 0) {
        test[rows] = isTest(fields.get(splitAt));
      }
      for (int axis = X; axis <= Z; axis++) {
        points[3 * rows + axis] = columnOf[axis] < 0 ? 0 : number(fields, axis);
      }
      String label = fields.get(columnOf[LABEL]);
      if (label.isEmpty()) {
        throw lines.problem("column \"label\" is empty; every row needs a class label");
      }
      int known = classes.textCount();
      int index = classes.indexOf(label);
      if (index == known && known == MAX_CLASSES) {
        throw lines.problem(
            "label \""
                + label
                + "\" would be class number "
                + (MAX_CLASSES + 1)
                + "; at most "
                + MAX_CLASSES
                + " different labels are allowed");
      }
      labels[rows++] = index;
    }

    /** The split column's value: train or test in any letter case, and nothing else. */
    private boolean isTest(String value) throws DataException {
      String word = value.toLowerCase(Locale.ROOT);
      if (word.equals("train") || word.equals("test")) {
        return word.equals("test");
      }
      throw lines.problemAt(
          lines.lineNumber(),
          splitAt + 1,
          "column \""
              + header[splitAt]
              + "\" is "
              + (value.isEmpty() ? "empty" : "\"" + value + "\"")
              + ", but it must be train or test: it marks the rows held out for testing");
    }

    private double number(List<String> fields, int axis) throws DataException {
      String text = fields.get(columnOf[axis]);
      String column = "column \"" + NAMES[axis] + "\"";
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

    private Dataset finish() throws DataException {
      if (rows == 0) {
        throw lines.problemAt(
            headerLine,
            "there are no data rows after the header; at least two rows with different labels"
                + " are needed");
      }
      if (classes.textCount() == 1) {
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
      double[] xyz = Arrays.copyOf(points, 3 * rows);
      Normalisation normalisation = Normalisation.fitting(xyz);
      normalisation.normaliseInPlace(xyz);
      Dataset all = new Dataset(fileName, xyz, finalLabels, names, List.of(), normalisation);
      if (splitAt < 0) {
        return all;
      }
      boolean[] marks = Arrays.copyOf(test, rows);
      int training = 0;
      for (boolean mark : marks) {
        training += mark ? 0 : 1;
      }
      if (training == 0) {
        throw lines.problemAt(
            firstRowLine,
            "every data row (lines "
                + firstRowLine
                + " to "
                + lastRowLine
                + ") is marked test in column \""
                + header[splitAt]
                + "\"; at least one row must be marked train");
      }
      return HeldOut.partition(all, marks);
    }
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
  private static boolean looksLikeNumber(String text) {
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
