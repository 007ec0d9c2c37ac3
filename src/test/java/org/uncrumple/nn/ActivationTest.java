package org.uncrumple.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ActivationTest {
  @ParameterizedTest
  @CsvSource({
    "tanh, TANH",
    "relu, RELU",
    "leaky-relu, LEAKY_RELU",
    "sigmoid, SIGMOID",
    "softplus, SOFTPLUS",
    "linear, LINEAR"
  })
  void idNamesTheActivationBothWays(String id, Activation activation) {
    assertEquals(id, activation.id());
    assertSame(activation, Activation.fromId(id));
  }

  @Test
  void unknownIdIsRejectedWithTheAllowedIds() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Activation.fromId("gelu"));
    assertEquals(
        "unknown activation 'gelu'; allowed: tanh, relu, leaky-relu, sigmoid, softplus, linear",
        error.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void derivativeIsTheSlopeOfApply(Activation activation) {
    double h = 1e-5;
    for (double x = -6.03; x <= 6; x += 0.37) {
      double numeric = (activation.apply(x + h) - activation.apply(x - h)) / (2 * h);
      double analytic = activation.derivative(x, activation.apply(x));
      assertEquals(numeric, analytic, 1e-9, activation + " at " + x);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "TANH, 0.5, 0.46211715726000974",
    "RELU, -2, 0",
    "RELU, 3, 3",
    "LEAKY_RELU, -2, -0.02",
    "LEAKY_RELU, 3, 3",
    "SIGMOID, 0, 0.5",
    "SOFTPLUS, 0, 0.6931471805599453",
    "SOFTPLUS, 800, 800",
    "SOFTPLUS, -800, 0",
    "LINEAR, -7.5, -7.5"
  })
  void applyGivesTheTextbookValue(Activation activation, double x, double expected) {
    assertEquals(expected, activation.apply(x), 1e-15);
  }

  @ParameterizedTest
  @CsvSource({"RELU, 0", "LEAKY_RELU, 0.01"})
  void rectifiersUseTheLeftSlopeAtTheKink(Activation activation, double slope) {
    assertEquals(slope, activation.derivative(0.0, 0.0));
  }

  @Test
  void onlyReluPressesSpaceFlat() {
    assertTrue(Activation.RELU.pressesFlat());
    for (Activation activation : Activation.values()) {
      if (activation != Activation.RELU) {
        assertFalse(activation.pressesFlat(), activation.id());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void bulkMethodsAgreeWithTheScalarOnes(Activation activation) {
    double[] z = Fixtures.points(50, 1, 2.0, 5);
    double[] a = new double[50];
    double[] ga = Fixtures.points(50, 1, 1.0, 6);
    double[] gz = new double[50];
    activation.applyAll(z, a, 50);
    activation.backpropagate(z, a, ga, gz, 50);
    for (int i = 0; i < 50; i++) {
      assertEquals(activation.apply(z[i]), a[i]);
      assertEquals(ga[i] * activation.derivative(z[i], a[i]), gz[i]);
    }
  }
}
