package org.uncrumple.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks CSV files of hostile sizes (issue 17): a bad last row of two million, a cancel in the
 * middle, too many features, a line of 100 MB and more numbers than the memory allows. The files
 * are written at test time in a temporary folder.
 */
class CsvHostileTest {
  @TempDir Path folder;

  /** Writes a header and {@code rows} rows of {@code d} features with two alternating labels. */
  private Path table(String name, int rows, int d, String lastRow) throws IOException {
    Path file = folder.resolve(name);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int f = 0; f < d; f++) {
        out.write("f" + f + ",");
      }
      out.write("label\n");
      StringBuilder row = new StringBuilder();
      for (int r = 0; r < rows; r++) {
        row.setLength(0);
        for (int f = 0; f < d; f++) {
          row.append((r * 31 + f * 7) % 1000).append(',');
        }
        row.append(r % 2).append('\n');
        out.write(row.toString());
      }
      if (lastRow != null) {
        out.write(lastRow + "\n");
      }
    }
    return file;
  }

  /** Records every progress report and cancels once a reading pass passes a row count. */
  private static final class Recorder implements ReadProgress {
    final List<long[]> reports = new ArrayList<>();
    final long cancelAfterRows;
    long lastRows;
    Pass lastPass;

    Recorder(long cancelAfterRows) {
      this.cancelAfterRows = cancelAfterRows;
    }

    @Override
    public void update(Pass pass, long rows, long bytes, long fileBytes) {
      reports.add(new long[] {pass.ordinal(), rows, bytes, fileBytes});
      lastPass = pass;
      lastRows = rows;
    }

    @Override
    public boolean cancelled() {
      return lastPass == Pass.READING && lastRows >= cancelAfterRows;
    }

    long mostBytes() {
      return reports.stream().mapToLong(r -> r[2]).max().orElse(0);
    }
  }

  @Test
  void aBadLastRowOfTwoMillionIsNamedByItsLine() throws IOException {
    Path file = table("big.csv", CsvImport.MAX_ROWS - 1, 3, "1,2,abc,0");
    DataException e = assertThrows(DataException.class, () -> CsvImport.read(file));
    assertEquals(
        "big.csv, line 2,000,001: column \"f2\" is \"abc\", not a number"
            .replace("2,000,001", "2000001"),
        e.getMessage());
  }

  @Test
  void cancellingStopsTheReadingWithinAThousandRows() throws IOException {
    Path file = table("cancel.csv", 50_000, 3, null);
    Recorder recorder = new Recorder(5_000);
    ReadCancelledException e =
        assertThrows(
            ReadCancelledException.class,
            () -> CsvImport.read(file, CsvImport.Options.DEFAULT, recorder));
    assertTrue(
        e.getMessage().startsWith("cancel.csv: reading was cancelled at line "), e.getMessage());
    assertTrue(recorder.lastRows < 5_000 + 1_024, "stopped after " + recorder.lastRows + " rows");
  }

  @Test
  void progressRisesInEachPassAndEndsAtEveryRow() throws IOException, DataException {
    Path file = table("progress.csv", 20_000, 3, null);
    Recorder recorder = new Recorder(Long.MAX_VALUE);
    Dataset data = CsvImport.read(file, CsvImport.Options.DEFAULT, recorder);
    assertEquals(20_000, data.size());
    long size = Files.size(file);
    long[] previous = {0, 0, 0, size};
    boolean reading = false;
    for (long[] report : recorder.reports) {
      assertEquals(size, report[3]);
      if (report[0] != previous[0]) {
        assertEquals(ReadProgress.Pass.READING.ordinal(), report[0], "counting comes first");
        reading = true;
      } else {
        assertTrue(report[1] >= previous[1] && report[2] >= previous[2], "never backwards");
      }
      previous = report;
    }
    assertTrue(reading);
    assertEquals(20_000, previous[1]);
    assertEquals(size, previous[2]);
  }

  @Test
  void fiveThousandFeaturesAreRefusedAtTheHeader() throws IOException {
    Path file = table("wide.csv", 200, 5_000, null);
    Recorder recorder = new Recorder(Long.MAX_VALUE);
    DataException e =
        assertThrows(
            DataException.class, () -> CsvImport.read(file, CsvImport.Options.DEFAULT, recorder));
    assertEquals(
        "wide.csv, line 1: the header has 5,000 feature columns; at most 1,024 are allowed",
        e.getMessage());
    assertTrue(recorder.reports.isEmpty(), "the rows were not read");
  }

  @Test
  void aLineOf100MegabytesIsRefusedAfterItsFirstMegabyte() throws IOException {
    Path file = folder.resolve("long.csv");
    byte[] block = "1234567,".repeat(1 << 13).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("x,y,label\n1,2,a\n".getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 100 * (1 << 20) / block.length; i++) {
        out.write(block);
      }
      out.write("\n3,4,b\n".getBytes(StandardCharsets.US_ASCII));
    }
    Recorder recorder = new Recorder(Long.MAX_VALUE);
    DataException e =
        assertThrows(
            DataException.class, () -> CsvImport.read(file, CsvImport.Options.DEFAULT, recorder));
    assertEquals(
        "long.csv, line 3: the line is longer than 1,048,576 bytes (1 MB); a line may be at most"
            + " that long, so this does not look like a table of points",
        e.getMessage());
    assertTrue(recorder.mostBytes() < 2 << 20, "read " + recorder.mostBytes() + " bytes");
  }

  @Test
  void anEndlessHeaderIsRefusedWithoutReadingOn() {
    EndlessLine endless = new EndlessLine();
    CsvLines lines = new CsvLines("endless.csv", endless);
    DataException e = assertThrows(DataException.class, lines::next);
    assertTrue(
        e.getMessage()
            .startsWith("endless.csv, line 1: the line is longer than 1,048,576 characters"),
        e.getMessage());
    assertTrue(endless.given < 2 << 20, "read " + endless.given + " characters");
  }

  /** Text of one line that never ends, counting the characters handed out. */
  private static final class EndlessLine extends Reader {
    long given;

    @Override
    public int read(char[] buffer, int offset, int length) {
      java.util.Arrays.fill(buffer, offset, offset + length, '7');
      given += length;
      return length;
    }

    @Override
    public void close() {}
  }

  @Test
  void moreNumbersThanTheMemoryAllowsAreRefusedNamingTheRowAndTheMegabytes() throws IOException {
    Path file = table("heavy.csv", 300, 1_024, null);
    CsvImport.Limits limits = new CsvImport.Limits(CsvImport.MAX_ROWS, 1_000_000);
    DataException e =
        assertThrows(
            DataException.class,
            () -> CsvImport.read(file, CsvImport.Options.DEFAULT, limits, ReadProgress.NONE));
    assertEquals(
        "heavy.csv, line 123: more than 121 rows of 1,024 features; they would take more than 1 MB"
            + " in memory, and this program keeps at most 1 MB for the numbers of a file (half of"
            + " the 2 MB it may use); start it with more memory (see the README) or use fewer rows",
        e.getMessage());
  }

  @Test
  void aThousandFeaturesByAHundredThousandRowsFitInTwoGigabytesOfMemory() {
    CsvImport.Limits launcher = new CsvImport.Limits(CsvImport.MAX_ROWS, 2_000_000_000L / 2);
    assertTrue(launcher.rows(1_024) >= 100_000, "rows that fit: " + launcher.rows(1_024));
  }

  @Test
  void aWideFileLoadsAndSaysHowMuchItHolds() throws IOException, DataException {
    Path file = table("wide-ok.csv", 2_000, 1_024, null);
    Dataset data = CsvImport.read(file);
    assertEquals(2_000 * 1_024, data.points().length);
    assertEquals("2,000 rows × 1,024 features, 16 MB", CsvImport.holding(data));
  }
}
