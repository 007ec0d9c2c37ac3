package org.uncrumple.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The split into training and test points: stratified, seeded, disjoint and stable. */
class HeldOutTest {
  /** 300 points of class 0, 100 of class 1 and 7 of class 2, each point's x its row number. */
  private static Dataset numbered() {
    int[] counts = {300, 100, 7};
    int size = 407;
    double[] points = new double[3 * size];
    int[] labels = new int[size];
    int row = 0;
    for (int c = 0; c < counts.length; c++) {
      for (int i = 0; i < counts[c]; i++) {
        points[3 * row] = row;
        labels[row++] = c;
      }
    }
    return new Dataset(
        "numbered", points, labels, List.of("a", "b", "c"), List.of(), Normalisation.identity());
  }

  private static Set<Double> rows(double[] points) {
    Set<Double> rows = new HashSet<>();
    for (int i = 0; i < points.length; i += 3) {
      rows.add(points[i]);
    }
    return rows;
  }

  @Test
  void eachClassGivesUpTheSameShare() {
    Dataset split = HeldOut.split(numbered(), 0.2, 5);

    assertArrayEquals(new int[] {60, 20, 1}, split.test().classCounts());
    assertArrayEquals(new int[] {240, 80, 6}, split.classCounts());
  }

  @Test
  void trainingAndTestPointsAreDisjointAndTogetherAreAllThePoints() {
    Dataset split = HeldOut.split(numbered(), 0.35, 5);

    Set<Double> training = rows(split.points());
    Set<Double> test = rows(split.testPoints());
    Set<Double> both = new HashSet<>(training);
    both.retainAll(test);
    assertTrue(both.isEmpty(), "in both: " + both);
    assertEquals(407, training.size() + test.size());
    assertEquals(rows(numbered().points()), union(training, test));
  }

  @Test
  void pointsKeepTheirLabelsAndTheirOrder() {
    Dataset split = HeldOut.split(numbered(), 0.5, 9);

    for (int i = 0; i < split.testSize(); i++) {
      int row = (int) split.testPoints()[3 * i];
      assertEquals(numbered().labels()[row], split.testLabels()[i]);
      if (i > 0) {
        assertTrue(split.testPoints()[3 * i - 3] < row, "test points in file order");
      }
    }
    for (int i = 1; i < split.size(); i++) {
      assertTrue(split.points()[3 * i - 3] < split.points()[3 * i], "training in file order");
    }
  }

  @Test
  void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
    assertEquals(HeldOut.split(numbered(), 0.2, 5), HeldOut.split(numbered(), 0.2, 5));
    assertNotEquals(
        rows(HeldOut.split(numbered(), 0.2, 5).testPoints()),
        rows(HeldOut.split(numbered(), 0.2, 6).testPoints()));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.05, 0.1, 0.2, 0.5})
  void raisingTheShareKeepsEveryEarlierTestPoint(double share) {
    Set<Double> fewer = rows(HeldOut.split(numbered(), share, 3).testPoints());
    Set<Double> more = rows(HeldOut.split(numbered(), share + 0.3, 3).testPoints());

    assertTrue(more.containsAll(fewer), "lost " + difference(fewer, more));
    assertTrue(more.size() > fewer.size());
  }

  @Test
  void everyClassKeepsATrainingPointEvenAtTheLargestShare() {
    Dataset split = HeldOut.split(numbered(), HeldOut.MAX_SHARE, 1);

    for (int count : split.classCounts()) {
      assertTrue(count >= 1);
    }
    assertEquals(30 + 10 + 1, split.size());
  }

  @Test
  void aShareOfZeroHoldsNothingOut() {
    Dataset split = HeldOut.split(numbered(), 0, 1);

    assertFalse(split.hasTest());
    assertEquals(numbered().withTest(new double[0], new int[0]), split);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 0.91, 1, Double.NaN})
  void aShareOutsideZeroToNineTenthsIsRefused(double share) {
    assertThrows(IllegalArgumentException.class, () -> HeldOut.split(numbered(), share, 1));
    assertThrows(IllegalArgumentException.class, () -> HeldOut.testCount(100, share));
  }

  @Test
  void generatorsDrawTestPointsSoTheyAreTheShareOfAllPoints() {
    assertEquals(25, HeldOut.testCount(100, 0.2));
    assertEquals(100, HeldOut.testCount(100, 0.5));
    assertEquals(900, HeldOut.testCount(100, 0.9));
    assertEquals(0, HeldOut.testCount(100, 0));
  }

  static List<String> generators() {
    return Generators.ids();
  }

  @ParameterizedTest
  @MethodSource("generators")
  void generatedTrainingPointsDoNotDependOnTheTestShare(String id) throws DataException {
    Map<String, Number> params = Map.of("points", 40, "seed", 3L);
    Dataset plain = Generators.generate(id, params);
    Dataset held = Generators.generate(id, params, 0.2);

    assertEquals(plain, held.withTest(new double[0], new int[0]));
    assertEquals(held.classCount() * 10, held.testSize());
  }

  @ParameterizedTest
  @MethodSource("generators")
  void generatedTestPointsAreFreshAndKeptWhenTheShareGrows(String id) throws DataException {
    Map<String, Number> params = Map.of("points", 40, "seed", 3L);
    Dataset fewer = Generators.generate(id, params, 0.2);
    Dataset more = Generators.generate(id, params, 0.5);

    Set<Double> training = coordinates(fewer.points());
    for (double x : coordinates(fewer.testPoints())) {
      assertFalse(training.contains(x), "a test point repeats a training point");
    }
    assertTrue(coordinates(more.testPoints()).containsAll(coordinates(fewer.testPoints())));
  }

  @Test
  void generatedTestPointsLieOnTheSameSurfaces() throws DataException {
    Dataset spheres =
        Generators.generate("nested-spheres", Map.of("points", 200, "inner", 0.5), 0.5);
    double[] raw = spheres.normalisation().toRaw(spheres.testPoints());

    for (int i = 0; i < spheres.testSize(); i++) {
      double radius =
          Math.sqrt(
              raw[3 * i] * raw[3 * i]
                  + raw[3 * i + 1] * raw[3 * i + 1]
                  + raw[3 * i + 2] * raw[3 * i + 2]);
      assertEquals(spheres.testLabels()[i] == 0 ? 0.5 : 1.0, radius, 1e-9);
    }
  }

  @Test
  void tooManyTestPointsAreRefusedWithAMessage() {
    DataException error =
        assertThrows(
            DataException.class,
            () -> Generators.generate("paper-ball", Map.of("points", 500_000), 0.6));

    assertTrue(error.getMessage().contains("at most 2,000,000"), error.getMessage());
  }

  private static Set<Double> coordinates(double[] points) {
    Set<Double> xs = new HashSet<>();
    for (int i = 0; i < points.length; i += 3) {
      xs.add(points[i]);
    }
    return xs;
  }

  private static Set<Double> union(Set<Double> a, Set<Double> b) {
    Set<Double> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static Set<Double> difference(Set<Double> a, Set<Double> b) {
    Set<Double> rest = new HashSet<>(a);
    rest.removeAll(b);
    return rest;
  }
}
