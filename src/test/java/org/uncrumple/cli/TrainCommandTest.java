package org.uncrumple.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncrumple.data.Scaling;
import org.uncrumple.scene.ModelFile;
import picocli.CommandLine;

class TrainCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = UncrumpleCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void trainsTheSceneAndSavesTheModel(@TempDir Path folder) throws Exception {
    Path model = folder.resolve("ball.json");

    int code =
        run("train", "scenes/paper-ball.yaml", "--steps", "300", "--save-model", model.toString());

    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("Done: 300 steps"), out.toString());
    assertTrue(
        out.toString().matches("(?s).*step 300/300 .*loss \\d+\\.\\d+ .*accuracy .*"),
        out.toString());
    assertEquals("3-3-3-3-2", ModelFile.read(model).network().architecture().describe());
  }

  @Test
  void trainsACsvOfManyFeaturesWithANamedClassColumn(@TempDir Path folder) throws Exception {
    Path csv = folder.resolve("cells.csv");
    StringBuilder text = new StringBuilder("size,kind,shade,edge,depth\n");
    for (int i = 0; i < 40; i++) {
      text.append(i % 7)
          .append(',')
          .append(i % 2 == 0 ? "round" : "long")
          .append(',')
          .append(3 * (i % 2))
          .append(",1,")
          .append(i)
          .append('\n');
    }
    Files.writeString(csv, text);
    Path model = folder.resolve("cells.json");

    int code =
        run(
            "train",
            csv.toString(),
            "--label",
            "kind",
            "--steps",
            "50",
            "--save-model",
            model.toString());

    assertEquals(0, code, err.toString());
    ModelFile.Model saved = ModelFile.read(model);
    assertEquals(List.of("size", "shade", "edge", "depth"), saved.featureNames());
    assertEquals(List.of("round", "long"), saved.classNames());
    assertEquals(Scaling.PER_FEATURE, saved.scaling().scaling());
    assertTrue(
        err.toString().contains("column \"edge\" holds the same value in every row"),
        err.toString());
  }

  @Test
  void theLabelOptionIsForCsvFilesOnly() {
    assertEquals(2, run("train", "scenes/paper-ball.yaml", "--label", "kind"));

    assertTrue(err.toString().contains("--label is for a CSV file"), err.toString());
  }

  @Test
  void aBrokenSceneGivesItsMessageAndExitCode2(@TempDir Path folder) throws Exception {
    Path scene = folder.resolve("broken.yaml");
    Files.writeString(
        scene,
        "title: x\ndataset: {generator: paper-ball}\nnetwork: {hidden: [{width: 3}]}\n"
            + "training: {learning-rate: lots}\n");

    int code = run("train", scene.toString(), "--steps", "10");

    assertEquals(2, code);
    assertTrue(err.toString().contains("broken.yaml, line 4"), err.toString());
    assertTrue(err.toString().contains("training.learning-rate is \"lots\""), err.toString());
  }

  @Test
  void aMissingSceneFileIsNamed() {
    int code = run("train", "no/such/scene.yaml");

    assertEquals(2, code);
    assertTrue(err.toString().contains("scene.yaml"), err.toString());
  }

  @Test
  void divergenceIsReportedWithAHint(@TempDir Path folder) throws Exception {
    Path scene = folder.resolve("wild.yaml");
    Files.writeString(
        scene,
        "title: x\ndataset: {generator: paper-ball, points: 200}\n"
            + "network: {hidden: [{width: 8, activation: linear}, {width: 8, activation: linear}]}\n"
            + "training: {optimizer: sgd, learning-rate: 1000}\n");

    int code = run("train", scene.toString(), "--steps", "5000");

    assertEquals(3, code, out.toString());
    assertTrue(
        err.toString().contains("learning rate 1000 is probably too high; try 100"),
        err.toString());
  }
}
