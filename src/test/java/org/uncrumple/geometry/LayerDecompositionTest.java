package org.uncrumple.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.uncrumple.geometry.Fixtures.Activation;

class LayerDecompositionTest {
  private static final double[] TIMES = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1};

  /** (inputs, outputs): square, widening, narrowing. */
  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of(3, 3),
        Arguments.of(3, 16),
        Arguments.of(16, 2),
        Arguments.of(3, 2),
        Arguments.of(2, 2),
        Arguments.of(1, 1),
        Arguments.of(2, 5),
        Arguments.of(16, 16));
  }

  static Stream<Arguments> shapesAndActivations() {
    List<Arguments> rows = new ArrayList<>();
    shapes()
        .forEach(
            shape -> {
              for (Activation activation : Activation.values()) {
                rows.add(Arguments.of(shape.get()[0], shape.get()[1], activation));
              }
            });
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}→{1} {2}")
  @MethodSource("shapesAndActivations")
  void composedStepsAtTheEndEqualTheForwardPass(int inputs, int outputs, Activation activation) {
    Random random = new Random(100 * inputs + outputs);
    LayerParams layer = Fixtures.layer(random, inputs, outputs, activation);
    LayerDecomposition decomposition = LayerDecomposition.of(layer);

    for (int trial = 0; trial < 20; trial++) {
      double[] a = Fixtures.points(random, 1, inputs);
      double[] x = new double[decomposition.workingWidth()];
      System.arraycopy(a, 0, x, 0, inputs);
      for (Step step : Step.values()) {
        decomposition.applyStep(step, 1, x);
      }
      double[] expected = forward(layer, a);
      for (int i = 0; i < x.length; i++) {
        assertEquals(i < outputs ? expected[i] : 0, x[i], 1e-9, "coordinate " + i);
      }
    }
  }

  @ParameterizedTest(name = "{0}→{1}")
  @MethodSource("shapes")
  void rotationsAreProperAndRebuildTheWeights(int inputs, int outputs) {
    LayerParams layer =
        Fixtures.layer(new Random(inputs + 31 * outputs), inputs, outputs, Activation.TANH);
    LayerDecomposition decomposition = LayerDecomposition.of(layer);
    DMatrixRMaj u = decomposition.u();
    DMatrixRMaj v = decomposition.v();

    assertEquals(0, Fixtures.orthogonalityError(u), 1e-12);
    assertEquals(0, Fixtures.orthogonalityError(v), 1e-12);
    assertEquals(1, CommonOps_DDRM.det(u), 1e-12);
    assertEquals(1, CommonOps_DDRM.det(v), 1e-12);
    // U·Σ·Vᵀ = W padded with zeros to k×k
    DMatrixRMaj rebuilt = new DMatrixRMaj(u.numRows, u.numRows);
    CommonOps_DDRM.multTransB(
        Fixtures.multiply(u, CommonOps_DDRM.diag(decomposition.sigma())), v, rebuilt);
    DMatrixRMaj padded = new DMatrixRMaj(u.numRows, u.numRows);
    CommonOps_DDRM.insert(layer.weights(), padded, 0, 0);
    assertEquals(0, Fixtures.maxDifference(rebuilt, padded), 1e-12);
  }

  @ParameterizedTest(name = "{0}→{1}")
  @MethodSource("shapes")
  void rotationStepsKeepDistancesAtEveryFraction(int inputs, int outputs) {
    Random random = new Random(inputs * 7 + outputs);
    LayerDecomposition decomposition =
        LayerDecomposition.of(Fixtures.layer(random, inputs, outputs, Activation.RELU));
    int k = decomposition.workingWidth();
    double[][] start = new double[6][k];
    for (double[] point : start) {
      System.arraycopy(Fixtures.points(random, 1, inputs), 0, point, 0, inputs);
    }

    for (Step step : new Step[] {Step.ROTATE_IN, Step.ROTATE_OUT}) {
      for (double t : TIMES) {
        double[][] moved = new double[start.length][];
        for (int p = 0; p < start.length; p++) {
          moved[p] = start[p].clone();
          decomposition.applyStep(step, t, moved[p]);
        }
        for (int p = 0; p < start.length; p++) {
          for (int q = p + 1; q < start.length; q++) {
            assertEquals(
                distance(start[p], start[q]),
                distance(moved[p], moved[q]),
                1e-12,
                step + " at t = " + t);
          }
        }
      }
    }
  }

  @Test
  void aMirroringLayerHasOneNegativeSingularValueAndProperRotations() {
    DMatrixRMaj w = Fixtures.gaussian(new Random(5), 3, 3, 1);
    if (CommonOps_DDRM.det(w) > 0) {
      CommonOps_DDRM.scaleRow(-1, w, 0);
    }
    LayerDecomposition decomposition =
        LayerDecomposition.of(LayerParams.linear(w, new DMatrixRMaj(3, 1)));
    double[] sigma = decomposition.sigma();

    int negatives = 0;
    double smallest = Double.POSITIVE_INFINITY;
    for (double s : sigma) {
      negatives += s < 0 ? 1 : 0;
      smallest = Math.min(smallest, Math.abs(s));
    }
    assertEquals(1, negatives);
    assertEquals(smallest, -sigma[2], 0, "the reflection sits on the smallest singular value");
    assertEquals(1, CommonOps_DDRM.det(decomposition.u()), 1e-12);
    assertEquals(1, CommonOps_DDRM.det(decomposition.v()), 1e-12);
  }

  @Test
  void theStretchOfANegativeSingularValuePassesThroughZero() {
    DMatrixRMaj w = CommonOps_DDRM.diag(2, -0.5);
    LayerDecomposition decomposition =
        LayerDecomposition.of(LayerParams.linear(w, new DMatrixRMaj(2, 1)));
    double negative = Math.min(decomposition.sigma()[0], decomposition.sigma()[1]);
    int axis = decomposition.sigma()[0] < 0 ? 0 : 1;

    assertEquals(-0.5, negative, 1e-15);
    assertEquals(0, decomposition.stretchAt(1 / (1 - negative))[axis], 1e-15);
  }

  @Test
  void paddedCoordinatesStayExactlyZero() {
    Random random = new Random(9);
    LayerDecomposition narrowing =
        LayerDecomposition.of(Fixtures.layer(random, 16, 2, Activation.SIGMOID));
    double[] x = Fixtures.points(random, 1, 16);
    for (Step step : Step.values()) {
      narrowing.applyStep(step, 1, x);
      if (step != Step.ROTATE_IN) {
        for (int i = 2; i < 16; i++) {
          assertEquals(0, x[i], 0, step + " coordinate " + i);
        }
      }
    }
    LayerDecomposition widening =
        LayerDecomposition.of(Fixtures.layer(random, 3, 16, Activation.TANH));
    double[] y = new double[16];
    System.arraycopy(Fixtures.points(random, 1, 3), 0, y, 0, 3);
    widening.applyStep(Step.ROTATE_IN, 0.5, y);
    for (int i = 3; i < 16; i++) {
      assertEquals(0, y[i], 0, "coordinate " + i);
    }
  }

  @Test
  void followsThePreviousSnapshotWhenTwoSingularValuesSwapPlaces() {
    Random random = new Random(21);
    DMatrixRMaj u = Fixtures.randomRotation(random, 3);
    DMatrixRMaj v = Fixtures.randomRotation(random, 3);
    LayerDecomposition before = LayerDecomposition.of(layerOf(u, v, 2.0, 1.99, 1));

    LayerDecomposition after = LayerDecomposition.of(layerOf(u, v, 1.99, 2.0, 1), before);

    assertEquals(1.99, after.sigma()[0], 1e-12);
    assertEquals(2.0, after.sigma()[1], 1e-12);
    assertColumnsFollow(before.u(), after.u());
    assertColumnsFollow(before.v(), after.v());
    assertEquals(2.0, LayerDecomposition.of(layerOf(u, v, 1.99, 2.0, 1)).sigma()[0], 1e-12);
  }

  @Test
  void keepsTheSignsOfThePreviousSnapshot() {
    Random random = new Random(22);
    for (int trial = 0; trial < 10; trial++) {
      LayerParams layer = Fixtures.layer(random, 5, 4, Activation.TANH);
      LayerDecomposition before = LayerDecomposition.of(layer);
      DMatrixRMaj nudged = layer.weights().copy();
      CommonOps_DDRM.addEquals(nudged, Fixtures.gaussian(random, 4, 5, 1e-4));

      LayerDecomposition after =
          LayerDecomposition.of(LayerParams.linear(nudged, layer.bias()), before);

      assertColumnsFollow(before.u(), after.u());
      assertColumnsFollow(before.v(), after.v());
    }
  }

  /** (inputs, outputs) of layers that change width. */
  static Stream<Arguments> nonSquareShapes() {
    return Stream.of(
        Arguments.of(3, 4), Arguments.of(4, 3), Arguments.of(3, 16), Arguments.of(16, 2));
  }

  @ParameterizedTest(name = "{0}→{1}")
  @MethodSource("nonSquareShapes")
  void aLayerThatChangesWidthNeverHasANegativeFactorFreshOrFollowing(int inputs, int outputs) {
    Random random = new Random(40 * inputs + outputs);
    for (int walk = 0; walk < 20; walk++) {
      DMatrixRMaj w = Fixtures.gaussian(random, outputs, inputs, 1);
      LayerDecomposition previous = null;
      for (int step = 0; step < 30; step++) {
        // a training-like walk: W drifts a little each snapshot
        CommonOps_DDRM.addEquals(w, Fixtures.gaussian(random, outputs, inputs, 0.05));
        LayerParams layer = LayerParams.linear(w.copy(), new DMatrixRMaj(outputs, 1));
        LayerDecomposition fresh = LayerDecomposition.of(layer);
        LayerDecomposition followed = LayerDecomposition.of(layer, previous);

        assertNoNegativeFactor(fresh);
        assertNoNegativeFactor(followed);
        assertProperAndRebuilds(layer, fresh);
        assertProperAndRebuilds(layer, followed);
        previous = followed;
      }
    }
  }

  @ParameterizedTest(name = "{0}×{0}")
  @ValueSource(ints = {2, 3, 4})
  void aSquareLayerHasOneNegativeFactorExactlyWhenItsDeterminantIsNegative(int size) {
    Random random = new Random(50 + size);
    int crossings = 0;
    for (int walk = 0; walk < 20; walk++) {
      DMatrixRMaj w = Fixtures.gaussian(random, size, size, 1);
      LayerDecomposition previous = null;
      double lastDeterminant = CommonOps_DDRM.det(w);
      for (int step = 0; step < 60; step++) {
        // a walk that crosses det W = 0 now and then
        CommonOps_DDRM.addEquals(w, Fixtures.gaussian(random, size, size, 0.15));
        LayerParams layer = LayerParams.linear(w.copy(), new DMatrixRMaj(size, 1));
        double determinant = CommonOps_DDRM.det(w);
        crossings += determinant * lastDeterminant < 0 ? 1 : 0;
        lastDeterminant = determinant;
        LayerDecomposition followed = LayerDecomposition.of(layer, previous);

        int expected = determinant < 0 ? 1 : 0;
        assertEquals(
            expected, negatives(LayerDecomposition.of(layer)), "fresh, det " + determinant);
        assertEquals(expected, negatives(followed), "following, det " + determinant);
        assertProperAndRebuilds(layer, followed);
        previous = followed;
      }
    }
    assertTrue(crossings > 10, "the walks crossed det W = 0 only " + crossings + " times");
  }

  @Test
  void aPresetSetAfterTrainingIsDrawnAsItselfNotWithTheTrainedSigns() {
    Random random = new Random(61);
    LayerDecomposition trained = null;
    DMatrixRMaj w = Fixtures.gaussian(random, 3, 3, 1);
    if (CommonOps_DDRM.det(w) > 0) {
      CommonOps_DDRM.scaleRow(-1, w, 0);
    }
    for (int step = 0; step < 20; step++) {
      CommonOps_DDRM.addEquals(w, Fixtures.gaussian(random, 3, 3, 0.02));
      trained = LayerDecomposition.of(LayerParams.linear(w.copy(), new DMatrixRMaj(3, 1)), trained);
    }
    assertEquals(1, negatives(trained), "the trained layer mirrors");

    LayerDecomposition identity = afterTraining(trained, CommonOps_DDRM.identity(3));
    assertArrayEquals(new double[] {1, 1, 1}, identity.sigma(), 1e-12);
    for (Step step : new Step[] {Step.ROTATE_IN, Step.STRETCH, Step.ROTATE_OUT}) {
      assertTrue(identity.isIdentity(step), "identity: " + step.id() + " changes nothing");
    }
    double c = Math.cos(Math.toRadians(40));
    double s = Math.sin(Math.toRadians(40));
    LayerDecomposition rotation =
        afterTraining(trained, new DMatrixRMaj(new double[][] {{c, 0, s}, {0, 1, 0}, {-s, 0, c}}));
    assertArrayEquals(new double[] {1, 1, 1}, rotation.sigma(), 1e-12);
    // the hand-made-layer lesson: Mirror's factor −1 lies along x, Flatten's 0 along z, no turns
    LayerDecomposition mirror = afterTraining(trained, CommonOps_DDRM.diag(-1, 1, 1));
    assertEquals(1, negatives(mirror));
    assertArrayEquals(new double[] {-1, 1, 1}, mirror.sigma(), 1e-12, "x is the mirrored axis");
    LayerDecomposition flatten = afterTraining(trained, CommonOps_DDRM.diag(1, 1, 0));
    assertEquals(0, negatives(flatten));
    assertArrayEquals(new double[] {1, 1, 0}, flatten.sigma(), 1e-12);
    for (LayerDecomposition plain : List.of(mirror, flatten)) {
      assertTrue(plain.isIdentity(Step.ROTATE_IN) && plain.isIdentity(Step.ROTATE_OUT));
    }
    // Shear: a stretch and a squeeze by the same factor, the third axis untouched
    LayerDecomposition shear =
        afterTraining(trained, new DMatrixRMaj(new double[][] {{1, 0.8, 0}, {0, 1, 0}, {0, 0, 1}}));
    double[] sheared = shear.sigma();
    Arrays.sort(sheared);
    assertEquals(1, sheared[0] * sheared[2], 1e-12);
    assertEquals(1, sheared[1], 1e-12);
  }

  @Test
  void flagsStepsThatChangeNothing() {
    LayerDecomposition identity =
        LayerDecomposition.of(
            LayerParams.linear(CommonOps_DDRM.identity(3), new DMatrixRMaj(3, 1)));
    LayerDecomposition busy =
        LayerDecomposition.of(Fixtures.layer(new Random(4), 3, 3, Activation.TANH));

    for (Step step : Step.values()) {
      assertTrue(identity.isIdentity(step), step.id());
      assertFalse(busy.isIdentity(step), step.id());
    }
  }

  @Test
  void rejectsAPointOfTheWrongWidth() {
    LayerDecomposition decomposition =
        LayerDecomposition.of(Fixtures.layer(new Random(1), 3, 5, Activation.TANH));

    assertThrows(
        IllegalArgumentException.class,
        () -> decomposition.applyStep(Step.SHIFT, 0.5, new double[3]));
  }

  private static LayerDecomposition afterTraining(LayerDecomposition trained, DMatrixRMaj w) {
    return LayerDecomposition.of(LayerParams.linear(w, new DMatrixRMaj(3, 1)), trained);
  }

  private static int negatives(LayerDecomposition d) {
    int count = 0;
    for (double s : d.sigma()) {
      count += s < 0 ? 1 : 0;
    }
    return count;
  }

  private static void assertNoNegativeFactor(LayerDecomposition d) {
    assertEquals(0, negatives(d), "factors " + Arrays.toString(d.sigma()));
  }

  private static void assertProperAndRebuilds(LayerParams layer, LayerDecomposition d) {
    DMatrixRMaj u = d.u();
    DMatrixRMaj v = d.v();
    assertEquals(1, CommonOps_DDRM.det(u), 1e-9);
    assertEquals(1, CommonOps_DDRM.det(v), 1e-9);
    // U·Σ·Vᵀ = W padded with zeros to k×k
    DMatrixRMaj rebuilt = new DMatrixRMaj(u.numRows, u.numRows);
    CommonOps_DDRM.multTransB(Fixtures.multiply(u, CommonOps_DDRM.diag(d.sigma())), v, rebuilt);
    DMatrixRMaj padded = new DMatrixRMaj(u.numRows, u.numRows);
    CommonOps_DDRM.insert(layer.weights(), padded, 0, 0);
    assertEquals(0, Fixtures.maxDifference(rebuilt, padded), 1e-10);
  }

  private static LayerParams layerOf(DMatrixRMaj u, DMatrixRMaj v, double... sigma) {
    DMatrixRMaj w = new DMatrixRMaj(3, 3);
    CommonOps_DDRM.multTransB(Fixtures.multiply(u, CommonOps_DDRM.diag(sigma)), v, w);
    return LayerParams.linear(w, new DMatrixRMaj(3, 1));
  }

  private static void assertColumnsFollow(DMatrixRMaj before, DMatrixRMaj after) {
    DMatrixRMaj overlap = new DMatrixRMaj(before.numCols, before.numCols);
    CommonOps_DDRM.multTransA(before, after, overlap);
    for (int i = 0; i < before.numCols; i++) {
      assertTrue(overlap.get(i, i) > 0.99, "column " + i + " overlap " + overlap.get(i, i));
    }
  }

  private static double[] forward(LayerParams layer, double[] a) {
    int m = layer.outputWidth();
    double[] out = new double[m];
    for (int i = 0; i < m; i++) {
      double z = layer.bias().get(i);
      for (int j = 0; j < a.length; j++) {
        z += layer.weights().get(i, j) * a[j];
      }
      out[i] = layer.activation().applyAsDouble(z);
    }
    return out;
  }

  private static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(sum);
  }
}
