package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

class ModelFileTest {
  private final Network network =
      Network.initialise(
          new Architecture(
              3, List.of(new LayerSpec(5, Activation.TANH), new LayerSpec(3, Activation.RELU)), 4),
          42);

  @Test
  void roundTripGivesTheSameOutputsBitForBit(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("model.json");
    ModelFile.write(file, network, List.of("a", "b", "c", "d"));

    ModelFile.Model model = ModelFile.read(file);

    double[] points = {0.1, -0.7, 0.3, 1, 1, 1, -0.25, 0.5, 0};
    assertArrayEquals(network.parameters(), model.network().parameters());
    assertArrayEquals(network.logits(points, 3), model.network().logits(points, 3));
    assertEquals(List.of("a", "b", "c", "d"), model.classNames());
    assertEquals("3-5-3-4", model.network().architecture().describe());
  }

  @Test
  void leavesNoPartialFileWhenTheFolderIsMissing(@TempDir Path folder) {
    Path file = folder.resolve("missing/model.json");

    SceneException error =
        assertThrows(
            SceneException.class,
            () -> ModelFile.write(file, network, List.of("a", "b", "c", "d")));

    assertTrue(
        error
            .getMessage()
            .contains(
                "the folder " + file.getParent() + " does not exist; no file was left behind"),
        error.getMessage());
  }

  @Test
  void rejectsAModelWhoseRowsHaveTheWrongLength(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("model.json");
    ModelFile.write(file, network, List.of("a", "b", "c", "d"));
    String text = Files.readString(file);
    Files.writeString(file, text.replaceFirst("\\[\\s*(-?[0-9.Ee-]+),", "[ "));

    SceneException error = assertThrows(SceneException.class, () -> ModelFile.read(file));

    assertTrue(
        error.getMessage().contains("layer 1 weights row 1: expected 3 numbers, found 2"),
        error.getMessage());
  }
}
