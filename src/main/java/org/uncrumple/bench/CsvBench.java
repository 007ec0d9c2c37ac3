package org.uncrumple.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.uncrumple.data.CsvImport;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Dataset;

/**
 * How fast hostile CSV files are refused or read (issue 17), one {@code name value} a line: a
 * header of 5,000 features over 20,000 rows, a line of 100 MB, two million rows whose last is bad,
 * and (with {@code full}) 100,000 rows × 1,024 features, which must load within half the heap. The
 * files are written in a temporary folder and deleted afterwards.
 */
public final class CsvBench {
  private CsvBench() {}

  /**
   * Runs the benchmark.
   *
   * @param full whether to also read the 100,000 × 1,024 file (about 900 MB on disk)
   * @param out where the figures go
   */
  public static void run(boolean full, PrintStream out) throws IOException {
    Path folder = Files.createTempDirectory("uncrumple-csv-bench");
    try {
      out.printf("csv.heap_max_mb %d%n", Runtime.getRuntime().maxMemory() / 1_000_000);
      Path wide = table(folder.resolve("wide.csv"), 20_000, 5_000, null);
      refuse("csv.refuse_5000_features_ms", wide, out);
      refuse("csv.refuse_100mb_line_ms", longLine(folder.resolve("long.csv")), out);
      refuse(
          "csv.refuse_bad_last_of_2m_rows_ms",
          table(folder.resolve("bad.csv"), 1_999_999, 3, "1,2,abc,0"),
          out);
      if (full) {
        Path big = table(folder.resolve("big.csv"), 100_000, 1_024, null);
        out.printf("csv.big_file_mb %d%n", Files.size(big) / 1_000_000);
        System.gc();
        long start = System.nanoTime();
        try {
          Dataset data = CsvImport.read(big);
          out.printf("csv.load_1024x100000_ms %d%n", (System.nanoTime() - start) / 1_000_000);
          out.printf("csv.load_1024x100000_holds \"%s\"%n", CsvImport.holding(data));
          Runtime runtime = Runtime.getRuntime();
          out.printf(
              "csv.heap_used_after_load_mb %d%n",
              (runtime.totalMemory() - runtime.freeMemory()) / 1_000_000);
        } catch (DataException e) {
          out.printf("csv.load_1024x100000_refused \"%s\"%n", e.getMessage());
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(CsvBench::delete);
      }
    }
  }

  private static void refuse(String name, Path file, PrintStream out) {
    long start = System.nanoTime();
    try {
      CsvImport.read(file);
      out.printf("%s not-refused%n", name);
    } catch (DataException e) {
      out.printf("%s %.1f%n", name, (System.nanoTime() - start) / 1e6);
    }
  }

  private static Path table(Path file, int rows, int d, String lastRow) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder line = new StringBuilder();
      for (int f = 0; f < d; f++) {
        line.append('f').append(f).append(',');
      }
      out.write(line.append("label\n").toString());
      for (int r = 0; r < rows; r++) {
        line.setLength(0);
        for (int f = 0; f < d; f++) {
          line.append((r * 31 + f * 7) % 1000 / 100.0).append(',');
        }
        out.write(line.append(r % 2).append('\n').toString());
      }
      if (lastRow != null) {
        out.write(lastRow + "\n");
      }
    }
    return file;
  }

  private static Path longLine(Path file) throws IOException {
    byte[] block = "1234567,".repeat(1 << 13).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("x,y,label\n1,2,a\n".getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 100 * (1 << 20) / block.length; i++) {
        out.write(block);
      }
      out.write("\n3,4,b\n".getBytes(StandardCharsets.US_ASCII));
    }
    return file;
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
