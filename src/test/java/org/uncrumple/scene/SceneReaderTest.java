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
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.OptimizerKind;

class SceneReaderTest {
  private static final String VALID =
      String.join(
          "\n",
          "title: Test",
          "dataset:",
          "  generator: paper-ball",
          "  points: 100",
          "network:",
          "  hidden:",
          "    - {width: 3, activation: tanh}",
          "    - {width: 4, activation: relu}",
          "training:",
          "  optimizer: sgd",
          "  learning-rate: 0.1",
          "  batch-size: 16",
          "  steps: 500",
          "  running: false",
          "");

  @Test
  void readsEveryFieldOfAValidScene() throws SceneException {
    SceneSpec spec = SceneReader.parse(Path.of("test.yaml"), VALID);

    assertEquals("Test", spec.title());
    assertEquals("paper-ball", spec.dataset().generator());
    assertEquals(100, spec.dataset().parameters().get("points").intValue());
    assertEquals(
        List.of(new LayerSpec(3, Activation.TANH), new LayerSpec(4, Activation.RELU)),
        spec.hidden());
    assertEquals(OptimizerKind.SGD, spec.training().optimizer());
    assertEquals(0.1, spec.training().learningRate());
    assertEquals(16, spec.training().batchSize());
    assertEquals(500, spec.steps());
    assertEquals(false, spec.running());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "learning rate not a number | '  learning-rate: 0.1' | '  learning-rate: fast'"
            + " | 'test.yaml, line 11, column 3: training.learning-rate is \"fast\"; it must be a"
            + " number above 0'",
        "negative learning rate | '  learning-rate: 0.1' | '  learning-rate: -1'"
            + " | 'line 11, column 3: training.learning-rate is -1'",
        "unknown optimizer | '  optimizer: sgd' | '  optimizer: rmsprop'"
            + " | 'line 10, column 3: training.optimizer is \"rmsprop\"'",
        "misspelt field | '  batch-size: 16' | '  batchsize: 16'"
            + " | 'line 12, column 3: unknown field \"batchsize\" in training (did you mean \"batch-size\"?)'",
        "unknown activation | '{width: 4, activation: relu}' | '{width: 4, activation: swish}'"
            + " | 'line 8, column 18: network.hidden[2].activation is \"swish\"'",
        "width zero | '{width: 3, activation: tanh}' | '{width: 0, activation: tanh}'"
            + " | 'line 7, column 8: network.hidden[1].width is 0; it must be a whole number from 1'",
        "unknown generator | 'generator: paper-ball' | 'generator: paper-plane'"
            + " | 'line 3, column 3: dataset.generator is \"paper-plane\"; allowed: paper-ball'",
        "unknown generator parameter | '  points: 100' | '  pionts: 100'"
            + " | 'line 4, column 3: unknown field \"pionts\" in dataset'",
        "not a boolean | '  running: false' | '  running: maybe'"
            + " | 'line 14, column 3: training.running is \"maybe\"; it must be true or false'",
        "broken YAML | 'title: Test' | 'title: [Test'" + " | 'test.yaml, line'",
      })
  void namesFileLineFieldAndWhatIsAllowed(String caseName, String from, String to, String message) {
    String broken = VALID.replace(from, to);

    SceneException error =
        assertThrows(SceneException.class, () -> SceneReader.parse(Path.of("test.yaml"), broken));

    assertTrue(
        error.getMessage().contains(message),
        () ->
            "expected the message to contain\n  "
                + message
                + "\nbut it was\n  "
                + error.getMessage());
  }

  @Test
  void reportsAMissingSection() {
    String noNetwork =
        VALID.substring(0, VALID.indexOf("network:")) + VALID.substring(VALID.indexOf("training:"));

    SceneException error =
        assertThrows(SceneException.class, () -> SceneReader.parse(Path.of("s.yaml"), noNetwork));

    assertTrue(error.getMessage().contains("network is missing"), error.getMessage());
  }

  @Test
  void readsAFileWithAByteOrderMarkAndWindowsLineEndings(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("windows.yaml");
    Files.writeString(file, "\uFEFF" + VALID.replace("\n", "\r\n"));

    assertEquals("Test", SceneReader.read(file).title());
  }

  @Test
  void resolvesACsvPathAgainstTheSceneFolder(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("mine.yaml");
    Files.writeString(
        file,
        VALID.replace("  generator: paper-ball\n  points: 100\n", "  csv: data/points.csv\n"));

    assertEquals(folder.resolve("data/points.csv"), SceneReader.read(file).dataset().csv());
  }

  @Test
  void opensACsvFileAsASceneWithTheDefaultNetwork(@TempDir Path folder) throws Exception {
    Path csv = folder.resolve("points.csv");
    Files.writeString(csv, "x,y,z,label\n0,0,0,a\n1,1,1,b\n0.5,0,0,a\n0,1,0,b\n");

    LoadedScene scene = LoadedScene.open(csv);

    assertEquals(SceneReader.DEFAULT_HIDDEN, scene.spec().hidden());
    assertEquals(List.of("a", "b"), scene.dataset().classNames());
    assertEquals("3-3-3-3-2", scene.architecture().describe());
  }

  @Test
  void theBundledPaperBallSceneLoads() throws SceneException {
    LoadedScene scene = LoadedScene.load(SceneReader.readBundled("paper-ball.yaml"));

    assertEquals(2, scene.dataset().classCount());
    assertEquals("3-3-3-3-2", scene.architecture().describe());
  }
}
