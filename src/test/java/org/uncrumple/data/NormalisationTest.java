package org.uncrumple.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Checks the shift and uniform scale into [-1, 1]³ and the way back. */
class NormalisationTest {

  @Test
  void centresTheBoundingBoxAndScalesByTheLargestHalfSide() {
    double[] xyz = {0, 10, 100, 4, 12, 101};
    Normalisation n = Normalisation.fitting(xyz);
    assertArrayEquals(new double[] {2, 11, 100.5}, n.centre(), 0);
    assertEquals(2, n.scale(), 0);
    n.normaliseInPlace(xyz);
    // one scale for all axes: y and z keep their smaller extents, the shape is not distorted
    assertArrayEquals(new double[] {-1, -0.5, -0.25, 1, 0.5, 0.25}, xyz, 0);
  }

  @Test
  void fitsSeveralArraysTogether() {
    Normalisation n = Normalisation.fitting(new double[] {0, 0, 0}, new double[] {2, 0, 0});
    assertArrayEquals(new double[] {1, 0, 0}, n.centre(), 0);
    assertEquals(1, n.scale(), 0);
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
    assertEquals(1, n.scale(), 0);
    assertArrayEquals(new double[] {5, 5, 5}, n.centre(), 0);
  }

  @Test
  void hugeCoordinatesOfOppositeSignsDoNotOverflow() {
    Normalisation n = Normalisation.fitting(new double[] {-1e308, 0, 0, 1e308, 0, 0});
    assertEquals(1e308, n.scale(), 0);
    assertArrayEquals(new double[] {0, 0, 0}, n.centre(), 0);
  }

  @Test
  void rejectsAScaleThatIsNotPositiveAndFinite() {
    assertThrows(IllegalArgumentException.class, () -> new Normalisation(new double[3], 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Normalisation(new double[3], Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> new Normalisation(new double[2], 1));
  }
}
