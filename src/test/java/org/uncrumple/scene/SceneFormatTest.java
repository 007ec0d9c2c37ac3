package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncrumple.nn.Network;
import org.uncrumple.train.TrainingSession;

class SceneFormatTest {
  private static final String FULL =
      String.join(
          "\n",
          "title: Full",
          "description: Every section",
          "dataset: {generator: paper-ball, points: 60, seed: 3}",
          "network:",
          "  hidden:",
          "    - {width: 3, activation: tanh}",
          "    - {width: 4, activation: relu}",
          "training: {optimizer: sgd, learning-rate: 0.05, steps: 100, running: false}",
          "view: {yaw: 45, pitch: -10, distance: 6, stage: layer2.squash, auto-rotate: true,"
              + " tour-speed: 2, loop: true, show: [sheets, points, surface]}",
          "classroom: {hide: [training-settings]}",
          "tour:",
          "  - {stage: input, caption: Two crumpled sheets.}",
          "  - {stage: layer1.stretch, caption: Stretch.}",
          "  - {stage: output, caption: One plane.}",
          "");

  @Test
  void readsViewTourAndClassroom() throws SceneException {
    SceneSpec spec = SceneReader.parse(Path.of("full.yaml"), FULL);

    assertEquals(
        new ViewSpec(
            45,
            -10,
            6,
            "layer2.squash",
            true,
            2,
            true,
            Set.of(Show.POINTS, Show.SHEETS, Show.SURFACE),
            ViewSpec.MAIN_DIRECTIONS),
        spec.view());
    assertEquals(
        List.of(
            new TourStep("input", "Two crumpled sheets."),
            new TourStep("layer1.stretch", "Stretch."),
            new TourStep("output", "One plane.")),
        spec.tour());
    assertEquals(Set.of("training-settings"), spec.hiddenControls());
  }

  @Test
  void writingAndReadingBackGivesTheSameSceneAndBitIdenticalWeights(@TempDir Path folder)
      throws Exception {
    SceneSpec spec = SceneReader.parse(Path.of("full.yaml"), FULL);
    LoadedScene loaded = LoadedScene.load(spec);
    TrainingSession session =
        new TrainingSession(loaded.dataset(), loaded.architecture(), spec.training());
    for (int i = 0; i < 50; i++) {
      session.advance();
    }
    Network trained = session.snapshot(false).copyOfNetwork();
    Path file = folder.resolve("saved.yaml");

    SceneWriter.write(file, spec.withWeights(trained));
    SceneSpec back = SceneReader.read(file);

    assertEquals(spec.withWeights(null), back.withWeights(null));
    assertArrayEquals(trained.parameters(), back.initialWeights().orElseThrow().parameters());
    double[] points = loaded.dataset().points();
    assertArrayEquals(
        trained.logits(points, 60), back.initialWeights().orElseThrow().logits(points, 60));
  }

  @Test
  void everyBundledSceneSurvivesARoundTrip(@TempDir Path folder) throws Exception {
    SceneSpec spec = SceneReader.readBundled("paper-ball.yaml");
    Path file = folder.resolve("copy.yaml");

    SceneWriter.write(file, spec);

    assertEquals(spec, SceneReader.read(file));
  }

  @Test
  void aCsvPathIsWrittenRelativeToTheScene(@TempDir Path folder) throws Exception {
    Path csv = folder.resolve("data/mine.csv");
    Files.createDirectories(csv.getParent());
    Files.writeString(csv, "x,y,label\n0,0,a\n1,1,b\n");
    SceneSpec spec = SceneReader.fromCsv(csv);
    Path file = folder.resolve("mine.yaml");

    SceneWriter.write(file, spec);

    assertTrue(Files.readString(file).contains("csv: data/mine.csv"), Files.readString(file));
    assertEquals(csv, SceneReader.read(file).dataset().csv());
  }

  @Test
  void inlineWeightsOfTheWrongShapeNameTheLayer() {
    String text =
        FULL
            + String.join(
                "\n",
                "weights:",
                "  - {activation: tanh, weights: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], bias: [0, 0, 0]}",
                "  - {activation: relu, weights: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], bias: [0, 0, 0]}",
                "  - {weights: [[1, 0, 0, 0], [0, 1, 0, 0]], bias: [0, 0]}",
                "");

    SceneException error =
        assertThrows(SceneException.class, () -> SceneReader.parse(Path.of("w.yaml"), text));

    assertTrue(
        error.getMessage().contains("layer 2 has 3 rows of weights, but the network needs 4"),
        error.getMessage());
    assertTrue(error.getMessage().startsWith("w.yaml, line 17"), error.getMessage());
  }

  @Test
  void theGrandTourProjectionIsReadAndWrittenBack(@TempDir Path folder) throws Exception {
    String text = FULL.replace("loop: true,", "loop: true, projection: grand-tour,");
    SceneSpec spec = SceneReader.parse(Path.of("tour.yaml"), text);
    Path file = folder.resolve("tour.yaml");

    SceneWriter.write(file, spec);

    assertEquals(ViewSpec.GRAND_TOUR, spec.view().projection());
    assertTrue(Files.readString(file).contains("projection: grand-tour"), "written as it was read");
    assertEquals(spec, SceneReader.read(file));
    assertEquals(
        ViewSpec.MAIN_DIRECTIONS,
        SceneReader.parse(Path.of("full.yaml"), FULL).view().projection(),
        "the default");
  }

  @Test
  void anUnknownProjectionNamesTheFieldWhereItIsAndTheChoices() {
    String text = FULL.replace("loop: true,", "loop: true, projection: t-sne,");

    SceneException error =
        assertThrows(SceneException.class, () -> SceneReader.parse(Path.of("t.yaml"), text));

    String message = error.getMessage();
    assertTrue(message.contains("t.yaml"), message);
    assertTrue(message.contains("line 9"), message);
    assertTrue(message.contains("projection"), message);
    assertTrue(message.contains("t-sne"), message);
    assertTrue(message.contains("main-directions, grand-tour"), message);
  }

  @Test
  void aMisspeltStageSuggestsTheRightOne() {
    String text = FULL.replace("stage: layer1.stretch", "stage: layer1.strech");

    SceneException error =
        assertThrows(SceneException.class, () -> SceneReader.parse(Path.of("t.yaml"), text));

    assertTrue(
        error.getMessage().contains("tour[2].stage is \"layer1.strech\", which this network"),
        error.getMessage());
    assertTrue(error.getMessage().contains("did you mean \"layer1.stretch\"?"), error.getMessage());
  }

  @Test
  void aMisspeltFieldSuggestsTheRightOne() {
    String text = FULL.replace("learning-rate: 0.05", "learning_rate: 0.05");

    SceneException error =
        assertThrows(SceneException.class, () -> SceneReader.parse(Path.of("t.yaml"), text));

    assertTrue(error.getMessage().contains("did you mean \"learning-rate\"?"), error.getMessage());
  }

  @Test
  void aStageBeyondTheNetworkIsRefused() {
    String text = FULL.replace("stage: layer2.squash", "stage: layer3.squash");

    SceneException error =
        assertThrows(SceneException.class, () -> SceneReader.parse(Path.of("t.yaml"), text));

    assertTrue(error.getMessage().contains("layer1.rotate1 … layer2.squash"), error.getMessage());
  }

  @Test
  void moreThanTwoMillionPointsAreRefused() {
    String text =
        FULL.replace(
                "generator: paper-ball, points: 60", "generator: blobs, classes: 4, points: 600000")
            .replace("stage: layer2.squash", "stage: input");

    SceneException error =
        assertThrows(SceneException.class, () -> SceneReader.parse(Path.of("t.yaml"), text));

    assertTrue(
        error
            .getMessage()
            .contains("dataset.points is 600,000 for each of 4 classes, 2,400,000 points in all"),
        error.getMessage());
  }

  @Test
  void moreThan32LayersAreRefused() {
    String layers = "    - {width: 3, activation: tanh}\n".repeat(33);
    String text = FULL.replace("    - {width: 3, activation: tanh}\n", layers);

    SceneException error =
        assertThrows(SceneException.class, () -> SceneReader.parse(Path.of("t.yaml"), text));

    assertTrue(error.getMessage().contains("at most 32 are allowed"), error.getMessage());
  }

  @Test
  void everyFieldOfTheSchemaIsDocumentedWithItsDefault() throws Exception {
    String docs = Files.readString(Path.of("docs/scenes.md"));
    for (SceneSchema.Field field : SceneSchema.FIELDS) {
      String row = "| `" + field.name() + "` |";
      assertTrue(docs.contains(row), "docs/scenes.md has no row for " + field.pointer());
      String line = docs.substring(docs.indexOf(row)).lines().findFirst().orElseThrow();
      if (field.fallback() != null && !"".equals(field.fallback())) {
        String fallback =
            field.fallback() instanceof Double d && d == Math.rint(d)
                ? Long.toString(d.longValue())
                : String.valueOf(field.fallback());
        assertTrue(
            line.contains(fallback) || line.contains("`" + fallback + "`"),
            field.pointer() + " default " + fallback + " not in: " + line);
      }
    }
  }
}
