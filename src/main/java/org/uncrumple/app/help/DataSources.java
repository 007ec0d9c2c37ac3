package org.uncrumple.app.help;

import java.util.ArrayList;
import java.util.List;

/**
 * The data sets bundled with the scenes, read from scenes/data/sources.txt for Help › About: each
 * file with where it comes from and its licence, and the closing note on how they were taken.
 *
 * <p>The file's shape: a heading line; then one entry per data file, starting at the margin with
 * {@code NAME.csv: what it holds}, its source on indented lines (authors, the quoted title,
 * publisher, year, address) and an indented {@code Licence: ...} line; then a closing paragraph at
 * the margin.
 */
final class DataSources {
  private DataSources() {}

  /**
   * One bundled data file.
   *
   * @param file its name, e.g. digits.csv
   * @param source who made it and where it is published, on one line
   * @param licence e.g. CC BY 4.0
   */
  record Row(String file, String source, String licence) {}

  /** The entries of the file, in its order. */
  static List<Row> rows(String text) {
    List<Row> rows = new ArrayList<>();
    String file = null;
    StringBuilder source = new StringBuilder();
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (!line.startsWith(" ") && trimmed.matches("[^ :]+\\.csv:.*")) {
        file = trimmed.substring(0, trimmed.indexOf(':'));
        source.setLength(0);
      } else if (file != null && trimmed.startsWith("Licence:")) {
        String licence = trimmed.substring(8).strip();
        if (licence.endsWith(".")) {
          licence = licence.substring(0, licence.length() - 1);
        }
        rows.add(new Row(file, source.toString().strip(), licence));
        file = null;
      } else if (file != null
          && line.startsWith(" ")
          && (source.length() > 0 || line.contains("\""))) {
        // the source begins at the line with the quoted title; lines before it describe the data
        source.append(trimmed).append(' ');
      }
    }
    return rows;
  }

  /** The closing paragraph at the margin after the last entry, on one line; empty if none. */
  static String note(String text) {
    String[] paragraphs = text.strip().split("\\R\\s*\\R");
    String last = paragraphs[paragraphs.length - 1];
    if (last.startsWith(" ") || last.contains("Licence:")) {
      return "";
    }
    return String.join(" ", last.strip().split("\\s*\\R\\s*"));
  }
}
