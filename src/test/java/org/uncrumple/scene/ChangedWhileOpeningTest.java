package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;
import org.uncrumple.train.TrainingSettings;

/**
 * A scene with trained weights whose points are a CSV file: the file is read once to check the
 * weights against the classes, and again for the points. If another program saves the CSV in
 * between, the weights may no longer fit; that is refused with a message, never handed to a trainer
 * that cannot take them.
 */
class ChangedWhileOpeningTest {
  private static final List<LayerSpec> HIDDEN = List.of(new LayerSpec(3, Activation.TANH));

  @TempDir Path folder;

  @Test
  void pointsThatGainAClassBetweenTheTwoReadsAreRefused() throws Exception {
    Path csv = folder.resolve("points.csv");
    Files.writeString(csv, "x,y,z,label\n0,0,0,cat\n1,1,1,dog\n0,1,0,cat\n1,0,1,dog\n");
    Path scene = folder.resolve("trained.yaml");
    SceneWriter.write(
        scene,
        SceneSpec.of(
                "Trained",
                "",
                DatasetSpec.fromCsv(csv),
                HIDDEN,
                TrainingSettings.defaults(),
                100,
                false)
            .withWeights(Network.initialise(new Architecture(3, HIDDEN, 2), 1)));
    SceneSpec read = SceneReader.read(scene);

    // Another program saves the points with a third class before they are read.
    Files.writeString(csv, "x,y,z,label\n0,0,0,cat\n1,1,1,dog\n0,1,0,cow\n1,0,1,dog\n");

    SceneException error = assertThrows(SceneException.class, () -> LoadedScene.load(read));

    assertTrue(error.getMessage().contains("points.csv"), error.getMessage());
    assertTrue(
        error.getMessage().contains("changed while the scene was being opened"),
        error.getMessage());
    assertTrue(
        error.getMessage().contains("3-3-2") && error.getMessage().contains("3-3-3"),
        error.getMessage());
  }

  @Test
  void pointsThatStillFitOpen() throws Exception {
    Path csv = folder.resolve("points.csv");
    Files.writeString(csv, "x,y,z,label\n0,0,0,cat\n1,1,1,dog\n");
    SceneSpec spec =
        SceneSpec.of(
                "Trained",
                "",
                DatasetSpec.fromCsv(csv),
                HIDDEN,
                TrainingSettings.defaults(),
                100,
                false)
            .withWeights(Network.initialise(new Architecture(3, HIDDEN, 2), 1));

    assertEquals(2, LoadedScene.load(spec).architecture().classes());
  }
}
