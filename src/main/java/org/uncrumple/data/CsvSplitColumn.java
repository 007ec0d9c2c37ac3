package org.uncrumple.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The column of a CSV file that says which rows are held out for testing ({@code dataset.split} in
 * a scene): each of its values must be {@code train} or {@code test}, in any letter case. Read in a
 * pass of its own before the points, so the points' reader only has to leave the column out; rows
 * keep the file's order.
 *
 * <p>Every problem raises a {@link DataException} naming the file, the line and the column. Safe
 * from any thread.
 */
public final class CsvSplitColumn {
  private static final int BUFFER_CHARS = 1 << 16;

  private CsvSplitColumn() {}

  /**
   * Reads the column's flags, one per data row.
   *
   * @param file the CSV file
   * @param column the column's name, in any letter case
   * @return true for each row marked test, in file order
   * @throws DataException if the file cannot be read, has no such column, a value is neither train
   *     nor test, or every row is marked test
   */
  public static boolean[] read(Path file, String column) throws DataException {
    String fileName = String.valueOf(file.getFileName());
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8),
            BUFFER_CHARS)) {
      return flags(new CsvLines(fileName, reader), column);
    } catch (NoSuchFileException e) {
      throw new DataException(fileName + ": there is no such file (" + file + ")", e);
    } catch (AccessDeniedException e) {
      throw new DataException(fileName + ": permission to read the file is denied", e);
    } catch (IOException e) {
      throw new DataException(fileName + ": the file cannot be read: " + e.getMessage(), e);
    }
  }

  private static boolean[] flags(CsvLines lines, String column) throws IOException, DataException {
    List<String> first = lines.next();
    if (first == null) {
      throw lines.problemAt(
          1, "the file is empty; its first line must be the header, naming the columns");
    }
    // The reader reuses its list of fields for the next line.
    List<String> header = List.copyOf(first);
    int at = -1;
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))) {
        at = i;
      }
    }
    if (at < 0) {
      throw lines.problem(
          "the header \""
              + String.join(",", header)
              + "\" has no column \""
              + column
              + "\", which the scene's dataset.split names to mark rows train or test");
    }
    int firstLine = -1;
    boolean[] test = new boolean[1024];
    int rows = 0;
    boolean anyTraining = false;
    List<String> fields;
    while ((fields = lines.next()) != null) {
      if (firstLine < 0) {
        firstLine = lines.lineNumber();
      }
      String value = at < fields.size() ? fields.get(at) : "";
      String word = value.toLowerCase(Locale.ROOT);
      if (!word.equals("train") && !word.equals("test")) {
        throw lines.problemAt(
            lines.lineNumber(),
            at + 1,
            "column \""
                + header.get(at)
                + "\" is "
                + (value.isEmpty() ? "empty" : "\"" + value + "\"")
                + ", but it must be train or test: it marks the rows held out for testing");
      }
      if (rows == test.length) {
        test = Arrays.copyOf(test, 2 * rows);
      }
      test[rows++] = word.equals("test");
      anyTraining |= word.equals("train");
    }
    if (rows > 0 && !anyTraining) {
      throw lines.problemAt(
          firstLine,
          "every data row (lines "
              + firstLine
              + " to "
              + lines.lineNumber()
              + ") is marked test in column \""
              + header.get(at)
              + "\"; at least one row must be marked train");
    }
    return Arrays.copyOf(test, rows);
  }
}
