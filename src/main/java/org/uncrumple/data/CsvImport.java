package org.uncrumple.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads labelled points, with any number of features from 1 to {@value #MAX_FEATURES}, from a CSV
 * file into a {@link Dataset}.
 *
 * <p>The first line that is not blank is the header: a name for every column. One column holds the
 * class of each row: the one the caller names ({@code dataset.label} in a scene, {@code --label} on
 * the command line) or else the one called label, class, target, species or digit, in any letter
 * case. Every other column is a feature and holds finite decimal numbers. Classes may be numbers or
 * names: when every class text is an integer the classes are ordered by value and named by their
 * text; otherwise each different text is a class, in order of first appearance. Files of
 * coordinates with the header {@code x,y,z,label} or {@code x,y,label} (in any order) read as they
 * always did: features x, y, z, with z = 0 for the second. See {@link CsvHeader} for the header's
 * rules. The file must be UTF-8 (a byte order mark is allowed) and may use Windows line endings,
 * spaces around fields, quoted fields and blank lines; see {@link CsvLines} for the field syntax.
 *
 * <p>The features are normalised, because the network expects values of about unit size (see {@link
 * Scaling}): uniformly (one scale, the shape kept) for 2 and 3 features, one by one (mean 0,
 * standard deviation 1) otherwise, unless the caller chooses. {@link Dataset#normalisation()} keeps
 * the shift and scale, so values can be mapped back to the file's units with {@link
 * Normalisation#toRaw(double[])} and new points scaled exactly as these were. A feature with one
 * value in every row is kept and mentioned once in {@link Dataset#notes()}.
 *
 * <p>Every problem raises a {@link DataException} whose message names the file, the line and the
 * column, for example {@code points.csv, line 17: column "y" is "abc", not a number}.
 *
 * <p>The file is read as a stream, without regular expressions, in two passes after its header: the
 * first counts the rows (see {@link CsvScan}), refusing a line longer than 1 MB or too many rows
 * before any number is parsed; the second parses the rows into one array of exactly that size, so
 * the numbers are held once (8 bytes each) and never copied while the array grows. A file may hold
 * at most {@value #MAX_ROWS} rows, and its numbers at most half the memory the program may use (the
 * launcher gives it half the computer's memory: on an 8 GB computer 4 GB, so 2 GB of numbers, such
 * as 100,000 rows × 1,024 features in 820 MB). A {@link ReadProgress} watches both passes and may
 * cancel them. Reading is safe from any thread; it keeps no state between calls.
 */
public final class CsvImport {
  /** The most data rows a file may have. */
  public static final int MAX_ROWS = 2_000_000;

  /** The most different labels (classes) a file may have. */
  public static final int MAX_CLASSES = 100;

  /** The most feature columns a file may have (a layer's widest). */
  public static final int MAX_FEATURES = 1024;

  /**
   * The share of the program's memory ({@link Runtime#maxMemory()}) the numbers of one file may
   * take, as a divisor: half, so the window can still draw and train.
   */
  static final int MEMORY_SHARE = 2;

  private static final int BUFFER_CHARS = 1 << 16;

  /** Progress is told, and cancelling checked, every this many rows (a power of 2). */
  static final int PROGRESS_ROWS = 1024;

  private CsvImport() {}

  /**
   * How much a file may hold.
   *
   * @param maxRows the most data rows
   * @param dataBytes the most bytes the rows may take in memory (8 per number, 8 per row for its
   *     class)
   */
  record Limits(int maxRows, long dataBytes) {
    /** The limits of this program: {@link #MAX_ROWS}, and half of its memory. */
    static Limits ofThisProgram() {
      return new Limits(MAX_ROWS, Runtime.getRuntime().maxMemory() / MEMORY_SHARE);
    }

    /** The most rows of {@code d} features that fit. */
    long rows(int d) {
      return Math.min(maxRows, dataBytes / bytesPerRow(d));
    }

    static long bytesPerRow(int d) {
      return 8L * d + 8;
    }
  }

  /**
   * What the caller chooses about a file.
   *
   * @param label the name of the class column, or null to find it by name
   * @param scaling how to normalise the features, or null for the default of their number
   */
  public record Options(String label, Scaling scaling, String split) {
    /** The class column found by name, the default scaling, no split column. */
    public static final Options DEFAULT = new Options(null, null, null);

    /** The class column and the scaling, no split column. */
    public Options(String label, Scaling scaling) {
      this(label, scaling, null);
    }
  }

  /**
   * Rows of a points file read for a trained model: its features in the model's order, raw (in the
   * file's units), and the class of each row when the file has a class column.
   *
   * @param name the file's name
   * @param values row-major {@code count × featureNames.size()} raw values
   * @param count the number of rows
   * @param featureNames the model's features, in its order
   * @param labels each row's class, an index into {@code classNames}; null without a class column
   * @param classNames the classes of the file's class column, ordered as {@link CsvImport} orders
   *     them; empty without one
   */
  public record Points(
      String name,
      double[] values,
      int count,
      List<String> featureNames,
      int[] labels,
      List<String> classNames) {
    public Points {
      featureNames = List.copyOf(featureNames);
      classNames = List.copyOf(classNames);
    }

    /**
     * Whether the file gave each row a class.
     *
     * @return true when there is a class column
     */
    public boolean hasLabels() {
      return labels != null;
    }
  }

  /**
   * Reads a CSV file of labelled points, finding the class column by name.
   *
   * @param file the file
   * @return the points, normalised, with their classes and normalisation
   * @throws DataException if the file cannot be read or breaks a rule above; the message names the
   *     file, the line, what was found and what is allowed
   */
  public static Dataset read(Path file) throws DataException {
    return read(file, Options.DEFAULT);
  }

  /**
   * Reads a CSV file of labelled points as the caller chooses.
   *
   * @param file the file
   * @param options the class column and the scaling
   * @return the points, normalised, with their classes and normalisation
   * @throws DataException as {@link #read(Path)}, and when the named class column does not exist
   */
  public static Dataset read(Path file, Options options) throws DataException {
    return read(file, options, ReadProgress.NONE);
  }

  /**
   * Reads a CSV file of labelled points as the caller chooses, telling a watcher how far it is.
   *
   * @param file the file
   * @param options the class column and the scaling
   * @param progress told how far the reading is, on the calling thread; may cancel it
   * @return the points, normalised, with their classes and normalisation
   * @throws DataException as {@link #read(Path)}
   * @throws ReadCancelledException when {@code progress} cancelled the reading
   */
  public static Dataset read(Path file, Options options, ReadProgress progress)
      throws DataException {
    return read(file, options, Limits.ofThisProgram(), progress);
  }

  /**
   * Reads a CSV file of labelled points in which one more column marks each row {@code train} or
   * {@code test} (see {@link CsvSplitColumn}); rows marked test become the data set's test points,
   * in file order, normalised as the training points are.
   *
   * @param file the file
   * @param splitColumn the name of the column (any letter case)
   * @return the training points, with the rows marked test as test points
   * @throws DataException as {@link #read(Path)}, and if the column is missing, a value in it is
   *     neither train nor test, or no row is marked train; the message names file, line and column
   */
  public static Dataset read(Path file, String splitColumn) throws DataException {
    boolean[] test = CsvSplitColumn.read(file, splitColumn);
    return HeldOut.marked(read(file, new Options(null, null, splitColumn)), test);
  }

  /**
   * Reads a CSV file of labelled points with a given row limit, so tests can check the limit
   * without writing millions of rows.
   */
  static Dataset read(Path file, int maxRows) throws DataException {
    return read(
        file,
        Options.DEFAULT,
        new Limits(maxRows, Limits.ofThisProgram().dataBytes()),
        ReadProgress.NONE);
  }

  static Dataset read(Path file, Options options, Limits limits, ReadProgress progress)
      throws DataException {
    String fileName = String.valueOf(file.getFileName());
    CsvTable table =
        table(file, fileName, options.label(), true, null, limits, progress, options.split());
    Scaling scaling =
        options.scaling() != null ? options.scaling() : Scaling.defaultFor(table.dimensions);
    double[] values = table.values;
    Normalisation normalisation = Normalisation.of(scaling, table.dimensions, values);
    normalisation.normaliseInPlace(values);
    return new Dataset(
        fileName,
        values,
        table.labels,
        table.classNames,
        List.of(),
        normalisation,
        table.header.featureNames,
        table.notes());
  }

  /**
   * Reads a points file for a trained model: its columns must be the model's features (in any
   * order), with or without a class column, and the values are returned raw, for the caller to
   * scale as the model's training data were.
   *
   * @param file the file
   * @param features the model's features, in its order
   * @param label the name of the class column, or null to find it by name (a file need not have
   *     one)
   * @return the rows
   * @throws DataException as {@link #read(Path)}, and naming the column when a column is not one of
   *     the model's features or a feature has no column
   */
  public static Points readPoints(Path file, List<String> features, String label)
      throws DataException {
    String fileName = String.valueOf(file.getFileName());
    CsvTable table =
        table(
            file,
            fileName,
            label,
            false,
            features,
            Limits.ofThisProgram(),
            ReadProgress.NONE,
            null);
    return new Points(
        fileName,
        table.values,
        table.rows,
        features,
        table.header.labelColumn < 0 ? null : table.labels,
        table.classNames);
  }

  /**
   * Reads only the header of a CSV file: the names of its features, in the order {@link #read}
   * gives them, without reading the rows.
   *
   * @param file the file
   * @param label the name of the class column, or null to find it by name
   * @return the feature names
   * @throws DataException if the file cannot be read or its header breaks a rule
   */
  public static List<String> featureNames(Path file, String label) throws DataException {
    String fileName = String.valueOf(file.getFileName());
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8),
            BUFFER_CHARS)) {
      CsvLines lines = new CsvLines(fileName, reader);
      List<String> fields = lines.next();
      if (fields == null) {
        throw lines.problemAt(
            1, "the file is empty; its first line must be the header, naming the columns");
      }
      return CsvHeader.read(fields, lines, label, true, null, null).featureNames;
    } catch (NoSuchFileException e) {
      throw new DataException(fileName + ": there is no such file (" + file + ")", e);
    } catch (AccessDeniedException e) {
      throw new DataException(fileName + ": permission to read the file is denied", e);
    } catch (IOException e) {
      throw new DataException(fileName + ": the file cannot be read: " + e.getMessage(), e);
    }
  }

  private static CsvTable table(
      Path file,
      String fileName,
      String label,
      boolean labelRequired,
      List<String> features,
      Limits limits,
      ReadProgress progress,
      String ignored)
      throws DataException {
    try {
      long fileBytes = Files.size(file);
      CsvHeader header;
      try (CountingInput in = new CountingInput(Files.newInputStream(file))) {
        CsvLines lines = new CsvLines(fileName, reader(in));
        header = header(lines, label, labelRequired, features, ignored);
      }
      int dimensions = header.dimensions();
      long rows;
      try (CountingInput in = new CountingInput(Files.newInputStream(file))) {
        CsvLines lines = new CsvLines(fileName, reader(in));
        rows =
            CsvScan.dataRows(
                in,
                lines,
                limits.rows(dimensions),
                tooMany(limits, dimensions),
                fileBytes,
                progress);
      }
      try (CountingInput in = new CountingInput(Files.newInputStream(file))) {
        CsvLines lines = new CsvLines(fileName, reader(in));
        return new CsvTable(lines, label, labelRequired, features, limits, progress, ignored)
            .read(in, fileBytes, (int) rows);
      }
    } catch (NoSuchFileException e) {
      throw new DataException(fileName + ": there is no such file (" + file + ")", e);
    } catch (AccessDeniedException e) {
      throw new DataException(fileName + ": permission to read the file is denied", e);
    } catch (IOException e) {
      throw new DataException(fileName + ": the file cannot be read: " + e.getMessage(), e);
    }
  }

  private static BufferedReader reader(CountingInput in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER_CHARS);
  }

  private static CsvHeader header(
      CsvLines lines, String label, boolean labelRequired, List<String> features, String ignored)
      throws IOException, DataException {
    List<String> fields = lines.next();
    if (fields == null) {
      throw lines.problemAt(
          1, "the file is empty; its first line must be the header, naming the columns");
    }
    return CsvHeader.read(fields, lines, label, labelRequired, features, ignored);
  }

  /** What to say at the first row past the limits, for rows of {@code d} features. */
  static String tooMany(Limits limits, int d) {
    long rows = limits.rows(d);
    if (rows == limits.maxRows()) {
      return "more than " + rows + " data rows; at most " + rows + " are allowed";
    }
    return String.format(
        "more than %,d rows of %,d features; they would take more than %s in memory, and this"
            + " program keeps at most %s for the numbers of a file (half of the %s it may use);"
            + " start it with more memory (see the README) or use fewer rows",
        rows,
        d,
        megabytes(rows * Limits.bytesPerRow(d)),
        megabytes(limits.dataBytes()),
        megabytes(limits.dataBytes() * MEMORY_SHARE));
  }

  /**
   * Says how much a data set holds, such as {@code 100,000 rows × 1,024 features, 820 MB}.
   *
   * @param data the data
   * @return the rows, the features and the megabytes (10⁶ bytes) its numbers and classes take
   */
  public static String holding(Dataset data) {
    long bytes = 8L * data.points().length + 4L * data.labels().length;
    return String.format(
        "%,d rows × %,d features, %s", data.size(), data.dimensions(), megabytes(bytes));
  }

  static String megabytes(long bytes) {
    return String.format("%,d MB", Math.round(bytes / 1e6));
  }
}
