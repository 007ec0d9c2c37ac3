package org.uncrumple.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks CSV import: the forms a file may take, and a precise message for each way it can fail. */
class CsvImportTest {
  private static final String PLAIN = "x,y,z,label\n0,0,0,a\n2,4,-2,b\n1,1,1,a\n";

  @TempDir Path folder;

  private Path write(String content) throws IOException {
    return Files.writeString(folder.resolve("points.csv"), content, StandardCharsets.UTF_8);
  }

  private Dataset read(String content) throws IOException, DataException {
    return CsvImport.read(write(content));
  }

  private String failure(String content) throws IOException {
    Path file = write(content);
    return assertThrows(DataException.class, () -> CsvImport.read(file)).getMessage();
  }

  @Test
  void readsPointsLabelsAndNormalisesThem() throws Exception {
    Dataset data = read(PLAIN);
    assertEquals("points.csv", data.name());
    assertEquals(3, data.size());
    assertEquals(List.of("a", "b"), data.classNames());
    assertArrayEquals(new int[] {0, 1, 0}, data.labels());
    assertFalse(data.hasSheets());
    // centre (1, 2, −0.5), scale 2: the largest half-side, y's
    assertArrayEquals(new double[] {1, 2, -0.5}, data.normalisation().centre(), 0);
    assertEquals(2, data.normalisation().scale()[0], 0);
    assertArrayEquals(
        new double[] {-0.5, -1, 0.25, 0.5, 1, -0.75, 0, -0.5, 0.75}, data.points(), 1e-15);
  }

  @Test
  void normalisationMapsPointsBackToTheFileCoordinates() throws Exception {
    Dataset data = read("x,y,z,label\n10.5,-3,7,0\n11,-2,9.25,1\n12.75,-4.5,8,1\n");
    assertArrayEquals(
        new double[] {10.5, -3, 7, 11, -2, 9.25, 12.75, -4.5, 8},
        data.normalisation().toRaw(data.points()),
        1e-12);
  }

  @Test
  void twoColumnDataLieInThePlaneZEqualsZero() throws Exception {
    Dataset data = read("x,y,label\n0,0,a\n4,2,b\n");
    assertArrayEquals(new double[] {-1, -0.5, 0, 1, 0.5, 0}, data.points(), 0);
    assertEquals(0, data.normalisation().centre()[2], 0);
  }

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of("byte order mark", "\uFEFF" + PLAIN),
        Arguments.of("Windows line ends", PLAIN.replace("\n", "\r\n")),
        Arguments.of("no final line end", PLAIN.strip()),
        Arguments.of(
            "spaces and tabs around fields",
            " x , y,\tz , label\n 0 ,0, 0,a \n2,\t4,-2 , b\n1 , 1,1,a\t\n"),
        Arguments.of(
            "quoted fields",
            "\"x\",\"y\",\"z\",\"label\"\n\"0\",0,\"0\",\"a\"\n2, \"4\" ,-2,b\n1,1,1,\"a\"\n"),
        Arguments.of("blank trailing lines", PLAIN + "\n\n   \n\t\n"),
        Arguments.of("blank lines between rows", "x,y,z,label\n\n0,0,0,a\n\n\n2,4,-2,b\n1,1,1,a\n"),
        Arguments.of("header in capitals", "X,Y,Z,Label\n0,0,0,a\n2,4,-2,b\n1,1,1,a\n"),
        Arguments.of("columns in another order", "label,z,x,y\na,0,0,0\nb,-2,2,4\na,1,1,1\n"),
        Arguments.of(
            "exponents and signs", "x,y,z,label\n0e3,-0.0,+0,a\n2E0,.4e1,-2.,b\n1,1,1,a\n"),
        Arguments.of(
            "everything at once",
            "\uFEFF \"X\" , y,z,\"label\"\r\n\r\n\"0\" , 0,0, a\r\n2,4,-2,\"b\"\r\n1,1,1,a\r\n\r\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void readsEveryAllowedFormLikeThePlainFile(String form, String content) throws Exception {
    assertEquals(read(PLAIN), read(content));
  }

  @Test
  void integerLabelsAreOrderedByValueAndNamedByTheirText() throws Exception {
    Dataset data = read("x,y,label\n0,0,10\n1,0,2\n2,0,-1\n3,0,02\n4,0,+10\n");
    assertEquals(List.of("-1", "2", "10"), data.classNames());
    assertArrayEquals(new int[] {2, 1, 0, 1, 2}, data.labels());
  }

  @Test
  void nameLabelsKeepTheirOrderOfFirstAppearance() throws Exception {
    Dataset data = read("x,y,label\n0,0,red\n1,0,blue\n2,0,red\n3,0,green\n");
    assertEquals(List.of("red", "blue", "green"), data.classNames());
    assertArrayEquals(new int[] {0, 1, 0, 2}, data.labels());
  }

  @Test
  void labelsMixingNumbersAndNamesAreAllNames() throws Exception {
    Dataset data = read("x,y,label\n0,0,2\n1,0,cat\n2,0,1\n");
    assertEquals(List.of("2", "cat", "1"), data.classNames());
  }

  @Test
  void quotedLabelsMayHoldCommasAndQuotes() throws Exception {
    Dataset data = read("x,y,label\n0,0,\"red, \"\"dark\"\"\"\n1,0,blue\n");
    assertEquals(List.of("red, \"dark\"", "blue"), data.classNames());
  }

  static Stream<Arguments> badFiles() {
    String header = "x,y,z,label\n";
    String fifteenRows = "0,0,0,a\n1,1,1,b\n".repeat(7) + "2,2,2,a\n";
    return Stream.of(
        Arguments.of(
            "",
            "points.csv, line 1: the file is empty; its first line must be the header, naming"
                + " the columns"),
        Arguments.of(
            "\n  \n",
            "points.csv, line 1: the file is empty; its first line must be the header, naming"
                + " the columns"),
        Arguments.of(
            "0.1,0.2,0.3,1\n0,0,0,2\n",
            "points.csv, line 1: the header is missing: the first line is \"0.1,0.2,0.3,1\", but"
                + " it must name the columns, such as x,y,z,label or"
                + " sepal_length,sepal_width,species"),
        Arguments.of(
            "x,y,colour\n0,0,a\n",
            "points.csv, line 1: no class column: none of the columns is called label, class,"
                + " target, species or digit; the columns are \"x\", \"y\", \"colour\"; name the"
                + " class column with dataset.label in a scene or --label on the command line"),
        Arguments.of(
            "x,y,z\n0,0,0\n",
            "points.csv, line 1: no class column: none of the columns is called label, class,"
                + " target, species or digit; the columns are \"x\", \"y\", \"z\"; name the"
                + " class column with dataset.label in a scene or --label on the command line"),
        Arguments.of(
            "x,y,z,label,\n0,0,0,a,\n",
            "points.csv, line 1: column 5 of the header has no name; every column needs a name,"
                + " and nothing may follow the last one"),
        Arguments.of(
            "x,y,X,label\n",
            "points.csv, line 1: the header names the column \"X\" twice (columns 1 and 3)"),
        Arguments.of(
            header + "0,0,0,a\n1,1,b\n",
            "points.csv, line 3: too few values: found 3, but the header has 4 columns"
                + " (x,y,z,label)"),
        Arguments.of(
            header + "0,0,0,a\n1,1,1,b,\n",
            "points.csv, line 3: too many values: found 5, but the header has 4 columns"
                + " (x,y,z,label)"),
        Arguments.of(
            header + fifteenRows + "1,abc,3,a\n",
            "points.csv, line 17: column \"y\" is \"abc\", not a number"),
        Arguments.of(
            header + "1,2,3,a\n1,2.5.1,3,b\n",
            "points.csv, line 3: column \"y\" is \"2.5.1\", not a number"),
        Arguments.of(
            header + "1,2,0x10,a\n", "points.csv, line 2: column \"z\" is \"0x10\", not a number"),
        Arguments.of(
            header + "1,,3,a\n", "points.csv, line 2: column \"y\" is empty, not a number"),
        Arguments.of(
            header + "NaN,2,3,a\n",
            "points.csv, line 2: column \"x\" is \"NaN\"; only finite numbers are allowed"),
        Arguments.of(
            header + "1,2,-Infinity,a\n",
            "points.csv, line 2: column \"z\" is \"-Infinity\"; only finite numbers are allowed"),
        Arguments.of(
            header + "1,inf,3,a\n",
            "points.csv, line 2: column \"y\" is \"inf\"; only finite numbers are allowed"),
        Arguments.of(
            header + "1e999,2,3,a\n",
            "points.csv, line 2: column \"x\" is \"1e999\", too large; only finite numbers are"
                + " allowed"),
        Arguments.of(
            header + "1,2,3,\n",
            "points.csv, line 2: column \"label\" is empty; every row needs a class label"),
        Arguments.of(
            header + "\n\n",
            "points.csv, line 1: there are no data rows after the header; at least two rows with"
                + " different labels are needed"),
        Arguments.of(
            "x,y,label\n\n1,2,a\n3,4,a\n5,6,a\n\n\n",
            "points.csv, line 3: every data row (lines 3 to 5) has the label \"a\"; at least 2"
                + " different labels are needed"),
        Arguments.of(
            header + "1,2,\"3,a\n",
            "points.csv, line 2: field 3 opens a quote \" that is not closed on this line"),
        Arguments.of(
            header + "\"1\"0,2,3,a\n",
            "points.csv, line 2: field 1 has text after its closing quote: \"0\"; only spaces may"
                + " follow it before the next comma"));
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void badFileNamesTheLineAndTheProblem(String content, String message) throws IOException {
    assertEquals(message, failure(content));
  }

  @Test
  void textThatIsNotUtf8IsRejectedAtItsLine() throws IOException {
    Path file = folder.resolve("latin.csv");
    Files.write(file, "x,y,label\n0,0,a\n1,1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    DataException e = assertThrows(DataException.class, () -> CsvImport.read(file));
    assertEquals(
        "latin.csv, line 3: this line is not UTF-8 text; save the file with the UTF-8 encoding",
        e.getMessage());
  }

  @Test
  void moreRowsThanTheLimitAreRejectedAtTheFirstRowTooMany() throws IOException {
    Path file = write("x,y,label\n" + "0,0,a\n1,1,b\n".repeat(3));
    assertEquals(6, assertDoesNotThrowRows(file, 6));
    DataException e = assertThrows(DataException.class, () -> CsvImport.read(file, 5));
    assertEquals(
        "points.csv, line 7: more than 5 data rows; at most 5 are allowed", e.getMessage());
    assertEquals(2_000_000, CsvImport.MAX_ROWS);
  }

  private static int assertDoesNotThrowRows(Path file, int limit) {
    try {
      return CsvImport.read(file, limit).size();
    } catch (DataException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void moreThanAHundredLabelsAreRejected() throws IOException {
    StringBuilder content = new StringBuilder("x,y,label\n");
    for (int i = 0; i <= CsvImport.MAX_CLASSES; i++) {
      content.append(i).append(",0,").append(i).append('\n');
    }
    assertEquals(
        "points.csv, line 102: label \"100\" would be class number 101; at most 100 different"
            + " labels are allowed",
        failure(content.toString()));
  }

  @Test
  void aMissingFileIsNamed() {
    Path file = folder.resolve("nowhere.csv");
    DataException e = assertThrows(DataException.class, () -> CsvImport.read(file));
    assertEquals("nowhere.csv: there is no such file (" + file + ")", e.getMessage());
  }
}
