package org.uncrumple.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchitectureTest {
  @ParameterizedTest
  @CsvSource({"3-3-3-3-2, 4", "3-16-16-2, 3", "2-5-4, 2", "3-2, 1"})
  void describeJoinsTheWidthsAndLayerCountIncludesTheOutputLayer(String shape, int layers) {
    Architecture architecture = Fixtures.architecture(shape, Activation.TANH);
    assertEquals(shape, architecture.describe());
    assertEquals(layers, architecture.layerCount());
  }

  @Test
  void layersKnowTheirWidthsAndTheOutputLayerIsLinear() {
    Architecture architecture =
        new Architecture(
            3, List.of(new LayerSpec(16, Activation.RELU), new LayerSpec(8, Activation.TANH)), 4);
    assertEquals(3, architecture.inputWidth(0));
    assertEquals(16, architecture.width(0));
    assertEquals(16, architecture.inputWidth(1));
    assertEquals(8, architecture.width(1));
    assertEquals(4, architecture.width(2));
    assertSame(Activation.RELU, architecture.activation(0));
    assertSame(Activation.LINEAR, architecture.activation(2));
    assertThrows(IndexOutOfBoundsException.class, () -> architecture.width(3));
  }

  @Test
  void hiddenListIsCopied() {
    List<LayerSpec> hidden = new ArrayList<>(List.of(new LayerSpec(5, Activation.TANH)));
    Architecture architecture = new Architecture(3, hidden, 2);
    hidden.add(new LayerSpec(7, Activation.TANH));
    assertEquals("3-5-2", architecture.describe());
  }

  @ParameterizedTest
  @CsvSource({
    "0, 2, 'inputs must be at least 1, was 0'",
    "3, 1, 'classes must be at least 2, was 1'"
  })
  void invalidSizesAreRejected(int inputs, int classes, String message) {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> new Architecture(inputs, List.of(), classes));
    assertEquals(message, error.getMessage());
  }

  @Test
  void layerWidthMustBePositive() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> new LayerSpec(0, Activation.TANH));
    assertEquals("layer width must be at least 1, was 0", error.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"sgd, SGD", "adam, ADAM"})
  void optimizerIdsNameTheKindBothWays(String id, OptimizerKind kind) {
    assertEquals(id, kind.id());
    assertSame(kind, OptimizerKind.fromId(id));
  }

  @Test
  void unknownOptimizerIsRejectedWithTheAllowedIds() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> OptimizerKind.fromId("rmsprop"));
    assertEquals("unknown optimizer 'rmsprop'; allowed: sgd, adam", error.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0, 0, 'learning rate must be finite and > 0, was 0.0'",
    "NaN, 0, 0, 'learning rate must be finite and > 0, was NaN'",
    "0.1, 1, 0, 'momentum must be in [0, 1), was 1.0'",
    "0.1, -0.5, 0, 'momentum must be in [0, 1), was -0.5'",
    "0.1, 0.9, -1, 'weight decay must be finite and >= 0, was -1.0'"
  })
  void invalidOptimizerSettingsAreRejected(
      double learningRate, double momentum, double decay, String message) {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> new OptimizerSettings(OptimizerKind.SGD, learningRate, momentum, decay));
    assertEquals(message, error.getMessage());
  }
}
