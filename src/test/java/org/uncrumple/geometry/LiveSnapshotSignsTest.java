package org.uncrumple.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.DenseLayer;
import org.uncrumple.nn.Network;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.train.TrainingSession;

/**
 * The window's picture while a lesson trains: each snapshot's path is built from the previous one,
 * as the trace worker does, and every stretch must carry a negative factor exactly where the
 * layer's W is square with det W &lt; 0.
 */
class LiveSnapshotSignsTest {
  private static final int SNAPSHOTS = 60;
  private static final int STEPS_BETWEEN = 50;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"deep-narrow.yaml", "paper-ball.yaml", "linked-rings-4d.yaml"})
  void aStretchIsNegativeOnlyWhereWIsSquareAndMirrors(String scene) throws Exception {
    LoadedScene loaded = LoadedScene.open(Path.of("scenes", scene));
    TrainingSession session =
        new TrainingSession(
            loaded.dataset(),
            loaded.architecture(),
            loaded.spec().training(),
            Network.initialise(loaded.architecture(), loaded.spec().training().seed()));
    double[] points = loaded.dataset().points();
    int count = Math.min(loaded.dataset().size(), 500);
    StagePath previous = null;
    int nonSquare = 0;
    for (int snapshot = 0; snapshot < SNAPSHOTS; snapshot++) {
      for (int s = 0; s < STEPS_BETWEEN; s++) {
        session.advance();
      }
      Network network = session.snapshot(false).copyOfNetwork();
      StagePath path = StagePath.build(hiddenLayers(network), points, count, previous);
      for (int l = 1; l < network.layerCount(); l++) {
        LayerDecomposition d = path.decomposition(l);
        boolean square = d.inputWidth() == d.outputWidth();
        nonSquare += square ? 0 : 1;
        double determinant = square ? CommonOps_DDRM.det(d.params().weights()) : 1;
        int negatives = 0;
        for (double sigma : d.sigma()) {
          negatives += sigma < 0 ? 1 : 0;
        }
        assertEquals(
            determinant < 0 ? 1 : 0,
            negatives,
            "layer " + l + " at step " + session.steps() + ": " + Arrays.toString(d.sigma()));
      }
      previous = path;
    }
    assertTrue(scene.equals("paper-ball.yaml") || nonSquare > 0, "no layer changed width");
  }

  private static List<LayerParams> hiddenLayers(Network network) {
    List<LayerParams> layers = new ArrayList<>();
    for (int l = 0; l < network.layerCount() - 1; l++) {
      DenseLayer layer = network.layer(l);
      Activation f = layer.activation();
      layers.add(new LayerParams(layer.weights(), layer.bias(), f::apply, f == Activation.LINEAR));
    }
    return layers;
  }
}
