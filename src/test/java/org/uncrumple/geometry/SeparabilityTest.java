package org.uncrumple.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.nn.Trace;

/** Linear separability: clean cases give 1, XOR and nested shapes clearly less, and it is fair. */
class SeparabilityTest {
  @Test
  void twoSeparateClustersAreFullySeparable() {
    Labelled blobs = blobs(new double[][] {{-1, 0.5, 0}, {1, -0.2, 0.3}}, 0.3, 300, 1);

    assertEquals(1.0, Separability.accuracy(blobs.points, 3, blobs.count(), blobs.labels, 2));
  }

  @Test
  void threeBlobsInALineAreFullySeparable() {
    Labelled blobs = blobs(new double[][] {{-2, 0, 0}, {0, 0, 0}, {2, 0, 0}}, 0.3, 300, 2);

    assertEquals(1.0, Separability.accuracy(blobs.points, 3, blobs.count(), blobs.labels, 3));
  }

  @Test
  void twoFlatSheetsANarrowGapApartAreFullySeparable() {
    Dataset flat = generate("paper-ball", Map.of("points", 1000, "crumple", 0, "seed", 3L));

    assertEquals(1.0, Separability.accuracy(flat.points(), 3, flat.size(), flat.labels(), 2));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"xor-cube", "nested-spheres", "paper-ball"})
  void shapesNoFlatCutCanSplitAreClearlyNotSeparableInInputSpace(String generator) {
    Dataset data = generate(generator, Map.of("seed", 5L));

    double accuracy = Separability.accuracy(data.points(), 3, data.size(), data.labels(), 2);

    assertTrue(accuracy >= 0.45 && accuracy <= 0.8, generator + ": " + accuracy);
  }

  @Test
  void aTrainedNetworkMakesTheSheetsSeparableAtItsLastHiddenLayer() {
    TrainedPaperBall trained = TrainedPaperBall.train();
    Dataset data = trained.data;
    Trace trace = trained.network.trace(data.points(), data.size());

    double input = Separability.accuracy(data.points(), 3, data.size(), data.labels(), 2);
    double hidden =
        Separability.accuracy(trace.activated(1), trace.width(1), data.size(), data.labels(), 2);

    assertTrue(input < 0.85, "input " + input);
    assertEquals(1.0, hidden);
  }

  @Test
  void scalingACoordinateByAPowerOfTwoChangesNothingAtAll() {
    Dataset data = generate("xor-cube", Map.of("seed", 9L));
    double[] scaled = data.points().clone();
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] *= i % 3 == 0 ? 1024 : (i % 3 == 1 ? 1.0 / 64 : 2);
    }

    assertEquals(
        Separability.accuracy(data.points(), 3, data.size(), data.labels(), 2),
        Separability.accuracy(scaled, 3, data.size(), data.labels(), 2));
  }

  @Test
  void scalingAndShiftingCoordinatesChangesAtMostOnePointsOutcome() {
    Dataset data = generate("nested-spheres", Map.of("seed", 4L));
    double[] moved = data.points().clone();
    double[] scale = {37.3, 0.0071, 1.9};
    double[] shift = {-3, 150, 0.25};
    for (int i = 0; i < moved.length; i++) {
      moved[i] = moved[i] * scale[i % 3] + shift[i % 3];
    }

    assertEquals(
        Separability.accuracy(data.points(), 3, data.size(), data.labels(), 2),
        Separability.accuracy(moved, 3, data.size(), data.labels(), 2),
        1.0 / data.size() + 1e-12);
  }

  @Test
  void aSubsampleTakesEvenlyStridedPoints() {
    Dataset data = generate("paper-ball", Map.of("points", 700, "seed", 2L));
    int count = data.size();
    int m = 333;
    double[] every = new double[3 * m];
    int[] labels = new int[m];
    for (int i = 0; i < m; i++) {
      int row = (int) ((long) i * count / m);
      System.arraycopy(data.points(), 3 * row, every, 3 * i, 3);
      labels[i] = data.labels()[row];
    }

    assertEquals(
        Separability.accuracy(every, 3, m, labels, 2),
        Separability.accuracy(data.points(), 3, count, data.labels(), 2, m));
    assertEquals(
        Separability.accuracy(data.points(), 3, count, data.labels(), 2),
        Separability.accuracy(data.points(), 3, count, data.labels(), 2, count + 5));
  }

  @Test
  void oneClassIsTriviallySeparableAndNoPointsGiveNaN() {
    double[] points = {0, 0, 1, 1, 2, 2};

    assertEquals(1.0, Separability.accuracy(points, 2, 3, new int[] {1, 1, 1}, 3));
    assertTrue(Double.isNaN(Separability.accuracy(points, 2, 0, new int[0], 2)));
  }

  @Test
  void constantCoordinatesAreHarmless() {
    Labelled blobs = blobs(new double[][] {{-1, 0, 0}, {1, 0, 0}}, 0.2, 100, 6);
    double[] padded = new double[blobs.count() * 5];
    for (int i = 0; i < blobs.count(); i++) {
      System.arraycopy(blobs.points, 3 * i, padded, 5 * i, 3);
      padded[5 * i + 3] = 7;
    }

    assertEquals(1.0, Separability.accuracy(padded, 5, blobs.count(), blobs.labels, 2));
  }

  @Test
  void badInputIsRejectedWithTheReason() {
    double[] points = {0, 1, 2, 3};
    assertThrows(
        IllegalArgumentException.class,
        () -> Separability.accuracy(points, 2, 3, new int[] {0, 1, 0}, 2));
    assertThrows(
        IllegalArgumentException.class,
        () -> Separability.accuracy(points, 2, 2, new int[] {0, 2}, 2));
    assertThrows(
        IllegalArgumentException.class,
        () -> Separability.accuracy(points, 2, 2, new int[] {0, 1}, 2, 0));
    double[] broken = {0, Double.NaN, 2, 3};
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> Separability.accuracy(broken, 2, 2, new int[] {0, 1}, 2));
    assertEquals("coordinate 1 of point 0 is NaN", error.getMessage());
  }

  @Property(tries = 60, seed = "20240613")
  void theAccuracyIsAShareOfPointsAndRepeatable(
      @ForAll @IntRange(min = 1, max = 6) int dims,
      @ForAll @IntRange(min = 2, max = 4) int classes,
      @ForAll @IntRange(min = 1, max = 120) int count,
      @ForAll long seed) {
    Random random = new Random(seed);
    double[] points = new double[count * dims];
    for (int i = 0; i < points.length; i++) {
      points[i] = random.nextGaussian();
    }
    int[] labels = new int[count];
    for (int i = 0; i < count; i++) {
      labels[i] = random.nextInt(classes);
    }

    double accuracy = Separability.accuracy(points, dims, count, labels, classes);

    assertTrue(accuracy >= 0 && accuracy <= 1);
    double correct = accuracy * count;
    assertEquals(Math.rint(correct), correct, 1e-9);
    assertEquals(accuracy, Separability.accuracy(points, dims, count, labels, classes));
  }

  /**
   * Where the fit runs to convergence (the classes overlap), the gradient of the objective, written
   * out plainly here, vanishes at the returned parameters.
   */
  @ParameterizedTest(name = "{0} classes")
  @CsvSource({"2", "3", "4"})
  void theFittedParametersMinimiseTheRegularisedCrossEntropy(int classes) {
    Random random = new Random(classes);
    int n = 200;
    int dims = 3;
    double[] points = new double[n * dims];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i % classes;
      for (int j = 0; j < dims; j++) {
        points[i * dims + j] = random.nextGaussian() + 0.7 * (j == y[i] % dims ? 1 : 0);
      }
    }
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    DMatrixRMaj x = Separability.standardised(points, dims, rows);

    SoftmaxRegression fit = SoftmaxRegression.fit(x, y, classes);

    assertTrue(fit.accuracy() < 1, "the overlapping classes were separated");
    assertTrue(fit.iterations() <= 12, "Newton took " + fit.iterations() + " steps");
    double[] gradient = referenceGradient(x, y, classes, fit.parameters());
    for (int p = 0; p < gradient.length; p++) {
      assertEquals(0, gradient[p], 1e-9, "∂J/∂θ_" + p);
    }
  }

  /** ∂J/∂Θ by the formulas of {@link SoftmaxRegression}, one row and class at a time. */
  private static double[] referenceGradient(DMatrixRMaj x, int[] y, int classes, DMatrixRMaj t) {
    int n = x.numRows;
    int q = x.numCols;
    double[] gradient = new double[(classes - 1) * q];
    for (int i = 0; i < n; i++) {
      double[] s = new double[classes];
      for (int c = 0; c + 1 < classes; c++) {
        for (int j = 0; j < q; j++) {
          s[c] += t.get(c, j) * x.get(i, j);
        }
      }
      double sum = 0;
      for (int c = 0; c < classes; c++) {
        sum += Math.exp(s[c]);
      }
      for (int c = 0; c + 1 < classes; c++) {
        double residual = Math.exp(s[c]) / sum - (y[i] == c ? 1 : 0);
        for (int j = 0; j < q; j++) {
          gradient[c * q + j] += residual * x.get(i, j) / n;
        }
      }
    }
    for (int p = 0; p < gradient.length; p++) {
      gradient[p] += SoftmaxRegression.DECAY * t.data[p];
    }
    return gradient;
  }

  private static Dataset generate(String id, Map<String, ? extends Number> params) {
    try {
      return Generators.generate(id, params);
    } catch (DataException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Points with labels. */
  private record Labelled(double[] points, int[] labels) {
    int count() {
      return labels.length;
    }
  }

  /** Round Gaussian clusters of {@code each} points around the centres, class = centre index. */
  private static Labelled blobs(double[][] centres, double spread, int each, long seed) {
    Random random = new Random(seed);
    int count = centres.length * each;
    double[] points = new double[3 * count];
    int[] labels = new int[count];
    for (int i = 0; i < count; i++) {
      labels[i] = i % centres.length;
      for (int axis = 0; axis < 3; axis++) {
        points[3 * i + axis] = centres[labels[i]][axis] + spread * random.nextGaussian();
      }
    }
    return new Labelled(points, labels);
  }
}
