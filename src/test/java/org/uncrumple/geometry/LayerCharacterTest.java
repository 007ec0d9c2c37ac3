package org.uncrumple.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.uncrumple.nn.Activation;

/**
 * What a layer does to space: rotations pass quietly, mirrors, collapses and pressing are named.
 */
class LayerCharacterTest {
  private final Random random = new Random(12);

  @ParameterizedTest
  @EnumSource(
      value = Activation.class,
      names = {"TANH", "SIGMOID", "SOFTPLUS", "LINEAR"})
  void aRotationWithASmoothActivationRaisesNoWarning(Activation activation) {
    LayerCharacter layer = LayerCharacter.of(Fixtures.randomRotation(random, 3), activation);

    assertTrue(layer.square());
    assertEquals(1.0, layer.determinant(), 1e-12);
    assertEquals(1.0, layer.smallestRatio(), 1e-12);
    assertFalse(layer.collapses());
    assertFalse(layer.flips());
    assertFalse(layer.presses());
    assertEquals("", layer.pressMark());
    assertEquals(List.of(), layer.warnings());
  }

  @Test
  void aStretchThatKeepsEveryDirectionRaisesNoWarning() {
    LayerCharacter layer = LayerCharacter.of(withSingularValues(3, 0.5, 0.2), Activation.TANH);

    assertEquals(0.2 / 3, layer.smallestRatio(), 1e-12);
    assertEquals(0.3, layer.determinant(), 1e-12);
    assertEquals(List.of(), layer.warnings());
  }

  @Test
  void aReflectionFlipsSpaceHarmlessly() {
    DMatrixRMaj mirror = CommonOps_DDRM.diag(1, 1, -1);
    DMatrixRMaj w = Fixtures.multiply(Fixtures.randomRotation(random, 3), mirror);

    LayerCharacter layer = LayerCharacter.of(w, Activation.TANH);

    assertTrue(layer.flips());
    assertFalse(layer.collapses());
    assertEquals(-1.0, layer.determinant(), 1e-12);
    assertEquals(
        List.of(
            "Flips space like a mirror (det W = −1 < 0): left and right hands swap; this is"
                + " harmless for the classification."),
        layer.warnings());
  }

  @Test
  void aSingularMatrixCollapsesSpaceAndDoesNotClaimAMirror() {
    DMatrixRMaj w = withSingularValues(2, 1, 0);
    CommonOps_DDRM.scale(-1, w);

    LayerCharacter layer = LayerCharacter.of(w, Activation.TANH);

    assertTrue(layer.collapses());
    assertFalse(layer.flips(), "the sign of a zero determinant is rounding noise");
    assertEquals(0, layer.smallestRatio(), 1e-12);
    assertEquals(
        List.of(
            "Flattens space: W is singular (its weakest stretch is 0), so a whole direction is"
                + " squeezed to nothing and points that differ only along it land on the same"
                + " spot."),
        layer.warnings());
  }

  @Test
  void aNearlySingularMatrixNearlyFlattensSpaceAndSaysByHowMuch() {
    LayerCharacter layer = LayerCharacter.of(withSingularValues(2, 1, 0.02), Activation.LINEAR);

    assertTrue(layer.collapses());
    assertEquals(0.01, layer.smallestRatio(), 1e-12);
    assertEquals(
        List.of(
            "Nearly flattens space: its weakest direction is stretched only 0.01 times as much as"
                + " its strongest (σ_min/σ_max = 0.01, |det W| = 0.04), so a whole direction is"
                + " squeezed almost to nothing and points that differ along it end up very close"
                + " together."),
        layer.warnings());
  }

  @ParameterizedTest(name = "σ_min/σ_max = {0}")
  @CsvSource({"0.049, true", "0.051, false", "0.2, false"})
  void nearlyFlatMeansTheWeakestStretchIsUnderFivePercentOfTheStrongest(
      double ratio, boolean collapses) {
    LayerCharacter layer = LayerCharacter.of(withSingularValues(1, 0.5, ratio), Activation.TANH);

    assertEquals(collapses, layer.collapses());
    assertEquals(collapses ? 1 : 0, layer.warnings().size());
  }

  @Test
  void reluPressesSpaceFlatOntoTheWalls() {
    LayerCharacter layer = LayerCharacter.of(Fixtures.randomRotation(random, 3), Activation.RELU);

    assertTrue(layer.presses());
    assertEquals("presses flat", layer.pressMark());
    assertFalse(layer.collapses());
    assertEquals(
        List.of(
            "ReLU presses space flat: every negative coordinate is set to zero, so each region"
                + " where a coordinate is negative is pressed onto the wall where it is 0, and"
                + " points pressed together there can no longer be told apart."),
        layer.warnings());
  }

  @Test
  void leakyReluPressesSpaceNearlyFlatButGluesNoPointsTogether() {
    LayerCharacter layer =
        LayerCharacter.of(Fixtures.randomRotation(random, 3), Activation.LEAKY_RELU);

    assertTrue(layer.presses());
    assertEquals("presses nearly flat", layer.pressMark());
    assertEquals(1, layer.warnings().size());
    assertTrue(layer.warnings().get(0).startsWith("Leaky ReLU presses space nearly flat"));
    assertTrue(layer.warnings().get(0).contains("1/100"), "Activation.LEAK is 0.01");
    assertEquals(0.01, Activation.LEAK);
  }

  @Test
  void threeInputsToTwoOutputsDropADimension() {
    DMatrixRMaj w = new DMatrixRMaj(new double[][] {{1, 0, 0.2}, {0, 1, -0.4}});

    LayerCharacter layer = LayerCharacter.of(w, Activation.TANH);

    assertFalse(layer.square());
    assertTrue(Double.isNaN(layer.determinant()));
    assertTrue(layer.collapses());
    assertFalse(layer.flips());
    assertEquals(3, layer.inputs());
    assertEquals(2, layer.outputs());
    assertEquals(
        List.of(
            "Drops from 3 to 2 dimensions: the layer has only 2 outputs for 3 inputs, so at least"
                + " 1 direction of its input is squeezed to nothing and points that differ only"
                + " along it land on the same spot."),
        layer.warnings());
  }

  @Test
  void sixteenInputsToOneOutputWithReluGiveBothWarningsInOrder() {
    LayerCharacter layer = LayerCharacter.of(Fixtures.gaussian(random, 1, 16, 1), Activation.RELU);

    assertEquals(2, layer.warnings().size());
    assertEquals(
        "Drops from 16 to 1 dimension: the layer has only 1 output for 16 inputs, so at least 15"
            + " directions of its input are squeezed to nothing and points that differ only along"
            + " them land on the same spot.",
        layer.warnings().get(0));
    assertTrue(layer.warnings().get(1).startsWith("ReLU presses space flat"));
  }

  @Test
  void widerOutputsKeepEveryDirection() {
    LayerCharacter layer = LayerCharacter.of(Fixtures.gaussian(random, 16, 3, 1), Activation.TANH);

    assertFalse(layer.collapses());
    assertEquals(List.of(), layer.warnings());
  }

  @Test
  void allZeroWeightsCollapseEverything() {
    LayerCharacter layer = LayerCharacter.of(new DMatrixRMaj(3, 3), Activation.TANH);

    assertTrue(layer.collapses());
    assertEquals(0, layer.smallestRatio());
    assertTrue(layer.warnings().get(0).startsWith("Collapses all of space"));
  }

  @Test
  void everyWarningIsOneSentence() {
    DMatrixRMaj w =
        Fixtures.multiply(withSingularValues(1, 1, 0.001), CommonOps_DDRM.diag(1, -1, 1));
    for (Activation activation : Activation.values()) {
      for (String warning : LayerCharacter.of(w, activation).warnings()) {
        assertTrue(Character.isUpperCase(warning.charAt(0)), warning);
        assertTrue(warning.endsWith("."), warning);
        assertFalse(warning.substring(0, warning.length() - 1).contains(". "), warning);
      }
    }
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"0.0123, 0.012", "-1, −1", "0.04, 0.04", "123.4, 120", "0.00001234, 1.2e−05"})
  void numbersAreShownWithTwoSignificantDigits(double value, String shown) {
    assertEquals(shown, LayerCharacter.number(value));
  }

  @Test
  void badWeightsAreRejected() {
    DMatrixRMaj broken = CommonOps_DDRM.identity(2);
    broken.set(1, 0, Double.NaN);
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> LayerCharacter.of(broken, Activation.TANH));
    assertEquals("weight (1, 0) is NaN", error.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> LayerCharacter.of(new DMatrixRMaj(0, 3), Activation.TANH));
  }

  /** U·diag(σ)·Vᵀ with random rotations U and V. */
  private DMatrixRMaj withSingularValues(double... sigma) {
    DMatrixRMaj u = Fixtures.randomRotation(random, sigma.length);
    DMatrixRMaj v = Fixtures.randomRotation(random, sigma.length);
    DMatrixRMaj us = Fixtures.multiply(u, CommonOps_DDRM.diag(sigma));
    DMatrixRMaj out = new DMatrixRMaj(sigma.length, sigma.length);
    CommonOps_DDRM.multTransB(us, v, out);
    return out;
  }
}
