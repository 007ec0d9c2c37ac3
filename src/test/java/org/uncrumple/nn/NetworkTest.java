package org.uncrumple.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkTest {
  @Test
  void sameSeedGivesIdenticalWeightsAndAnotherSeedDifferentOnes() {
    Architecture architecture = Fixtures.architecture("3-16-16-2", Activation.TANH);
    assertArrayEquals(
        Network.initialise(architecture, 5).parameters(),
        Network.initialise(architecture, 5).parameters());
    assertNotEquals(
        Network.initialise(architecture, 5).parameters()[0],
        Network.initialise(architecture, 6).parameters()[0]);
  }

  @ParameterizedTest
  @CsvSource({
    "TANH, 0.5", // Xavier: √(6 / (16 + 8))
    "SIGMOID, 0.5",
    "SOFTPLUS, 0.5",
    "LINEAR, 0.5",
    "RELU, 0.6123724356957945", // He: √(6 / 16)
    "LEAKY_RELU, 0.6123724356957945"
  })
  void initialWeightsFillTheirInitialisersRangeAndBiasesAreZero(
      Activation activation, double limit) {
    Network network = Network.initialise(Architecture.of(3, activation, 2, 16, 8), 9);
    double[] weights = network.layer(1).weights().data;
    double largest = 0;
    for (double w : weights) {
      largest = Math.max(largest, Math.abs(w));
    }
    assertTrue(largest <= limit, "largest " + largest);
    assertTrue(largest > 0.9 * limit, "largest " + largest);
    for (int l = 0; l < network.layerCount(); l++) {
      assertArrayEquals(new double[network.layer(l).outputs()], network.layer(l).bias().data);
    }
  }

  @Test
  void layersHaveTheArchitecturesShapesAndTheLastIsLinear() {
    Network network = Network.initialise(Fixtures.architecture("3-16-8-4", Activation.RELU), 1);
    assertEquals(3, network.layerCount());
    assertEquals(16, network.layer(0).outputs());
    assertEquals(3, network.layer(0).inputs());
    assertEquals(16, network.layer(0).weights().numRows);
    assertEquals(3, network.layer(0).weights().numCols);
    assertEquals(16, network.layer(0).bias().numRows);
    assertEquals(1, network.layer(0).bias().numCols);
    assertEquals(Activation.RELU, network.layer(1).activation());
    assertEquals(Activation.LINEAR, network.layer(2).activation());
    assertEquals(4, network.layer(2).outputs());
  }

  @Test
  void parametersListEachLayersWeightsRowByRowThenItsBias() {
    Network network = Network.initialise(Fixtures.architecture("2-3-2", Activation.TANH), 1);
    network.layer(0).bias().set(2, 0, 7.5);
    double[] values = network.parameters();
    assertEquals(2 * 3 + 3 + 3 * 2 + 2, values.length);
    assertEquals(values.length, network.parameterCount());
    assertEquals(network.layer(0).weights().get(0, 0), values[0]);
    assertEquals(network.layer(0).weights().get(0, 1), values[1]);
    assertEquals(network.layer(0).weights().get(1, 0), values[2]);
    assertEquals(7.5, values[8]);
    assertEquals(network.layer(1).weights().get(0, 0), values[9]);
    assertEquals(network.layer(1).bias().get(1, 0), values[16]);
  }

  @Test
  void setParametersRestoresWhatParametersReturned() {
    Network network = Network.initialise(Fixtures.architecture("3-5-4-3", Activation.TANH), 1);
    double[] values = Fixtures.points(network.parameterCount(), 1, 1.0, 2);
    network.setParameters(values);
    assertArrayEquals(values, network.parameters());
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> network.setParameters(new double[3]));
    assertEquals("3-5-4-3 has 59 parameters, got 3", error.getMessage());
  }

  @Test
  void copyIsDeepAndCopyFromOverwritesInPlace() {
    Architecture architecture = Fixtures.architecture("3-4-2", Activation.TANH);
    Network original = Network.initialise(architecture, 1);
    Network copy = original.copy();
    assertArrayEquals(original.parameters(), copy.parameters());
    copy.layer(0).weights().set(0, 0, 99);
    assertNotEquals(99, original.layer(0).weights().get(0, 0));

    Network other = Network.initialise(architecture, 2);
    var weights = other.layer(0).weights();
    other.copyFrom(original);
    assertArrayEquals(original.parameters(), other.parameters());
    assertTrue(weights == other.layer(0).weights(), "matrices are reused");
  }

  @Test
  void copyFromAnotherArchitectureIsRejected() {
    Network small = Network.initialise(Fixtures.architecture("3-4-2", Activation.TANH), 1);
    Network large = Network.initialise(Fixtures.architecture("3-5-2", Activation.TANH), 1);
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> small.copyFrom(large));
    assertEquals("cannot copy a 3-5-2 network into 3-4-2", error.getMessage());
  }

  @Test
  void isFiniteDetectsNaNAndInfinityInWeightsAndBiases() {
    Network network = Network.initialise(Fixtures.architecture("3-4-2", Activation.TANH), 1);
    assertTrue(network.isFinite());
    network.layer(1).bias().set(1, 0, Double.NaN);
    assertFalse(network.isFinite());
    network.layer(1).bias().set(1, 0, 0);
    network.layer(0).weights().set(2, 1, Double.NEGATIVE_INFINITY);
    assertFalse(network.isFinite());
  }
}
