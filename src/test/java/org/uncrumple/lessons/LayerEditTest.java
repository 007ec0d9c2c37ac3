package org.uncrumple.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.uncrumple.nn.Network;
import org.uncrumple.nn.Trace;

class LayerEditTest {
  private static final double[] BIAS = {0.1, -0.2, 0.3};

  @ParameterizedTest(name = "layer {0}")
  @ValueSource(ints = {0, 1, 2})
  void theEditedStageIsWTimesTheLayerInputPlusB(int layer) {
    Network trained = TrainedBall.network();
    double[] w = LayerEdit.Preset.ROTATION.matrix(3, 3, 30);
    w[1] = 0.5; // and a shear on top: not a preset, any numbers go
    Network edited = LayerEdit.withLayer(trained, layer, w, BIAS);
    int count = 200;
    double[] points = TrainedBall.data().points();

    Trace before = trained.trace(points, count);
    Trace after = edited.trace(points, count);

    double[] input = layer == 0 ? after.input() : after.activated(layer - 1);
    for (int p = 0; p < count; p++) {
      for (int i = 0; i < 3; i++) {
        double z = 0;
        for (int j = 0; j < 3; j++) {
          z += w[3 * i + j] * input[3 * p + j];
        }
        assertEquals(z, after.linear(layer)[3 * p + i], 1e-12, "W·a, point " + p);
        assertEquals(z + BIAS[i], after.shifted(layer)[3 * p + i], 1e-12, "W·a + b");
      }
    }
    for (int l = 0; l < layer; l++) {
      assertArrayEquals(before.activated(l), after.activated(l), "layers before stay");
    }
    assertArrayEquals(
        LayerEdit.weights(trained, layer), LayerEdit.weights(TrainedBall.network(), layer));
  }

  @Test
  void readsBackWhatItWrote() {
    double[] w = LayerEdit.Preset.SHEAR.matrix(3, 3, 0.7);
    Network edited = LayerEdit.withLayer(TrainedBall.network(), 1, w, BIAS);

    assertArrayEquals(w, LayerEdit.weights(edited, 1));
    assertArrayEquals(BIAS, LayerEdit.bias(edited, 1));
    assertArrayEquals(LayerEdit.weights(TrainedBall.network(), 2), LayerEdit.weights(edited, 2));
  }

  @ParameterizedTest
  @EnumSource(LayerEdit.Preset.class)
  void presetsHaveTheDeterminantTheirNameSays(LayerEdit.Preset preset) {
    double[] m = preset.matrix(3, 3, 40);
    double det =
        m[0] * (m[4] * m[8] - m[5] * m[7])
            - m[1] * (m[3] * m[8] - m[5] * m[6])
            + m[2] * (m[3] * m[7] - m[4] * m[6]);
    double expected =
        preset == LayerEdit.Preset.SINGULAR ? 0 : preset == LayerEdit.Preset.MIRROR ? -1 : 1;
    assertEquals(expected, det, 1e-12);
  }

  @Test
  void aWiderLayerGetsThePresetInItsCornerAndTheIdentityElsewhere() {
    double[] m = LayerEdit.Preset.MIRROR.matrix(4, 5, 0);

    assertArrayEquals(
        new double[] {-1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0}, m);
  }

  @Test
  void refusesAMatrixOfTheWrongShape() {
    assertThrows(
        IllegalArgumentException.class,
        () -> LayerEdit.withLayer(TrainedBall.network(), 0, new double[4], BIAS));
  }
}
