package org.uncrumple.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV files with any number of named features: the class column, the scaling, the notes. */
class CsvFeaturesTest {
  private static final String IRIS =
      "sepal_length,sepal_width,petal_length,petal_width,species\n"
          + "5.1,3.5,1.4,0.2,setosa\n"
          + "7.0,3.2,4.7,1.4,versicolor\n"
          + "6.3,3.3,6.0,2.5,virginica\n"
          + "4.9,3.0,1.4,0.2,setosa\n";

  @TempDir Path folder;

  private Path write(String content) throws IOException {
    return Files.writeString(folder.resolve("data.csv"), content, StandardCharsets.UTF_8);
  }

  private String failure(String content, CsvImport.Options options) throws IOException {
    Path file = write(content);
    return assertThrows(DataException.class, () -> CsvImport.read(file, options)).getMessage();
  }

  @Test
  void everyOtherColumnIsANamedFeatureInFileOrder() throws Exception {
    Dataset data = CsvImport.read(write(IRIS));

    assertEquals(4, data.dimensions());
    assertEquals(
        List.of("sepal_length", "sepal_width", "petal_length", "petal_width"), data.featureNames());
    assertEquals(List.of("setosa", "versicolor", "virginica"), data.classNames());
    assertArrayEquals(new int[] {0, 1, 2, 0}, data.labels());
    assertEquals(16, data.points().length);
    assertEquals(List.of(), data.notes());
  }

  @ParameterizedTest
  @ValueSource(strings = {"label", "Class", "TARGET", "species", "Digit"})
  void theClassColumnIsFoundByItsName(String name) throws Exception {
    Dataset data = CsvImport.read(write("a," + name + ",b\n1,p,2\n3,q,4\n"));

    assertEquals(List.of("a", "b"), data.featureNames());
    assertEquals(List.of("p", "q"), data.classNames());
  }

  @Test
  void theClassColumnMayBeNamedByTheCaller() throws Exception {
    Dataset data =
        CsvImport.read(
            write("weight,diagnosis,height\n1,ill,2\n3,well,4\n"),
            new CsvImport.Options("Diagnosis", null));

    assertEquals(List.of("weight", "height"), data.featureNames());
    assertEquals(List.of("ill", "well"), data.classNames());
  }

  @Test
  void aNamedClassColumnTakesPrecedenceOverTheUsualNames() throws Exception {
    Dataset data =
        CsvImport.read(write("label,kind,v\n1,a,5\n2,b,6\n"), new CsvImport.Options("kind", null));

    assertEquals(List.of("label", "v"), data.featureNames());
  }

  @Test
  void numericClassesAreOrderedByValue() throws Exception {
    Dataset data = CsvImport.read(write("p0,p1,p2,p3,digit\n0,1,2,3,7\n1,1,1,1,10\n2,2,2,2,7\n"));

    assertEquals(List.of("7", "10"), data.classNames());
    assertArrayEquals(new int[] {0, 1, 0}, data.labels());
  }

  @Test
  void measurementsAreStandardisedOneByOne() throws Exception {
    Dataset data = CsvImport.read(write(IRIS));

    assertEquals(Scaling.PER_FEATURE, data.normalisation().scaling());
    for (int j = 0; j < 4; j++) {
      double mean = 0;
      double square = 0;
      for (int i = 0; i < 4; i++) {
        mean += data.points()[4 * i + j] / 4;
        square += data.points()[4 * i + j] * data.points()[4 * i + j] / 4;
      }
      assertEquals(0, mean, 1e-12, "mean of feature " + j);
      assertEquals(1, square, 1e-12, "variance of feature " + j);
    }
  }

  @Test
  void standardisedValuesMapBackToTheFile() throws Exception {
    Dataset data = CsvImport.read(write(IRIS));

    assertArrayEquals(
        new double[] {5.1, 3.5, 1.4, 0.2, 7.0, 3.2, 4.7, 1.4},
        java.util.Arrays.copyOf(data.normalisation().toRaw(data.points()), 8),
        1e-12);
  }

  @Test
  void threeNamedFeaturesKeepTheUniformScaleOfCoordinates() throws Exception {
    Dataset data = CsvImport.read(write("a,b,c,label\n0,0,0,p\n4,2,1,q\n"));

    assertEquals(Scaling.UNIFORM, data.normalisation().scaling());
    assertArrayEquals(new double[] {-1, -0.5, -0.25, 1, 0.5, 0.25}, data.points(), 0);
  }

  @Test
  void theCallerMayChooseTheScaling() throws Exception {
    Dataset uniform = CsvImport.read(write(IRIS), new CsvImport.Options(null, Scaling.UNIFORM));
    Dataset perFeature =
        CsvImport.read(
            write("x,y,z,label\n0,0,0,a\n4,2,1,b\n"),
            new CsvImport.Options(null, Scaling.PER_FEATURE));

    assertEquals(Scaling.UNIFORM, uniform.normalisation().scaling());
    assertEquals(Scaling.PER_FEATURE, perFeature.normalisation().scaling());
    assertArrayEquals(new double[] {-1, -1, -1, 1, 1, 1}, perFeature.points(), 1e-15);
  }

  @Test
  void oneFeatureIsEnough() throws Exception {
    Dataset data = CsvImport.read(write("length,label\n1,a\n3,b\n"));

    assertEquals(List.of("length"), data.featureNames());
    assertArrayEquals(new double[] {-1, 1}, data.points(), 1e-15);
  }

  @Test
  void aConstantColumnIsKeptAndMentionedOnce() throws Exception {
    Dataset data = CsvImport.read(write("p0,p1,p2,p3,label\n0,1,5,2,a\n0,2,5,2,b\n0,3,5,2,a\n"));

    assertEquals(4, data.dimensions());
    assertEquals(
        List.of(
            "data.csv: 3 columns hold the same value in every row (\"p0\", \"p2\", \"p3\"); they"
                + " are kept, but cannot help tell the classes apart"),
        data.notes());
    assertEquals(0, data.points()[0], 0);
  }

  @Test
  void oneConstantColumnIsNamedAlone() throws Exception {
    Dataset data = CsvImport.read(write("a,b,c,d,label\n1,0,1,1,a\n2,0,3,4,b\n"));

    assertEquals(
        List.of(
            "data.csv: column \"b\" holds the same value in every row; it is kept, but cannot"
                + " help tell the classes apart"),
        data.notes());
  }

  @Test
  void aThousandAndTwentyFourFeaturesAreAllowed() throws Exception {
    Dataset data = CsvImport.read(write(wide(1024)));

    assertEquals(1024, data.dimensions());
  }

  @Test
  void moreThanAThousandAndTwentyFourFeaturesAreRefused() throws IOException {
    assertEquals(
        "data.csv, line 1: the header has 1,025 feature columns; at most 1,024 are allowed",
        failure(wide(1025), CsvImport.Options.DEFAULT));
  }

  private static String wide(int features) {
    StringBuilder text = new StringBuilder();
    for (int row = -1; row < 2; row++) {
      for (int f = 0; f < features; f++) {
        text.append(row < 0 ? "f" + f : String.valueOf(row * f)).append(',');
      }
      text.append(row < 0 ? "label" : "c" + row).append('\n');
    }
    return text.toString();
  }

  @Test
  void aNamedClassColumnThatIsNotThereIsRefusedWithTheColumns() throws IOException {
    assertEquals(
        "data.csv, line 1: there is no column \"kind\" to hold the classes; the columns are"
            + " \"sepal_length\", \"sepal_width\", \"petal_length\", \"petal_width\", \"species\"",
        failure(IRIS, new CsvImport.Options("kind", null)));
  }

  @Test
  void twoPossibleClassColumnsMustBeChosenBetween() throws IOException {
    assertEquals(
        "data.csv, line 1: both \"class\" and \"label\" could be the class column; name the class"
            + " column with dataset.label in a scene or --label on the command line",
        failure("class,v,label\na,1,b\n", CsvImport.Options.DEFAULT));
  }

  @Test
  void aFileOfClassesAloneHasNoFeatures() throws IOException {
    assertEquals(
        "data.csv, line 1: the file has no feature columns, only the class column \"label\"; at"
            + " least one column of numbers is needed",
        failure("label\na\nb\n", CsvImport.Options.DEFAULT));
  }

  @Test
  void aBadCellNamesItsColumn() throws IOException {
    assertEquals(
        "data.csv, line 3: column \"petal_width\" is \"wide\", not a number",
        failure(IRIS.replace("7.0,3.2,4.7,1.4", "7.0,3.2,4.7,wide"), CsvImport.Options.DEFAULT));
  }

  @Test
  void pointsForAModelComeInTheModelsOrderWithoutScaling() throws Exception {
    Path file = write("b,label,a\n2,p,1\n4,q,3\n");

    CsvImport.Points points = CsvImport.readPoints(file, List.of("a", "b"), null);

    assertArrayEquals(new double[] {1, 2, 3, 4}, points.values(), 0);
    assertEquals(2, points.count());
    assertTrue(points.hasLabels());
    assertEquals(List.of("p", "q"), points.classNames());
  }

  @Test
  void pointsForAModelNeedNoClassColumn() throws Exception {
    CsvImport.Points points = CsvImport.readPoints(write("a,b\n1,2\n"), List.of("a", "b"), null);

    assertFalse(points.hasLabels());
    assertNull(points.labels());
  }

  @Test
  void aColumnTheModelDoesNotKnowIsRefusedByName() throws IOException {
    Path file = write("a,c,b\n1,2,3\n");

    DataException e =
        assertThrows(
            DataException.class, () -> CsvImport.readPoints(file, List.of("a", "b"), null));

    assertEquals(
        "data.csv, line 1: column \"c\" is not a feature of the model; its features are \"a\","
            + " \"b\"",
        e.getMessage());
  }

  @Test
  void aFeatureTheFileLacksIsRefusedByName() throws IOException {
    Path file = write("a,label\n1,p\n");

    DataException e =
        assertThrows(
            DataException.class, () -> CsvImport.readPoints(file, List.of("a", "b"), null));

    assertEquals(
        "data.csv, line 1: the model needs the column \"b\", which the file does not have; its"
            + " columns are \"a\", \"label\"",
        e.getMessage());
  }

  @Test
  void flatCoordinatesFitAModelOfXyz() throws Exception {
    CsvImport.Points points = CsvImport.readPoints(write("y,x,label\n2,1,p\n"), Dataset.XYZ, null);

    assertArrayEquals(new double[] {1, 2, 0}, points.values(), 0);
  }
}
