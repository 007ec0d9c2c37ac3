package org.uncrumple.data;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file line by line and splits each line into fields, keeping count of the line number
 * (1-based, as a text editor counts) so every problem can be reported where it is.
 *
 * <p>Fields follow RFC 4180 on one line: separated by commas, optionally quoted with {@code "} (a
 * quoted field may hold commas, and {@code ""} stands for one quote); spaces and tabs around a
 * field are dropped. A quoted field may not run over a line break. A UTF-8 byte order mark at the
 * start of the file is skipped; the reader must decode malformed bytes to U+FFFD, which is reported
 * as text that is not UTF-8.
 *
 * <p>A line may be at most {@value #MAX_LINE_CHARS} characters long (1 MB of plain text, a row of
 * 1,024 features needs about 20 KB): a longer one is refused, naming it, as soon as its first
 * {@value #MAX_LINE_CHARS} characters are read, so a file that is not a table of points (or one
 * line of 100 MB) is never held in memory. Not thread-safe.
 */
final class CsvLines {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final char REPLACEMENT = '\uFFFD';

  private final String fileName;

  /** The longest line allowed, in characters. */
  static final int MAX_LINE_CHARS = 1 << 20;

  private final Reader reader;
  private final char[] buffer = new char[1 << 16];
  private final StringBuilder line = new StringBuilder();
  private final List<String> fields = new ArrayList<>();
  private int position;
  private int end;
  private boolean afterCarriageReturn;
  private int lineNumber;

  /**
   * Starts reading.
   *
   * @param fileName the file's name, for messages
   * @param reader the file's text, decoding malformed input to U+FFFD
   */
  CsvLines(String fileName, Reader reader) {
    this.fileName = fileName;
    this.reader = reader;
  }

  /**
   * Reads the next line that is not blank and splits it into fields.
   *
   * @return the fields, valid until the next call; or null at the end of the file
   * @throws IOException if the file cannot be read
   * @throws DataException if the line is too long, is not UTF-8 text or a quoted field is not
   *     closed properly
   */
  List<String> next() throws IOException, DataException {
    String line;
    do {
      line = readLine();
      if (line == null) {
        return null;
      }
      lineNumber++;
      if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
        line = line.substring(1);
      }
    } while (line.isBlank());
    if (line.indexOf(REPLACEMENT) >= 0) {
      throw problem("this line is not UTF-8 text; save the file with the UTF-8 encoding");
    }
    split(line);
    return fields;
  }

  /**
   * Reads one line without its ending (LF, CR LF or CR), refusing it once it is too long.
   *
   * @return the line, or null at the end of the file
   */
  private String readLine() throws IOException, DataException {
    line.setLength(0);
    boolean any = false;
    while (true) {
      if (position == end) {
        int n = reader.read(buffer, 0, buffer.length);
        if (n <= 0) {
          return any ? line.toString() : null;
        }
        position = 0;
        end = n;
      }
      if (afterCarriageReturn) {
        afterCarriageReturn = false;
        if (buffer[position] == '\n') {
          position++;
          continue;
        }
      }
      any = true;
      int start = position;
      while (position < end && buffer[position] != '\n' && buffer[position] != '\r') {
        position++;
      }
      if (line.length() + (position - start) > MAX_LINE_CHARS) {
        throw problemAt(
            lineNumber + 1,
            String.format(
                "the line is longer than %,d characters (1 MB); a line may be at most that long,"
                    + " so this does not look like a table of points",
                MAX_LINE_CHARS));
      }
      line.append(buffer, start, position - start);
      if (position < end) {
        afterCarriageReturn = buffer[position++] == '\r';
        return line.toString();
      }
    }
  }

  /**
   * Returns the file's name, as messages give it.
   *
   * @return the name
   */
  String fileName() {
    return fileName;
  }

  /**
   * Returns the number of the line last read.
   *
   * @return the 1-based line number; 0 before the first line
   */
  int lineNumber() {
    return lineNumber;
  }

  /**
   * Makes an exception naming the file and the line last read.
   *
   * @param message the problem in plain words
   * @return the exception, to throw
   */
  DataException problem(String message) {
    return problemAt(Math.max(lineNumber, 1), message);
  }

  /**
   * Makes an exception naming the file and a given line.
   *
   * @param line the 1-based line number
   * @param message the problem in plain words
   * @return the exception, to throw
   */
  DataException problemAt(int line, String message) {
    return new DataException(fileName + ", line " + line + ": " + message);
  }

  /**
   * Makes an exception naming the file, a line and a column.
   *
   * @param line the 1-based line number
   * @param column the 1-based field number
   * @param message the problem in plain words
   * @return the exception, to throw
   */
  DataException problemAt(int line, int column, String message) {
    return new DataException(fileName + ", line " + line + ", column " + column + ": " + message);
  }

  private void split(String line) throws DataException {
    fields.clear();
    int length = line.length();
    int i = 0;
    while (true) {
      while (i < length && isSpace(line.charAt(i))) {
        i++;
      }
      int end;
      if (i < length && line.charAt(i) == '"') {
        StringBuilder text = new StringBuilder();
        i++;
        while (true) {
          if (i >= length) {
            throw problem(
                "field "
                    + (fields.size() + 1)
                    + " opens a quote \" that is not closed on this line");
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < length && line.charAt(i) == '"') {
              text.append('"');
              i++;
            } else {
              break;
            }
          } else {
            text.append(c);
          }
        }
        while (i < length && isSpace(line.charAt(i))) {
          i++;
        }
        if (i < length && line.charAt(i) != ',') {
          int comma = line.indexOf(',', i);
          throw problem(
              "field "
                  + (fields.size() + 1)
                  + " has text after its closing quote: \""
                  + line.substring(i, comma < 0 ? length : comma)
                  + "\"; only spaces may follow it before the next comma");
        }
        fields.add(text.toString());
        end = i;
      } else {
        int comma = line.indexOf(',', i);
        end = comma < 0 ? length : comma;
        int last = end;
        while (last > i && isSpace(line.charAt(last - 1))) {
          last--;
        }
        fields.add(line.substring(i, last));
      }
      if (end >= length) {
        return;
      }
      i = end + 1;
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }
}
