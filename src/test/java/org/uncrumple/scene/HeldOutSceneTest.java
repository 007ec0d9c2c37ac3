package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uncrumple.data.Dataset;

/** dataset.test-share and dataset.split: read, checked, built and written back. */
class HeldOutSceneTest {
  private static final String REST =
      String.join(
          "\n",
          "network:",
          "  hidden:",
          "    - {width: 3, activation: tanh}",
          "training: {steps: 10}",
          "");

  @TempDir Path folder;

  private static String scene(String dataset) {
    return "title: Held out\ndataset:\n" + dataset + REST;
  }

  private SceneSpec parse(String dataset) throws SceneException {
    return SceneReader.parse(folder.resolve("t.yaml"), scene(dataset));
  }

  private String failure(String dataset) {
    return assertThrows(SceneException.class, () -> parse(dataset)).getMessage();
  }

  private void writeCsv(String content) throws Exception {
    Files.writeString(folder.resolve("points.csv"), content);
  }

  @Test
  void aFifthIsHeldOutByDefault() throws SceneException {
    SceneSpec spec = parse("  generator: paper-ball\n  points: 40\n");

    assertEquals(0.2, spec.dataset().testShare());
    assertTrue(spec.dataset().splitColumn().isEmpty());
  }

  @Test
  void aGeneratedSceneDrawsTheShareOfTestPoints() throws Exception {
    SceneSpec spec = parse("  generator: paper-ball\n  points: 40\n  test-share: 0.5\n");
    Dataset data = LoadedScene.load(spec).dataset();

    assertEquals(0.5, spec.dataset().testShare());
    assertEquals(80, data.size());
    assertEquals(80, data.testSize());
  }

  @Test
  void aCsvSceneSplitsItsRowsByTheShare() throws Exception {
    StringBuilder csv = new StringBuilder("x,y,label\n");
    for (int i = 0; i < 100; i++) {
      csv.append(i).append(',').append(i % 7).append(',').append(i % 2 == 0 ? "a" : "b");
      csv.append('\n');
    }
    writeCsv(csv.toString());
    Dataset data = LoadedScene.load(parse("  csv: points.csv\n  test-share: 0.3\n")).dataset();

    assertEquals(30, data.testSize());
    assertEquals(70, data.size());
    assertEquals(LoadedScene.load(parse("  csv: points.csv\n  test-share: 0.3\n")).dataset(), data);
  }

  @Test
  void aCsvOpenedWithoutASceneHoldsOutAFifth() throws Exception {
    writeCsv("x,y,label\n0,0,a\n1,0,a\n2,0,a\n3,0,a\n4,0,a\n0,1,b\n1,1,b\n2,1,b\n3,1,b\n4,1,b\n");
    Dataset data = LoadedScene.open(folder.resolve("points.csv")).dataset();

    assertEquals(2, data.testSize());
    assertEquals(8, data.size());
  }

  @Test
  void aCsvSceneMayNameItsSplitColumn() throws Exception {
    writeCsv("x,y,label,part\n0,0,a,train\n1,0,b,test\n2,0,a,train\n3,1,b,train\n");
    SceneSpec spec = parse("  csv: points.csv\n  split: part\n");
    Dataset data = LoadedScene.load(spec).dataset();

    assertEquals("part", spec.dataset().splitColumn().orElseThrow());
    assertEquals(3, data.size());
    assertEquals(1, data.testSize());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1.5 | t.yaml, line 5, column 3: dataset.test-share is 1.5; it must be a number from 0 and"
            + " at most 0.9",
        "-0.1 | t.yaml, line 5, column 3: dataset.test-share is -0.1; it must be a number from 0"
            + " and at most 0.9",
        "0.95 | t.yaml, line 5, column 3: dataset.test-share is 0.95; it must be a number from 0"
            + " and at most 0.9",
        "lots | t.yaml, line 5, column 3: dataset.test-share is \"lots\"; it must be a number from"
            + " 0 and at most 0.9"
      })
  void aShareOutsideZeroToNineTenthsNamesFileLineColumnAndField(String share, String message) {
    assertEquals(
        message, failure("  generator: paper-ball\n  points: 40\n  test-share: " + share + "\n"));
  }

  @Test
  void aShareAndASplitColumnCannotBothBeGiven() {
    String error = failure("  csv: points.csv\n  test-share: 0.3\n  split: part\n");

    assertTrue(
        error.startsWith(
            "t.yaml, line 4, column 3: dataset.test-share and dataset.split cannot both be"
                + " given"),
        error);
  }

  @Test
  void aGeneratedSceneHasNoSplitColumn() {
    String error = failure("  generator: paper-ball\n  split: part\n");

    assertTrue(error.contains("unknown field \"split\""), error);
  }

  @Test
  void aBadValueInTheSplitColumnIsReportedWhenTheSceneLoads() throws Exception {
    writeCsv("x,y,label,part\n0,0,a,train\n1,0,b,maybe\n");
    SceneSpec spec = parse("  csv: points.csv\n  split: part\n");

    SceneException error = assertThrows(SceneException.class, () -> LoadedScene.load(spec));

    assertTrue(
        error.getMessage().startsWith("points.csv, line 3, column 4: column \"part\" is \"maybe\""),
        error.getMessage());
  }

  @Test
  void tooManyTestPointsAreRefusedWhereThePointsAreGiven() {
    String error = failure("  generator: paper-ball\n  points: 900000\n  test-share: 0.5\n");

    assertTrue(
        error.startsWith(
            "t.yaml, line 4, column 3: dataset.points is 900,000 for each of 2 classes and"
                + " dataset.test-share 0.5 holds out 1,800,000 test points besides them"),
        error);
  }

  @Test
  void aLessonRegeneratesWithMorePointsMoreNoiseAnotherShareAndANewSeed() throws Exception {
    SceneSpec spec = parse("  generator: swiss-roll\n  points: 40\n  seed: 3\n");
    Map<String, Number> changed = new HashMap<>(spec.dataset().parameters());
    changed.put("points", 60);
    changed.put("noise", 0.3);
    changed.put("seed", 4L);

    SceneSpec regenerated =
        spec.withDataset(spec.dataset().withParameters(changed).withTestShare(0.5));
    Dataset before = LoadedScene.load(spec).dataset();
    Dataset after = LoadedScene.load(regenerated).dataset();

    assertEquals(2 * 40, before.size());
    assertEquals(2 * 10, before.testSize());
    assertEquals(2 * 60, after.size());
    assertEquals(2 * 60, after.testSize());
    assertEquals(spec.hidden(), regenerated.hidden());
    Path copy = folder.resolve("regenerated.yaml");
    SceneWriter.write(copy, regenerated);
    assertEquals(regenerated, SceneReader.read(copy));
  }

  @Test
  void theShareAndTheSplitSurviveARoundTrip() throws Exception {
    writeCsv("x,y,label,part\n0,0,a,train\n1,0,b,test\n");
    for (String dataset :
        new String[] {
          "  generator: swiss-roll\n  points: 40\n  test-share: 0.45\n",
          "  generator: blobs\n  points: 40\n  test-share: 0\n",
          "  csv: points.csv\n  test-share: 0.1\n",
          "  csv: points.csv\n  split: part\n"
        }) {
      SceneSpec spec = parse(dataset);
      Path copy = folder.resolve("copy.yaml");

      SceneWriter.write(copy, spec);

      assertEquals(spec, SceneReader.read(copy), dataset);
      assertFalse(
          Files.readString(copy).contains("test-share") && spec.dataset().split() != null,
          "a split scene writes no share");
    }
  }
}
