package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncrumple.geometry.LayerDecomposition;
import org.uncrumple.geometry.LayerParams;
import org.uncrumple.geometry.Step;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.DenseLayer;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;

class LayerCoordinatesTest {
  private static final Network NETWORK =
      Network.initialise(
          new Architecture(
              3,
              List.of(new LayerSpec(4, Activation.TANH), new LayerSpec(2, Activation.SIGMOID)),
              2),
          7);

  @Test
  void everyStageIsTheDecompositionsStepPlayedToItsEnd() {
    double[] point = {0.3, -0.8, 0.55};

    double[] values = LayerCoordinates.follow(NETWORK, point);

    int at = 3;
    double[] a = point;
    for (int l = 0; l < 2; l++) {
      DenseLayer layer = NETWORK.layer(l);
      Activation f = layer.activation();
      LayerDecomposition d =
          LayerDecomposition.of(new LayerParams(layer.weights(), layer.bias(), f::apply, false));
      double[] x = Arrays.copyOf(a, d.workingWidth());
      for (Step step : Step.values()) {
        d.applyStep(step, 1, x);
        int width = step == Step.ROTATE_IN ? d.inputWidth() : d.outputWidth();
        for (int i = 0; i < width; i++) {
          assertEquals(x[i], values[at++], 1e-12, "layer " + (l + 1) + " " + step + " " + i);
        }
      }
      a = Arrays.copyOf(x, d.outputWidth());
    }
    assertEquals(values.length, at + 2);
  }

  @Test
  void theFirstTurnKeepsEveryPointsDistanceFromTheOrigin() {
    double[] point = {0.9, 0.1, -0.4};

    double[] values = LayerCoordinates.follow(NETWORK, point);

    double before = Math.hypot(Math.hypot(point[0], point[1]), point[2]);
    double after = Math.hypot(Math.hypot(values[3], values[4]), values[5]);
    assertEquals(before, after, 1e-12);
  }

  @Test
  void aFailedWriteLeavesNoFile(@TempDir Path folder) {
    Path out = folder.resolve("missing/layers.csv");

    SceneException error =
        assertThrows(
            SceneException.class,
            () ->
                LayerCoordinates.write(
                    out, NETWORK, new double[] {0, 0, 0}, 1, new int[] {0}, List.of("a", "b")));

    assertTrue(error.getMessage().contains("could not be written"), error.getMessage());
    assertTrue(Files.notExists(out));
  }

  @Test
  void labelsWithCommasOrQuotesAreQuoted() {
    assertEquals("plain", LayerCoordinates.quoted("plain"));
    assertEquals("\"a, b\"", LayerCoordinates.quoted("a, b"));
    assertEquals("\"say \"\"hi\"\"\"", LayerCoordinates.quoted("say \"hi\""));
  }
}
