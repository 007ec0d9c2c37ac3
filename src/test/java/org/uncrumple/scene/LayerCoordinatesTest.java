package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ejml.dense.row.CommonOps_DDRM;
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
import org.uncrumple.train.TrainingSession;

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

  /**
   * The stretch column is Σ·Vᵀ·a, so coordinate i of the stretch over coordinate i of rotate1 is
   * the factor σ_i: negative only in a square layer with det W &lt; 0, as the network of three
   * narrow layers (4 → 4, 4 → 3 included) trains.
   */
  @Test
  void theStretchHasANegativeFactorOnlyWhereWIsSquareAndMirrors() throws SceneException {
    LoadedScene scene = LoadedScene.open(Path.of("scenes", "deep-narrow.yaml"));
    TrainingSession session =
        new TrainingSession(
            scene.dataset(),
            scene.architecture(),
            scene.spec().training(),
            Network.initialise(scene.architecture(), scene.spec().training().seed()));
    double[] points = scene.dataset().points();
    for (int snapshot = 0; snapshot < 20; snapshot++) {
      for (int s = 0; s < 250; s++) {
        session.advance();
      }
      Network network = session.snapshot(false).copyOfNetwork();
      int at = 3;
      for (int l = 0; l < network.layerCount() - 1; l++) {
        DenseLayer layer = network.layer(l);
        int n = layer.inputs();
        int m = layer.outputs();
        boolean[] negative = new boolean[Math.min(m, n)];
        for (int p = 0; p < 200; p++) {
          double[] values =
              LayerCoordinates.follow(network, Arrays.copyOfRange(points, 3 * p, 3 * p + 3));
          for (int i = 0; i < negative.length; i++) {
            // σ_i = stretch_i / rotate1_i
            negative[i] |= values[at + n + i] * values[at + i] < -1e-12;
          }
        }
        int negatives = 0;
        for (boolean b : negative) {
          negatives += b ? 1 : 0;
        }
        boolean mirrors = m == n && CommonOps_DDRM.det(layer.weights()) < 0;
        assertEquals(
            mirrors ? 1 : 0, negatives, "layer " + (l + 1) + " at step " + session.steps());
        at += n + 4 * m;
      }
    }
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
