package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.uncrumple.lessons.Comparison;
import org.uncrumple.train.TrainingSession;

/** Every lesson in the scenes/ folder loads, trains, tours only real stages and round-trips. */
class SceneFolderTest {
  private static final Path FOLDER = Path.of("scenes");

  static List<Path> scenes() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".yaml"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void theFolderHoldsTheLessonsOfTheIssue() throws IOException {
    List<String> names =
        scenes().stream().map(file -> file.getFileName().toString()).collect(Collectors.toList());

    for (String lesson :
        List.of(
            "paper-ball.yaml",
            "swiss-roll.yaml",
            "nested-spheres.yaml",
            "linked-rings.yaml",
            "linked-rings-4d.yaml",
            "double-helix.yaml",
            "xor-cube.yaml",
            "blobs.yaml",
            "relu-presses-flat.yaml",
            "shallow-wide.yaml",
            "deep-narrow.yaml",
            "adversarial-nudge.yaml",
            "off-the-sheets.yaml",
            "hand-made-layer.yaml",
            "small-batch.yaml",
            "large-batch.yaml",
            "overfitting.yaml",
            "overfitting-remedy.yaml",
            "sparse-ball.yaml",
            "dense-ball.yaml",
            "digits.yaml",
            "digits-three-neurons.yaml",
            "digits-nudge.yaml",
            "iris.yaml")) {
      assertTrue(names.contains(lesson), lesson + " is missing from " + names);
    }
  }

  @Test
  void everyComparisonNamesTwoBundledScenes() throws SceneException {
    for (Comparison comparison : Comparison.ALL) {
      for (String file : List.of(comparison.left(), comparison.right())) {
        assertFalse(SceneReader.readBundled(file).title().isBlank(), comparison.title());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenes")
  void loadsAndTrainsAFewSteps(Path file) throws SceneException {
    LoadedScene scene = LoadedScene.open(file);
    TrainingSession session =
        new TrainingSession(scene.dataset(), scene.architecture(), scene.spec().training());

    for (int step = 0; step < 20; step++) {
      double loss = session.advance();
      assertTrue(Double.isFinite(loss), file + ": loss " + loss + " at step " + step);
    }
    assertEquals(20, session.steps());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenes")
  void hasATitleADescriptionAndATourOfRealStages(Path file) throws SceneException {
    SceneSpec spec = SceneReader.read(file);
    List<String> stages = Stages.names(spec.hidden().size());

    assertFalse(spec.title().isBlank(), file + " has no title");
    assertFalse(spec.description().isBlank(), file + " has no description");
    assertTrue(
        spec.tour().size() >= 4 && spec.tour().size() <= 9,
        file + " has " + spec.tour().size() + " tour stops; a tour has 4 to 9");
    int previous = -1;
    for (TourStep step : spec.tour()) {
      int index = stages.indexOf(step.stage());
      assertTrue(index >= 0, file + ": the tour names " + step.stage() + ", not a stage");
      assertTrue(index > previous, file + ": the tour goes back to " + step.stage());
      assertFalse(step.caption().isBlank(), file + ": the caption at " + step.stage());
      previous = index;
    }
    assertTrue(stages.contains(spec.view().stage()), file + ": view.stage");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenes")
  void survivesARoundTripAndShipsInsideTheProgram(Path file, @TempDir Path folder)
      throws SceneException, IOException {
    SceneSpec spec = SceneReader.read(file);
    Path copy = folder.resolve(file.getFileName());

    SceneWriter.write(copy, spec);

    assertEquals(spec, SceneReader.read(copy));
    SceneSpec bundled = SceneReader.readBundled(file.getFileName().toString());
    if (spec.dataset().csv() == null) {
      assertEquals(spec, bundled);
    } else {
      // the bundled copy reads its data from inside the program, an identical file elsewhere
      assertArrayEquals(
          Files.readAllBytes(spec.dataset().csv()), Files.readAllBytes(bundled.dataset().csv()));
      assertEquals(
          spec, withDataset(bundled, spec.dataset()), file + ": the bundled scene differs");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenes")
  void aSavedCopyOfABundledSceneStillFindsItsData(Path file, @TempDir Path folder)
      throws SceneException {
    SceneSpec bundled = SceneReader.readBundled(file.getFileName().toString());
    Path copy = folder.resolve(file.getFileName());

    SceneWriter.write(copy, bundled);

    assertEquals(bundled, SceneReader.read(copy));
  }

  private static SceneSpec withDataset(SceneSpec scene, DatasetSpec dataset) {
    return new SceneSpec(
        scene.title(),
        scene.description(),
        dataset,
        scene.hidden(),
        scene.training(),
        scene.steps(),
        scene.running(),
        scene.view(),
        scene.tour(),
        scene.hiddenControls(),
        scene.weights());
  }
}
