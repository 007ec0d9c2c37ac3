package org.uncrumple.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks what every generator promises: seeded, normalised, complete, with valid meshes. */
class GeneratorsTest {
  private static final List<String> WITH_SHEETS =
      List.of("paper-ball", "swiss-roll", "nested-spheres", "linked-rings", "double-helix");

  static Stream<String> ids() {
    return Generators.ids().stream();
  }

  static Stream<String> idsWithSheets() {
    return WITH_SHEETS.stream();
  }

  private static Dataset small(String id, long seed) throws DataException {
    return Generators.generate(id, Map.of("points", 150, "seed", seed));
  }

  @Test
  void listsTheSevenGeneratorsWithPaperBallFirst() {
    assertEquals(
        List.of(
            "paper-ball",
            "swiss-roll",
            "nested-spheres",
            "linked-rings",
            "double-helix",
            "xor-cube",
            "blobs"),
        Generators.ids());
  }

  @ParameterizedTest
  @MethodSource("ids")
  void defaultsStartWithPointsAndEndWithSeed(String id) {
    List<String> names = List.copyOf(Generators.defaults(id).keySet());
    assertEquals("points", names.get(0));
    assertEquals("seed", names.get(names.size() - 1));
    for (String name : names) {
      assertFalse(Generators.explain(id, name).isBlank());
    }
  }

  @ParameterizedTest
  @MethodSource("ids")
  void describesItselfInOnePlainSentence(String id) {
    String sentence = Generators.describe(id);
    assertTrue(sentence.endsWith("."), sentence);
    assertFalse(sentence.contains(". "), "one sentence: " + sentence);
  }

  @ParameterizedTest
  @MethodSource("ids")
  void sameSeedGivesIdenticalData(String id) throws DataException {
    assertEquals(small(id, 42), small(id, 42));
  }

  @ParameterizedTest
  @MethodSource("ids")
  void otherSeedGivesOtherData(String id) throws DataException {
    assertFalse(java.util.Arrays.equals(small(id, 1).points(), small(id, 2).points()));
  }

  @ParameterizedTest
  @MethodSource("ids")
  void defaultDataFillTheUnitCubeWithTheDocumentedCounts(String id) throws DataException {
    Dataset data = Generators.generate(id, Map.of());
    assertEquals(id, data.name());
    assertInUnitCube(data.points());
    double largest = 0;
    for (double c : data.points()) {
      largest = Math.max(largest, Math.abs(c));
    }
    for (Sheet sheet : data.sheets()) {
      for (double c : sheet.vertices()) {
        largest = Math.max(largest, Math.abs(c));
      }
    }
    assertEquals(1, largest, 1e-12, "some point or vertex reaches ±1");
    int perClass = Generators.defaults(id).get("points").intValue();
    int classes = id.equals("blobs") ? Generators.defaults(id).get("classes").intValue() : 2;
    assertEquals(classes, data.classCount());
    int[] expected = new int[classes];
    java.util.Arrays.fill(expected, perClass);
    assertArrayEquals(expected, data.classCounts());
    assertEquals(classes * perClass, data.size());
  }

  @ParameterizedTest
  @MethodSource("idsWithSheets")
  void everyClassHasOneValidSheetInTheUnitCube(String id) throws DataException {
    Dataset data = small(id, 3);
    assertTrue(data.hasSheets());
    assertEquals(data.classCount(), data.sheets().size());
    for (int label = 0; label < data.classCount(); label++) {
      Sheet sheet = data.sheets().get(label);
      assertEquals(label, sheet.label());
      assertInUnitCube(sheet.vertices());
      assertEquals(2 * (sheet.rows() - 1) * (sheet.columns() - 1) * 3, sheet.triangles().length);
      for (int index : sheet.triangles()) {
        assertTrue(index >= 0 && index < sheet.vertexCount(), "index " + index);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"xor-cube", "blobs"})
  void pointCloudsHaveNoSheets(String id) throws DataException {
    assertFalse(small(id, 1).hasSheets());
  }

  @ParameterizedTest
  @MethodSource("idsWithSheets")
  void sheetsOfTheTwoClassesNeverTouch(String id) throws DataException {
    Dataset data = Generators.generate(id, Map.of("points", 10));
    double distance = MeshDistance.between(data.sheets().get(0), data.sheets().get(1));
    assertTrue(distance > 0.01, id + ": sheets " + distance + " apart");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nested-spheres", "linked-rings"})
  void closedSurfacesFaceOutwards(String id) throws DataException {
    for (Sheet sheet : small(id, 1).sheets()) {
      // divergence theorem: Σ v0 · (v1 × v2) / 6 is the enclosed volume, positive when facing out
      double volume = 0;
      double[] v = sheet.vertices();
      int[] t = sheet.triangles();
      for (int k = 0; k < t.length; k += 3) {
        int a = 3 * t[k];
        int b = 3 * t[k + 1];
        int c = 3 * t[k + 2];
        volume +=
            (v[a] * (v[b + 1] * v[c + 2] - v[b + 2] * v[c + 1])
                    + v[a + 1] * (v[b + 2] * v[c] - v[b] * v[c + 2])
                    + v[a + 2] * (v[b] * v[c + 1] - v[b + 1] * v[c]))
                / 6;
      }
      assertTrue(volume > 0, "volume " + volume);
    }
  }

  @Test
  void nestedSpheresMapBackToRadiiInnerAndOne() throws DataException {
    Dataset data = Generators.generate("nested-spheres", Map.of("points", 200, "inner", 0.3));
    double[] raw = data.normalisation().toRaw(data.points());
    for (int i = 0; i < data.size(); i++) {
      double r =
          Math.sqrt(
              raw[3 * i] * raw[3 * i]
                  + raw[3 * i + 1] * raw[3 * i + 1]
                  + raw[3 * i + 2] * raw[3 * i + 2]);
      assertEquals(data.labels()[i] == 0 ? 0.3 : 1, r, 1e-9);
    }
  }

  @Test
  void xorCubeLabelsFollowTheParityOfTheOctant() throws DataException {
    Dataset data = Generators.generate("xor-cube", Map.of("points", 300, "margin", 0.1));
    double[] p = data.points();
    for (int i = 0; i < data.size(); i++) {
      double product = p[3 * i] * p[3 * i + 1] * p[3 * i + 2];
      assertEquals(product > 0 ? 0 : 1, data.labels()[i]);
      for (int axis = 0; axis < 3; axis++) {
        assertTrue(Math.abs(p[3 * i + axis]) >= 0.1 - 0.01, "margin kept");
      }
    }
  }

  @Test
  void blobsMakeTheRequestedNumberOfClasses() throws DataException {
    Dataset data = Generators.generate("blobs", Map.of("classes", 9, "points", 20));
    assertEquals(9, data.classCount());
    assertEquals("blob 9", data.classNames().get(8));
    assertEquals(180, data.size());
  }

  @Test
  void wholeNumbersMayBeGivenAsDoubles() throws DataException {
    Dataset data = Generators.generate("blobs", Map.of("classes", 3.0, "points", 10.0));
    assertEquals(30, data.size());
  }

  static Stream<Arguments> badRequests() {
    Map<String, Number> withNull = new HashMap<>();
    withNull.put("points", null);
    return Stream.of(
        Arguments.of(
            "paper-bal",
            Map.of(),
            "unknown data set \"paper-bal\"; the data sets are: paper-ball, swiss-roll,"
                + " nested-spheres, linked-rings, double-helix, xor-cube, blobs"),
        Arguments.of(
            "blobs",
            Map.of("clases", 3),
            "data set \"blobs\" has no parameter \"clases\"; its parameters are: points, classes,"
                + " spread, seed"),
        Arguments.of(
            "blobs",
            Map.of("classes", 13),
            "data set \"blobs\": parameter \"classes\" is 13, but it must be a whole number from 2"
                + " to 12"),
        Arguments.of(
            "blobs",
            Map.of("classes", 2.5),
            "data set \"blobs\": parameter \"classes\" is 2.5, but it must be a whole number from"
                + " 2 to 12"),
        Arguments.of(
            "paper-ball",
            Map.of("crumple", -0.1),
            "data set \"paper-ball\": parameter \"crumple\" is -0.1, but it must be a number from"
                + " 0 to 2"),
        Arguments.of(
            "paper-ball",
            Map.of("gap", Double.NaN),
            "data set \"paper-ball\": parameter \"gap\" is NaN, but it must be a number from 0.02"
                + " to 0.5"),
        Arguments.of(
            "swiss-roll",
            Map.of("seed", 1.5),
            "data set \"swiss-roll\": parameter \"seed\" is 1.5, but it must be a whole number"),
        Arguments.of(
            "xor-cube",
            withNull,
            "data set \"xor-cube\": parameter \"points\" has no value, but it must be a whole"
                + " number from 10 to 1000000"));
  }

  @ParameterizedTest
  @MethodSource("badRequests")
  void badRequestsNameTheProblemAndWhatIsAllowed(
      String id, Map<String, Number> params, String message) {
    DataException e = assertThrows(DataException.class, () -> Generators.generate(id, params));
    assertEquals(message, e.getMessage());
  }

  @Test
  void defaultsOfAnUnknownIdAreAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> Generators.defaults("nope"));
  }

  @Test
  void seedsDifferInTheirData() throws DataException {
    assertNotEquals(small("blobs", 5), small("blobs", 6));
  }

  static void assertInUnitCube(double[] xyz) {
    for (double c : xyz) {
      assertTrue(c >= -1 && c <= 1, "coordinate " + c + " outside [-1, 1]");
    }
  }
}
