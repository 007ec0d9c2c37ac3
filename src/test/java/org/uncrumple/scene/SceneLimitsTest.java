package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;
import org.uncrumple.train.TrainingSettings;

/** The writer never writes a scene the reader would refuse for its size. */
class SceneLimitsTest {
  private static SceneSpec sceneWithWeights(int width) {
    List<LayerSpec> hidden =
        List.of(new LayerSpec(width, Activation.TANH), new LayerSpec(width, Activation.TANH));
    Network weights = Network.initialise(new Architecture(3, hidden, 2), 3);
    return SceneSpec.of(
            "Wide",
            "",
            DatasetSpec.generated("paper-ball", Map.of("points", 100)),
            hidden,
            TrainingSettings.defaults(),
            100,
            false)
        .withWeights(weights);
  }

  @Test
  void theWriterRefusesMoreValuesThanTheReaderTakes(@TempDir Path folder) {
    Path file = folder.resolve("wide.yaml");

    SceneException error =
        assertThrows(SceneException.class, () -> SceneWriter.write(file, sceneWithWeights(320)));

    assertTrue(error.getMessage().contains("nothing was written"), error.getMessage());
    assertTrue(error.getMessage().contains("model file"), error.getMessage());
    assertFalse(Files.exists(file));
  }

  @Test
  void aSceneWithWeightsAndNoDescriptionReadsBackExactly(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("wide.yaml");
    SceneSpec scene = sceneWithWeights(60);

    SceneWriter.write(file, scene);

    SceneSpec back = SceneReader.read(file);
    assertEquals("", back.description());
    assertArrayEquals(
        scene.initialWeights().orElseThrow().parameters(),
        back.initialWeights().orElseThrow().parameters());
  }

  @Test
  void theWriterCountsValuesAsTheParserDoes(@TempDir Path folder) throws Exception {
    SceneSpec scene = sceneWithWeights(4);
    String text = SceneWriter.text(scene, folder.resolve("small.yaml"));
    int tokens = 0;
    try (JsonParser parser = new YAMLFactory().createParser(text)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }

    assertEquals(
        tokens,
        SceneWriter.values(
            new com.fasterxml.jackson.databind.ObjectMapper(new YAMLFactory()).readTree(text)));
  }
}
