package org.uncrumple.app.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.awaitFx;
import static org.uncrumple.testing.FxWaits.runFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;
import org.uncrumple.scene.BundledScenes;
import org.uncrumple.scene.DatasetSpec;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.ModelFile;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.scene.SceneSpec;
import org.uncrumple.scene.SceneWriter;
import org.uncrumple.testing.FxErrors;
import org.uncrumple.testing.LoggedRecords;
import org.uncrumple.train.TrainingSettings;

class SceneFilesTest {
  private static final List<LayerSpec> NARROW =
      List.of(new LayerSpec(3, Activation.TANH), new LayerSpec(3, Activation.TANH));

  @TempDir Path folder;
  private Preferences preferences;
  private RecentFiles recent;
  private Explorer explorer;
  private SceneFiles files;
  private Stage stage;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void openASmallScene() throws Exception {
    preferences = new MemoryPreferences();
    recent = new RecentFiles(preferences);
    SceneSpec spec =
        SceneSpec.of(
            "Small",
            "",
            DatasetSpec.generated("paper-ball", java.util.Map.of("points", 100)),
            NARROW,
            TrainingSettings.defaults(),
            100,
            false);
    LoadedScene scene = LoadedScene.load(spec);
    onFx(
        () -> {
          stage = FxToolkit.registerPrimaryStage();
          explorer = new Explorer();
          explorer.load(scene);
          files =
              new SceneFiles(
                  explorer,
                  () -> explorer.scene().spec(),
                  recent,
                  Runnable::run,
                  () -> (Window) null);
          return null;
        });
  }

  @AfterEach
  void close() throws Exception {
    onFx(
        () -> {
          explorer.close();
          return null;
        });
  }

  /** The small scene under the title "Lesson". */
  private static SceneSpec lesson() {
    return SceneSpec.of(
        "Lesson",
        "",
        DatasetSpec.generated("paper-ball", java.util.Map.of("points", 100)),
        NARROW,
        TrainingSettings.defaults(),
        100,
        false);
  }

  @Test
  void aSceneWhoseFileVanishesStaysOpenTrainsOnAndSavesAgain() throws Exception {
    Path file = folder.resolve("lesson.yaml");
    SceneWriter.write(file, lesson());
    runFx(() -> files.open(file));
    WaitForAsyncUtils.waitForFxEvents();
    LoadedScene opened = onFx(() -> explorer.scene());
    assertEquals("Lesson", opened.spec().title());

    Files.delete(file);
    runFx(explorer::stepOnce);
    awaitFx(
        "a training step",
        () -> {
          explorer.pulse(System.nanoTime());
          return explorer.snapshot().step() == 1;
        },
        () -> "step " + explorer.snapshot().step());
    runFx(() -> files.saveScene(file));

    assertSame(opened, onFx(() -> explorer.scene()), "the scene open");
    assertEquals("Lesson", SceneReader.read(file).title());
    assertEquals(List.of(file.toAbsolutePath()), recent.list());
  }

  @Test
  void aSceneWhoseFileChangesWhileOpenKeepsWhatWasRead() throws Exception {
    Path file = folder.resolve("lesson.yaml");
    SceneWriter.write(file, lesson());
    runFx(() -> files.open(file));
    WaitForAsyncUtils.waitForFxEvents();

    Files.writeString(file, "title: [half written by another program\n");

    assertEquals("Lesson", onFx(() -> explorer.scene().spec().title()));
    assertEquals(100, onFx(() -> explorer.scene().dataset().size()) / 2, "points");
  }

  @Test
  void pointsThatChangeWhileTheSceneOpensAreRefusedAndTheOpenSceneTrainsOn() throws Exception {
    Path csv = folder.resolve("points.csv");
    Files.writeString(csv, "x,y,z,label\n0,0,0,cat\n1,1,1,dog\n0,1,0,cat\n1,0,1,dog\n");
    Path file = folder.resolve("trained.yaml");
    SceneWriter.write(
        file,
        SceneSpec.of(
                "Trained",
                "",
                DatasetSpec.fromCsv(csv),
                NARROW,
                TrainingSettings.defaults(),
                100,
                false)
            .withWeights(Network.initialise(new Architecture(3, NARROW, 2), 1)));
    LoadedScene before = onFx(() -> explorer.scene());

    try (FxErrors thrown = FxErrors.collect()) {
      runFx(
          () ->
              files.openBundled(
                  () -> {
                    SceneSpec read = SceneReader.read(file);
                    // Another program saves the points with a third class meanwhile.
                    try {
                      Files.writeString(
                          csv, "x,y,z,label\n0,0,0,cat\n1,1,1,dog\n0,1,0,cow\n1,0,1,dog\n");
                    } catch (java.io.IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                    return LoadedScene.load(read);
                  }));
      WaitForAsyncUtils.waitForFxEvents();
      runFx(explorer::stepOnce);
      awaitFx(
          "a training step",
          () -> {
            explorer.pulse(System.nanoTime());
            return explorer.snapshot().step() == 1;
          },
          () -> "step " + explorer.snapshot().step());

      assertEquals(List.of(), thrown.described(), "thrown on the FX thread");
    }
    assertSame(before, onFx(() -> explorer.scene()), "the scene open");
  }

  @Test
  void aSceneThatCannotBeSavedIsNotRememberedAndTheMessageSaysWhy() throws Exception {
    Path file = folder.resolve("removed-folder").resolve("lesson.yaml");

    try (LoggedRecords log = LoggedRecords.listen()) {
      runFx(() -> files.saveScene(file));

      assertTrue(
          log.anyContains("the folder " + file.getParent() + " does not exist"),
          log.lines().toString());
    }
    assertEquals(List.of(), recent.list());
    assertTrue(Files.notExists(file.getParent()));
  }

  @Test
  void aBrokenSceneLeavesTheOpenSceneUntouched() throws Exception {
    Path broken = folder.resolve("broken.yaml");
    Files.writeString(broken, "title: [unclosed\n");
    LoadedScene before = onFx(() -> explorer.scene());

    onFx(
        () -> {
          files.open(broken);
          return null;
        });
    WaitForAsyncUtils.waitForFxEvents();

    assertSame(before, onFx(() -> explorer.scene()));
    assertTrue(recent.list().isEmpty());
  }

  @Test
  void aCsvOpensAsASceneAndIsRemembered() throws Exception {
    Path csv = folder.resolve("points.csv");
    Files.writeString(csv, "x,y,z,label\n0,0,0,cat\n1,1,1,dog\n0.5,0,1,cat\n1,0,0,dog\n");

    onFx(
        () -> {
          files.open(csv);
          return null;
        });
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals("points.csv", onFx(() -> explorer.scene().spec().title()));
    assertEquals(List.of("cat", "dog"), onFx(() -> explorer.scene().dataset().classNames()));
    assertEquals(List.of(csv.toAbsolutePath()), recent.list());
  }

  @Test
  void aModelThatFitsReplacesTheWeights() throws Exception {
    Architecture architecture = onFx(() -> explorer.scene().architecture());
    Network model = Network.initialise(architecture, 99);
    Path file = folder.resolve("model.json");
    ModelFile.write(file, model, List.of("a", "b"));

    onFx(
        () -> {
          files.loadModel(file);
          return null;
        });
    WaitForAsyncUtils.waitForFxEvents();

    assertArrayEquals(model.parameters(), onFx(() -> explorer.snapshot().parameters()));
  }

  @Test
  void aModelOfAnotherShapeSaysWhichLayerDiffersAndChangesNothing() throws Exception {
    Network wide =
        Network.initialise(
            new Architecture(
                3,
                List.of(new LayerSpec(3, Activation.TANH), new LayerSpec(5, Activation.TANH)),
                2),
            1);
    Path file = folder.resolve("wide.json");
    ModelFile.write(file, wide, List.of("a", "b"));
    double[] before = onFx(() -> explorer.snapshot().parameters());

    onFx(
        () -> {
          files.loadModel(file);
          return null;
        });
    WaitForAsyncUtils.waitForFxEvents();

    assertArrayEquals(before, onFx(() -> explorer.snapshot().parameters()));
    assertEquals(
        "the model's network is 3-3-5-2, the scene's is 3-3-3-2: hidden layer 2 is 5 wide with"
            + " tanh in the model, 3 wide with tanh in the scene",
        Models.mismatch(wide.architecture(), onFx(() -> explorer.scene().architecture())));
  }

  @Test
  void layerCoordinatesAreExportedWithAColumnPerStageAndARowPerPoint() throws Exception {
    Path out = folder.resolve("layers.csv");

    onFx(
        () -> {
          files.exportLayers(out);
          return null;
        });

    List<String> lines = Files.readAllLines(out);
    assertEquals(onFx(() -> explorer.scene().dataset().size()) + 1, lines.size());
    assertTrue(lines.get(0).startsWith("input.x,input.y,input.z,layer1.rotate1.x"), lines.get(0));
    assertTrue(lines.get(0).endsWith(",label"), lines.get(0));
  }

  @Test
  void recentFilesKeepTheNewestFirstAndAtMostEight() {
    for (int i = 0; i < 10; i++) {
      recent.add(folder.resolve("scene" + i + ".yaml"));
    }
    recent.add(folder.resolve("scene3.yaml"));

    List<Path> list = recent.list();
    assertEquals(RecentFiles.MAX, list.size());
    assertEquals(folder.resolve("scene3.yaml").toAbsolutePath(), list.get(0));
    assertEquals(folder.resolve("scene9.yaml").toAbsolutePath(), list.get(1));
  }

  @Test
  void theGalleryListsThePaperBallFirst() throws Exception {
    List<BundledScenes.Entry> entries = BundledScenes.entries();

    assertEquals(BundledScenes.DEFAULT, entries.get(0).file());
    assertTrue(entries.stream().allMatch(e -> !e.title().isBlank()));
  }

  @Test
  void fileNamesComeFromTitles() {
    assertEquals("uncrumpling-a-paper-ball", SceneFiles.fileName("Uncrumpling a paper ball!"));
    assertEquals("scene", SceneFiles.fileName("???"));
    assertNull(
        Models.mismatch(
            Architecture.of(3, Activation.TANH, 2, 3), Architecture.of(3, Activation.TANH, 2, 3)));
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
  }
}
