package org.uncrumple.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncrumple.scene.ModelFigures;
import org.uncrumple.scene.ModelFile;
import picocli.CommandLine;

/** {@code uncrumple train} reports training and test figures and saves both with the model. */
class TrainCommandHeldOutTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = UncrumpleCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  private static Path scene(Path folder, String share) throws Exception {
    Path scene = folder.resolve("ball.yaml");
    Files.writeString(
        scene,
        "title: Ball\ndataset: {generator: paper-ball, points: 200, test-share: "
            + share
            + "}\nnetwork: {hidden: [{width: 3}, {width: 3}]}\ntraining: {steps: 200}\n");
    return scene;
  }

  @Test
  void progressAndTheLastLineNameTrainingAndTestFigures(@TempDir Path folder) throws Exception {
    Path model = folder.resolve("ball.json");

    int code = run("train", scene(folder, "0.5").toString(), "--save-model", model.toString());

    assertEquals(0, code, err.toString());
    String text = out.toString();
    assertTrue(text.contains("on 400 points (400 more held out for testing)"), text);
    assertTrue(
        text.matches(
            "(?s).*step 200/200 .*loss \\d\\.\\d{4}  accuracy \\d+\\.\\d\\d %  test loss"
                + " \\d\\.\\d{4}  test accuracy \\d+\\.\\d\\d %.*"),
        text);
    assertTrue(
        text.matches(
            "(?s).*Done: 200 steps in \\d+\\.\\d s; training loss \\d\\.\\d{4}, training accuracy"
                + " \\d+\\.\\d\\d %; test loss \\d\\.\\d{4}, test accuracy \\d+\\.\\d\\d % \\(400"
                + " test points\\).*"),
        text);
    ModelFigures figures = ModelFile.read(model).savedFigures().orElseThrow();
    assertEquals(200, figures.step());
    assertEquals(400, figures.testPoints());
    assertTrue(text.contains(String.format("test accuracy %.2f %%", 100 * figures.testAccuracy())));
  }

  @Test
  void withNothingHeldOutTheLastLineSaysSo(@TempDir Path folder) throws Exception {
    Path model = folder.resolve("ball.json");

    int code = run("train", scene(folder, "0").toString(), "--save-model", model.toString());

    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("; no test points held out"), out.toString());
    assertTrue(!out.toString().contains("test loss"), out.toString());
    assertEquals(false, ModelFile.read(model).savedFigures().orElseThrow().hasTest());
  }
}
