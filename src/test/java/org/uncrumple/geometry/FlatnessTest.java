package org.uncrumple.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.data.Sheet;

/** The share of variance in the best-fitting plane: flat things give 1, crumpled ones less. */
class FlatnessTest {
  @Property(tries = 50, seed = "20240614")
  void aFlatSheetTurnedAndMovedAnywhereIsFullyFlat(@ForAll long seed) {
    Random random = new Random(seed);
    DMatrixRMaj rotation = Fixtures.randomRotation(random, 3);
    double[] shift = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
    double stretch = Math.exp(random.nextGaussian());
    int count = 400;
    double[] coords = new double[3 * count];
    for (int r = 0; r < count; r++) {
      double[] flat = {stretch * random.nextDouble(), random.nextDouble(), 0};
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          coords[3 * r + i] += rotation.get(i, j) * flat[j];
        }
        coords[3 * r + i] += shift[i];
      }
    }

    assertEquals(1.0, Flatness.planeShare(coords, 3, 0, count), 1e-9);
  }

  @Test
  void aSixteenDimensionalSetInATwoDimensionalSubspaceIsFullyFlat() {
    Random random = new Random(8);
    int dims = 16;
    int count = 500;
    double[][] basis = new double[3][dims];
    for (double[] direction : basis) {
      for (int j = 0; j < dims; j++) {
        direction[j] = random.nextGaussian();
      }
    }
    double[] coords = new double[count * dims];
    for (int r = 0; r < count; r++) {
      double u = random.nextGaussian();
      double v = 3 * random.nextGaussian();
      for (int j = 0; j < dims; j++) {
        coords[r * dims + j] = basis[0][j] + u * basis[1][j] + v * basis[2][j];
      }
    }

    assertEquals(1.0, Flatness.planeShare(coords, dims, 0, count), 1e-9);
  }

  @ParameterizedTest(name = "crumple {0}")
  @CsvSource({"0.5", "1.0", "2.0"})
  void theSheetsOfACrumpledPaperBallAreClearlyNotFlat(double crumple) throws DataException {
    Dataset flat = Generators.generate("paper-ball", Map.of("crumple", 0, "seed", 7L));
    Dataset crumpled = Generators.generate("paper-ball", Map.of("crumple", crumple, "seed", 7L));

    for (int label = 0; label < 2; label++) {
      Sheet before = flat.sheets().get(label);
      Sheet after = crumpled.sheets().get(label);
      double flatShare = Flatness.planeShare(before.vertices(), 3, 0, before.vertexCount());
      double crumpledShare = Flatness.planeShare(after.vertices(), 3, 0, after.vertexCount());
      assertEquals(1.0, flatShare, 1e-9);
      assertTrue(crumpledShare < 1 - 0.01 * crumple, "sheet " + label + ": " + crumpledShare);
    }
  }

  @Test
  void moreCrumpleLeavesLessVarianceInThePlane() throws DataException {
    double previous = 1.0;
    for (double crumple : new double[] {0.5, 1.0, 1.5, 2.0}) {
      Sheet sheet =
          Generators.generate("paper-ball", Map.of("crumple", crumple, "seed", 7L)).sheets().get(0);
      double share = Flatness.planeShare(sheet.vertices(), 3, 0, sheet.vertexCount());
      assertTrue(share < previous, "crumple " + crumple + ": " + share + " ≥ " + previous);
      previous = share;
    }
  }

  @Test
  void aRoundCloudKeepsAboutTwoThirdsOfItsVarianceInAnyPlane() {
    Random random = new Random(2);
    int count = 20000;
    double[] coords = new double[3 * count];
    for (int i = 0; i < coords.length; i++) {
      coords[i] = random.nextGaussian();
    }

    assertEquals(2.0 / 3, Flatness.planeShare(coords, 3, 0, count), 0.02);
  }

  @Test
  void fewPointsLowDimensionsAndCoincidentPointsCountAsFlat() {
    double[] two = {0, 0, 0, 1, 2, 3};
    double[] same = {1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3};
    double[] line = {0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3};
    double[] plane = {0, 0, 5, 1, 2, 3, -1, 7, 2, 4};

    assertEquals(1.0, Flatness.planeShare(two, 3, 0, 2));
    assertEquals(1.0, Flatness.planeShare(same, 3, 0, 4));
    assertEquals(1.0, Flatness.planeShare(line, 3, 0, 4), 1e-12);
    assertEquals(1.0, Flatness.planeShare(plane, 2, 0, 5));
    assertEquals(1.0, Flatness.planeShare(plane, 1, new int[] {0, 3, 7}));
    assertEquals(1.0, Flatness.planeShare(line, 3, new int[0]));
  }

  @Test
  void onlyTheListedRowsCount() {
    Random random = new Random(4);
    int count = 300;
    double[] coords = new double[3 * count];
    int[] even = new int[count / 2];
    for (int r = 0; r < count; r++) {
      coords[3 * r] = random.nextGaussian();
      coords[3 * r + 1] = random.nextGaussian();
      coords[3 * r + 2] = r % 2 == 0 ? 0 : random.nextGaussian();
      if (r % 2 == 0) {
        even[r / 2] = r;
      }
    }

    assertEquals(1.0, Flatness.planeShare(coords, 3, even), 1e-12);
    assertTrue(Flatness.planeShare(coords, 3, 0, count) < 0.9);
  }

  @Test
  void aListOfRowsAndARangeOfTheSameRowsAgreeExactly() {
    Random random = new Random(6);
    double[] coords = Fixtures.points(random, 50, 5);
    int[] rows = new int[30];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = 10 + i;
    }

    assertEquals(Flatness.planeShare(coords, 5, 10, 40), Flatness.planeShare(coords, 5, rows));
  }

  /** Against the singular values s_i of the centred data: λ_i ∝ s_i². */
  @ParameterizedTest(name = "{0} dimensions")
  @CsvSource({"3", "5", "16"})
  void theShareAgreesWithTheSingularValuesOfTheCentredData(int dims) {
    Random random = new Random(dims);
    int count = 80;
    double[] coords = Fixtures.points(random, count, dims);
    DMatrixRMaj centred = new DMatrixRMaj(count, dims);
    for (int j = 0; j < dims; j++) {
      double mean = 0;
      for (int r = 0; r < count; r++) {
        mean += coords[r * dims + j] / count;
      }
      for (int r = 0; r < count; r++) {
        centred.set(r, j, coords[r * dims + j] - mean);
      }
    }
    SingularValueDecomposition_F64<DMatrixRMaj> svd =
        DecompositionFactory_DDRM.svd(count, dims, false, false, true);
    svd.decompose(centred);
    double[] s = svd.getSingularValues();
    Arrays.sort(s, 0, svd.numberOfSingularValues());
    double total = 0;
    for (int i = 0; i < svd.numberOfSingularValues(); i++) {
      total += s[i] * s[i];
    }
    int last = svd.numberOfSingularValues() - 1;
    double expected = (s[last] * s[last] + s[last - 1] * s[last - 1]) / total;

    assertEquals(expected, Flatness.planeShare(coords, dims, 0, count), 1e-12);
  }

  @Property(tries = 50, seed = "20240615")
  void turningScalingAndShiftingChangesNothing(
      @ForAll @IntRange(min = 3, max = 8) int dims, @ForAll long seed) {
    Random random = new Random(seed);
    int count = 60;
    double[] coords = Fixtures.points(random, count, dims);
    DMatrixRMaj rotation = Fixtures.randomRotation(random, dims);
    double scale = Math.exp(2 * random.nextGaussian());
    double[] moved = new double[coords.length];
    for (int r = 0; r < count; r++) {
      for (int i = 0; i < dims; i++) {
        double sum = 5 * i;
        for (int j = 0; j < dims; j++) {
          sum += scale * rotation.get(i, j) * coords[r * dims + j];
        }
        moved[r * dims + i] = sum;
      }
    }

    double share = Flatness.planeShare(coords, dims, 0, count);

    assertTrue(share >= 2.0 / dims - 1e-12 && share <= 1);
    assertEquals(share, Flatness.planeShare(moved, dims, 0, count), 1e-9);
  }

  @Test
  void badRowsAndCoordinatesAreRejectedWithTheReason() {
    double[] coords = {0, 1, 2, 3, 4, 5};
    assertThrows(IllegalArgumentException.class, () -> Flatness.planeShare(coords, 3, 0, 3));
    assertThrows(IllegalArgumentException.class, () -> Flatness.planeShare(coords, 3, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> Flatness.planeShare(coords, 0, 0, 1));
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> Flatness.planeShare(coords, 3, new int[] {0, 2}));
    assertEquals("row 2 is outside the 2 rows of coordinates", error.getMessage());
    double[] broken = {0, 0, 0, 1, Double.NaN, 1, 2, 2, 2};
    error =
        assertThrows(IllegalArgumentException.class, () -> Flatness.planeShare(broken, 3, 0, 3));
    assertEquals("coordinate 1 of row 1 is NaN", error.getMessage());
  }
}
