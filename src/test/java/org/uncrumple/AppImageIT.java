package org.uncrumple;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app image that {@code mvn package} leaves at {@code target/uncrumple} runs on a machine with
 * no Java: the launcher is started with an empty environment (no PATH, no JAVA_HOME, no HOME), so
 * only the image's own runtime can answer.
 *
 * <p>Run by failsafe after {@code package}, which passes the image's folder and the version as the
 * system properties {@code uncrumple.image} and {@code uncrumple.version}; without them (an IDE)
 * the tests are skipped.
 */
class AppImageIT {
  /** Bound of one run of the launcher; far above what any run needs. */
  private static final long TIMEOUT_SECONDS = 180;

  private static Path image;
  private static String version;

  @BeforeAll
  static void findImage() {
    String folder = System.getProperty("uncrumple.image");
    assumeTrue(folder != null, "no -Duncrumple.image: run through mvn verify");
    image = Path.of(folder);
    version = System.getProperty("uncrumple.version");
    assertTrue(
        Files.isExecutable(image.resolve("bin/uncrumple")),
        "mvn package leaves the launcher at " + image.resolve("bin/uncrumple"));
  }

  @Test
  void versionIsPrintedWithAnEmptyEnvironment() throws Exception {
    Run run = run(Map.of(), "--version");

    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("Uncrumple " + version), run.output());
  }

  @Test
  void aBundledSceneTrainsWithoutAWindow(@TempDir Path folder) throws Exception {
    Path model = folder.resolve("ball.json");
    Path scene = image.resolve("lib/app/scenes/paper-ball.yaml");

    Run run =
        run(Map.of(), "train", scene.toString(), "--steps", "50", "--save-model", model.toString());

    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("Done: 50 steps"), run.output());
    assertTrue(Files.size(model) > 0, "the model file is written");
  }

  /**
   * The 3D view (JavaFX natives from the image's runtime) and the MP4 encoder (FFmpeg natives from
   * the image's class path) work from the image. Needs a display, as every export does.
   */
  @Test
  void anMp4IsFilmedWithTheImagesOwnJavaFxAndFfmpeg(@TempDir Path folder) throws Exception {
    String display = System.getenv("DISPLAY");
    assumeTrue(display != null, "no DISPLAY: the export from the image is not tried");
    Map<String, String> environment =
        System.getenv("XAUTHORITY") == null
            ? Map.of("DISPLAY", display)
            : Map.of("DISPLAY", display, "XAUTHORITY", System.getenv("XAUTHORITY"));
    Path film = folder.resolve("orbit.mp4");
    Path scene = image.resolve("lib/app/scenes/paper-ball.yaml");

    Run run =
        run(
            environment,
            "export",
            scene.toString(),
            "--clip",
            "orbit",
            "--seconds",
            "1",
            "--fps",
            "4",
            "--size",
            "160x100",
            "--train-steps",
            "10",
            "--out",
            film.toString());

    assertEquals(0, run.exitCode(), run.output());
    byte[] box = Arrays.copyOfRange(Files.readAllBytes(film), 4, 8);
    assertArrayEquals("ftyp".getBytes(StandardCharsets.US_ASCII), box, "an MP4 file");
  }

  private record Run(int exitCode, String output) {}

  /** Runs the image's launcher with only {@code environment} set; output and errors together. */
  private static Run run(Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(image.resolve("bin/uncrumple").toString());
    command.addAll(List.of(arguments));
    Path log = Files.createTempFile("uncrumple-it", ".log");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.redirectOutput(log.toFile());
      builder.environment().clear();
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("the launcher did not finish within " + TIMEOUT_SECONDS + " s: " + command);
      }
      return new Run(process.exitValue(), Files.readString(log));
    } finally {
      Files.delete(log);
    }
  }
}
