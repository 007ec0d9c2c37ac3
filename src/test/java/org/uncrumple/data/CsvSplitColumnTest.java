package org.uncrumple.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A CSV column that marks each row train or test. */
class CsvSplitColumnTest {
  @TempDir Path folder;

  private Path write(String content) throws IOException {
    return Files.writeString(folder.resolve("points.csv"), content, StandardCharsets.UTF_8);
  }

  private String failure(String content, String column) throws IOException {
    Path file = write(content);
    return assertThrows(DataException.class, () -> CsvImport.read(file, column)).getMessage();
  }

  @Test
  void rowsMarkedTestBecomeTestPointsInFileOrder() throws Exception {
    Dataset data =
        CsvImport.read(
            write(
                "x,y,label,Part\n0,0,a,train\n1,0,b,TEST\n2,0,a,test\n3,0,b,Train\n-1,1,a,train\n"),
            "part");

    assertEquals(3, data.size());
    assertEquals(2, data.testSize());
    assertArrayEquals(new int[] {0, 1, 0}, data.labels());
    assertArrayEquals(new int[] {1, 0}, data.testLabels());
    double[] raw = data.normalisation().toRaw(data.testPoints());
    assertArrayEquals(new double[] {1, 0, 0, 2, 0, 0}, raw, 1e-12);
  }

  @Test
  void theNormalisationIsTheSameAsWithoutTheColumn() throws Exception {
    Dataset marked = CsvImport.read(write("x,y,label,part\n0,0,a,train\n4,2,b,test\n"), "part");
    Dataset plain = CsvImport.read(write("x,y,label\n0,0,a\n4,2,b\n"));

    assertEquals(plain.normalisation(), marked.normalisation());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "validation | points.csv, line 3, column 4: column \"part\" is \"validation\", but it must be"
            + " train or test",
        "'' | points.csv, line 3, column 4: column \"part\" is empty, but it must be train or test",
        "1 | points.csv, line 3, column 4: column \"part\" is \"1\", but it must be train or test"
      })
  void anyOtherValueIsRefusedNamingFileLineAndColumn(String value, String message)
      throws IOException {
    String error = failure("x,y,label,part\n0,0,a,train\n1,1,b," + value + "\n", "part");

    assertEquals(true, error.startsWith(message), error);
  }

  @Test
  void aMissingColumnIsNamed() throws IOException {
    String error = failure("x,y,label\n0,0,a\n1,1,b\n", "part");

    assertEquals(
        true,
        error.startsWith("points.csv, line 1: the header \"x,y,label\" has no column \"part\""),
        error);
  }

  @Test
  void atLeastOneRowMustTrain() throws IOException {
    String error = failure("x,y,label,part\n0,0,a,test\n1,1,b,test\n", "part");

    assertEquals(
        "points.csv, line 2: every data row (lines 2 to 3) is marked test in column \"part\";"
            + " at least one row must be marked train",
        error);
  }

  @Test
  void withoutASplitColumnAnExtraColumnIsStillUnknown() throws IOException {
    Path file = write("x,y,label,part\n0,0,a,train\n1,1,b,test\n");

    assertThrows(DataException.class, () -> CsvImport.read(file));
  }
}
