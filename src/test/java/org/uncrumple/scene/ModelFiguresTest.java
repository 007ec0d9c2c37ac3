package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.Network;

/** Model files record the figures they were saved with; files without them still load. */
class ModelFiguresTest {
  private final Network network = Network.initialise(Architecture.of(3, Activation.TANH, 2, 3), 5);

  @TempDir Path folder;

  @Test
  void theFiguresComeBackExactly() throws Exception {
    Path file = folder.resolve("model.json");
    ModelFigures figures = new ModelFigures(1234, 0.0312, 0.995, 0.0456, 0.9875, 800);

    ModelFile.write(file, network, List.of("a", "b"), figures);

    assertEquals(figures, ModelFile.read(file).savedFigures().orElseThrow());
  }

  @Test
  void withoutTestPointsOnlyTheTrainingFiguresAreWritten() throws Exception {
    Path file = folder.resolve("model.json");
    ModelFigures figures = new ModelFigures(10, 0.5, 0.75, Double.NaN, Double.NaN, 0);

    ModelFile.write(file, network, List.of("a", "b"), figures);

    assertTrue(!Files.readString(file).contains("test-"));
    ModelFigures back = ModelFile.read(file).savedFigures().orElseThrow();
    assertEquals(0.75, back.accuracy());
    assertTrue(!back.hasTest());
  }

  @Test
  void aVersionOneFileWithoutFiguresStillLoads() throws Exception {
    Path file = folder.resolve("model.json");
    ModelFile.write(file, network, List.of("a", "b"));

    ModelFile.Model model = ModelFile.read(file);

    assertTrue(model.savedFigures().isEmpty());
    assertTrue(!Files.readString(file).contains("figures"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"accuracy\": 1.5 | figures.accuracy is 1.5; it must be a number from 0 and at most 1",
        "\"test-accuracy\": -1 | figures.test-accuracy is -1; it must be a number from 0 and at"
            + " most 1",
        "\"speed\": 3 | unknown field \"speed\" in figures"
      })
  void badFiguresAreNamed(String field, String message) throws Exception {
    Path file = folder.resolve("model.json");
    ModelFile.write(file, network, List.of("a", "b"), new ModelFigures(1, 0.1, 0.5, 0.2, 0.5, 9));
    String text = Files.readString(file);
    String name = field.substring(1, field.indexOf('"', 1));
    String replaced =
        text.contains("\"" + name + "\"")
            ? text.replaceFirst("\"" + name + "\" : [^,\\n]+", field)
            : text.replace("\"step\" : 1,", "\"step\" : 1, " + field + ",");
    Files.writeString(file, replaced);

    SceneException error = assertThrows(SceneException.class, () -> ModelFile.read(file));

    assertTrue(error.getMessage().startsWith("model.json, line "), error.getMessage());
    assertTrue(error.getMessage().contains(message), error.getMessage());
  }
}
