package org.uncrumple.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Checks the uniform scale into [-1, 1]³, the per-feature standardisation and the ways back. */
class NormalisationTest {

  @Test
  void centresTheBoundingBoxAndScalesByTheLargestHalfSide() {
    double[] xyz = {0, 10, 100, 4, 12, 101};
    Normalisation n = Normalisation.fitting(xyz);
    assertArrayEquals(new double[] {2, 11, 100.5}, n.centre(), 0);
    assertEquals(2, n.scale()[0], 0);
    n.normaliseInPlace(xyz);
    // one scale for all axes: y and z keep their smaller extents, the shape is not distorted
    assertArrayEquals(new double[] {-1, -0.5, -0.25, 1, 0.5, 0.25}, xyz, 0);
  }

  @Test
  void fitsSeveralArraysTogether() {
    Normalisation n = Normalisation.fitting(new double[] {0, 0, 0}, new double[] {2, 0, 0});
    assertArrayEquals(new double[] {1, 0, 0}, n.centre(), 0);
    assertEquals(1, n.scale()[0], 0);
  }

  @Test
  void toRawUndoesToNormalised() {
    Normalisation n = new Normalisation(new double[] {3, -2, 7}, 0.25);
    double[] raw = {3.1, -2.2, 7.05, 2.9, -1.8, 6.8};
    assertArrayEquals(raw, n.toRaw(n.toNormalised(raw)), 1e-12);
    assertArrayEquals(
        new double[] {0.4, -0.8, 0.2}, n.toNormalised(new double[] {3.1, -2.2, 7.05}), 1e-12);
  }

  @Test
  void identityChangesNothing() {
    double[] xyz = {0.3, -0.7, 0.9};
    assertArrayEquals(xyz, Normalisation.identity().toRaw(xyz), 0);
    assertArrayEquals(xyz, Normalisation.identity().toNormalised(xyz), 0);
  }

  @Test
  void identicalPointsGetScaleOne() {
    Normalisation n = Normalisation.fitting(new double[] {5, 5, 5, 5, 5, 5});
    assertEquals(1, n.scale()[0], 0);
    assertArrayEquals(new double[] {5, 5, 5}, n.centre(), 0);
  }

  @Test
  void hugeCoordinatesOfOppositeSignsDoNotOverflow() {
    Normalisation n = Normalisation.fitting(new double[] {-1e308, 0, 0, 1e308, 0, 0});
    assertEquals(1e308, n.scale()[0], 0);
    assertArrayEquals(new double[] {0, 0, 0}, n.centre(), 0);
  }

  @Test
  void rejectsAScaleThatIsNotPositiveAndFinite() {
    assertThrows(IllegalArgumentException.class, () -> new Normalisation(new double[3], 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Normalisation(new double[3], Double.POSITIVE_INFINITY));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Normalisation(Scaling.PER_FEATURE, new double[2], new double[] {1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Normalisation(Scaling.UNIFORM, new double[2], new double[] {1, 2}));
  }

  @Test
  void standardisingGivesEveryFeatureMeanZeroAndDeviationOne() {
    // two features, four rows: (1, 10), (2, 10), (3, 30), (6, 30)
    double[] values = {1, 10, 2, 10, 3, 30, 6, 30};
    Normalisation n = Normalisation.standardising(2, values);

    assertEquals(Scaling.PER_FEATURE, n.scaling());
    assertArrayEquals(new double[] {3, 20}, n.centre(), 1e-15);
    // population deviations: √((4 + 1 + 0 + 9)/4) = √3.5 and 10
    assertArrayEquals(new double[] {Math.sqrt(3.5), 10}, n.scale(), 1e-15);
    double[] normalised = n.toNormalised(values);
    for (int j = 0; j < 2; j++) {
      double mean = 0;
      double square = 0;
      for (int i = j; i < normalised.length; i += 2) {
        mean += normalised[i] / 4;
        square += normalised[i] * normalised[i] / 4;
      }
      assertEquals(0, mean, 1e-15);
      assertEquals(1, square, 1e-15);
    }
  }

  @Test
  void standardisingIsUndoneByToRaw() {
    double[] values = new double[5 * 7];
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    for (int i = 0; i < values.length; i++) {
      values[i] = 1e3 * (i % 5) + random.nextDouble(-50, 50);
    }
    Normalisation n = Normalisation.standardising(5, values);

    assertArrayEquals(values, n.toRaw(n.toNormalised(values)), 1e-9);
  }

  @Test
  void aConstantFeatureKeepsScaleOneAndBecomesZero() {
    double[] values = {4, 1, 4, 2, 4, 3};
    Normalisation n = Normalisation.standardising(2, values);

    assertEquals(1, n.scale()[0], 0);
    assertArrayEquals(
        new double[] {0, -1.224744871391589, 0, 0, 0, 1.224744871391589},
        n.toNormalised(values),
        1e-15);
  }

  @Test
  void hugeValuesStandardiseWithoutOverflow() {
    Normalisation n = Normalisation.standardising(1, new double[] {-1e300, 1e300});

    assertArrayEquals(new double[] {1e300}, n.scale(), 1e285);
    assertArrayEquals(new double[] {-1, 1}, n.toNormalised(new double[] {-1e300, 1e300}), 1e-15);
  }

  @Test
  void uniformFittingWorksInAnyNumberOfDimensions() {
    Normalisation n = Normalisation.fitting(4, new double[] {0, 0, 0, 0, 2, 4, 6, 8});

    assertEquals(Scaling.UNIFORM, n.scaling());
    assertArrayEquals(new double[] {1, 2, 3, 4}, n.centre(), 0);
    assertArrayEquals(new double[] {4, 4, 4, 4}, n.scale(), 0);
  }
}
