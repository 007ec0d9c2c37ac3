package org.uncrumple.data;

import java.io.IOException;
import java.io.InputStream;

/**
 * The first of the two passes over a CSV file (see {@link CsvImport}): counts the lines that are
 * not blank, so the second pass can hold the numbers in one array of the right size, and refuses a
 * file as soon as a line is too long or there are too many rows, before any number is parsed.
 *
 * <p>It reads bytes, not text: in UTF-8 the bytes of a line ending (LF, CR) never occur inside
 * another character. A line counts as blank when it holds only spaces, tabs and control characters;
 * the count is therefore at least the number of data rows the second pass finds.
 */
final class CsvScan {
  private static final int BUFFER_BYTES = 1 << 16;

  private CsvScan() {}

  /**
   * Counts the data rows of a file, at most.
   *
   * @param in the file's bytes, from its start
   * @param lines for messages naming a line
   * @param rowLimit refuse the file when it has more data rows than this
   * @param rowLimitProblem what to say at the first line past {@code rowLimit}
   * @param fileBytes the file's size, for progress
   * @param progress told every 64 KB; may cancel
   * @return the number of lines after the header that are not blank
   */
  static long dataRows(
      CountingInput in,
      CsvLines lines,
      long rowLimit,
      String rowLimitProblem,
      long fileBytes,
      ReadProgress progress)
      throws IOException, DataException {
    byte[] buffer = new byte[BUFFER_BYTES];
    long lineNumber = 1;
    long lineBytes = 0;
    long filled = 0;
    boolean blank = true;
    boolean afterCarriageReturn = false;
    int n;
    while ((n = read(in, buffer)) > 0) {
      for (int i = 0; i < n; i++) {
        byte b = buffer[i];
        if (b == '\n' || b == '\r') {
          if (!(b == '\n' && afterCarriageReturn)) {
            if (!blank && ++filled - 1 > rowLimit) {
              throw lines.problemAt(clamp(lineNumber), rowLimitProblem);
            }
            lineNumber++;
            lineBytes = 0;
            blank = true;
          }
          afterCarriageReturn = b == '\r';
          continue;
        }
        afterCarriageReturn = false;
        if (++lineBytes > CsvLines.MAX_LINE_CHARS) {
          throw lines.problemAt(
              clamp(lineNumber),
              String.format(
                  "the line is longer than %,d bytes (1 MB); a line may be at most that long,"
                      + " so this does not look like a table of points",
                  CsvLines.MAX_LINE_CHARS));
        }
        if ((b & 0xff) > ' ') {
          blank = false;
        }
      }
      progress.update(ReadProgress.Pass.COUNTING, Math.max(filled - 1, 0), in.count(), fileBytes);
      if (progress.cancelled()) {
        throw new ReadCancelledException(
            lines.fileName()
                + ": reading was cancelled while counting lines, at line "
                + lineNumber);
      }
    }
    if (!blank && ++filled - 1 > rowLimit) {
      throw lines.problemAt(clamp(lineNumber), rowLimitProblem);
    }
    return Math.max(filled - 1, 0);
  }

  private static int read(InputStream in, byte[] buffer) throws IOException {
    return in.read(buffer, 0, buffer.length);
  }

  private static int clamp(long line) {
    return (int) Math.min(line, Integer.MAX_VALUE);
  }
}
