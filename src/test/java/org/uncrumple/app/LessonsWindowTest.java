package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.awaitFx;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.uncrumple.app.lessons.LandscapePanel;
import org.uncrumple.app.lessons.LayerEditor;
import org.uncrumple.app.lessons.LessonsMenu;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.lessons.Comparison;
import org.uncrumple.lessons.LayerEdit;
import org.uncrumple.lessons.LossLandscape;
import org.uncrumple.nn.Learner;
import org.uncrumple.nn.Network;
import org.uncrumple.nn.OptimizerSettings;
import org.uncrumple.scene.DatasetSpec;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.scene.SceneSpec;
import org.uncrumple.testing.OnScreen;

/**
 * The lesson panels driven as a user would, headless under Monocle: the landscape draws and names
 * the current loss, the layer editor's cells reach the explorer's snapshot, the comparison shows
 * two sides. Each test gets a fresh paused paper ball of 200 points a sheet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LessonsWindowTest {
  private LoadedScene ball;
  private Explorer explorer;
  private Stage stage;
  private FxRobot robot;

  @BeforeAll
  void start() throws Exception {
    ball = smallPaused(App.DEFAULT_SCENE);
    stage = FxToolkit.registerPrimaryStage();
    robot = new FxRobot();
  }

  @BeforeEach
  void loadAPausedBall() {
    runFx(
        () -> {
          if (explorer != null) {
            explorer.close();
          }
          explorer = new Explorer();
          explorer.load(ball);
        });
  }

  @AfterAll
  void close() {
    runFx(
        () -> {
          explorer.close();
          stage.hide();
        });
  }

  @Test
  void theLandscapeDrawsAHeightMapAndNamesTheCurrentLoss() throws Exception {
    LandscapePanel panel = show(() -> new LandscapePanel(explorer, Runnable::run, 11, 1));

    awaitFx("the first landscape", () -> panel.surface() != null, () -> panel.status.getText());
    Network network = onFx(() -> explorer.snapshot().copyOfNetwork());
    LossLandscape.Sample sample = LossLandscape.sample(ball.dataset());
    double loss =
        new Learner(network, OptimizerSettings.sgd(0.1))
            .evaluate(sample.points(), sample.labels(), sample.count())
            .loss();
    assertEquals(loss, onFx(() -> panel.surface().centre()), 1e-9);
    assertTrue(
        onFx(() -> panel.status.getText()).contains(String.format("%.4f", loss)),
        onFx(() -> panel.status.getText()));
    assertTrue(colours(onFx(() -> panel.canvas.snapshot(null, null))) > 20, "a height map");
  }

  @Test
  void theLandscapeFollowsWeightsSetWhilePaused() throws Exception {
    LandscapePanel panel = show(() -> new LandscapePanel(explorer, Runnable::run, 5, 1));
    awaitFx("the first landscape", () -> panel.surface() != null, () -> panel.status.getText());
    double before = onFx(() -> panel.surface().centre());
    Network other = Network.initialise(ball.architecture(), 77);

    onFx(() -> explorer.setWeights(other)).get();
    runFx(() -> explorer.pulse(System.nanoTime()));

    awaitFx(
        "a landscape of the new weights",
        () -> panel.surface().centre() != before,
        () -> panel.status.getText());
  }

  @Test
  void aChangedCellReachesTheSnapshotAndResetRestoresTheTrainedWeights() throws Exception {
    double[] trained = onFx(() -> explorer.snapshot().parameters());
    LayerEditor editor = show(() -> new LayerEditor(explorer));

    runFx(() -> editor.weightCell(0, 0).getValueFactory().setValue(1.5));
    awaitSnapshot("the edited cell", p -> p[0] == 1.5);
    double[] edited = onFx(() -> explorer.snapshot().parameters());
    assertArrayEquals(
        Arrays.copyOfRange(trained, 1, trained.length),
        Arrays.copyOfRange(edited, 1, edited.length),
        "only W(0, 0) changed");
    assertFalse(onFx(() -> explorer.trainingProperty().get()), "editing pauses training");

    robot.clickOn(OnScreen.centre(editor.reset));
    awaitSnapshot("the trained weights", p -> Arrays.equals(p, trained));
  }

  @Test
  void aPresetFillsTheGridAndTheChosenLayer() throws Exception {
    LayerEditor editor = show(() -> new LayerEditor(explorer));
    runFx(
        () -> {
          editor.layer.getSelectionModel().select(1);
          editor.amount.getValueFactory().setValue(30.0);
        });

    robot.clickOn(OnScreen.centre(editor.presets.get(LayerEdit.Preset.ROTATION.ordinal())));

    double[] rotation = LayerEdit.Preset.ROTATION.matrix(3, 3, 30);
    awaitSnapshot(
        "the rotation in layer 2", p -> Arrays.equals(LayerEdit.weights(network(p), 1), rotation));
    assertEquals(rotation[2], onFx(() -> editor.weightCell(0, 2).getValue()), 1e-15);
  }

  @Test
  void theComparisonShowsBothSidesWithTheirFiguresAndNoMenus() throws Exception {
    LoadedScene wide = smallPaused("shallow-wide.yaml");
    LoadedScene deep = smallPaused("deep-narrow.yaml");
    CompareWindow compare =
        show(
            () ->
                new CompareWindow(
                    Comparison.DEPTH_AGAINST_WIDTH, wide, deep, new MemoryPreferences()));
    try {
      List<String> headers =
          onFx(() -> compare.sides.stream().map(s -> s.header.getText()).toList());
      assertTrue(
          headers.get(0).contains("3-10-2") && headers.get(0).contains("62 weights"),
          headers.get(0));
      assertTrue(
          headers.get(1).contains("3-4-4-3-2") && headers.get(1).contains("59 weights"),
          headers.get(1));
      assertTrue(onFx(() -> compare.lookupAll(".menu-bar").isEmpty()), "no menu bars");

      robot.clickOn(OnScreen.centre(compare.trainBoth));
      awaitFx(
          "both sides to learn",
          () -> compare.sides.stream().allMatch(s -> s.explorer.snapshot().step() > 0),
          () -> compare.sides.get(0).figures.getText());
      robot.clickOn(OnScreen.centre(compare.pauseBoth));
      assertTrue(
          onFx(() -> compare.sides.stream().noneMatch(s -> s.explorer.trainingProperty().get())));
      awaitFx(
          "the figures",
          () -> compare.sides.get(1).figures.getText().contains("accuracy"),
          () -> compare.sides.get(1).figures.getText());
    } finally {
      runFx(compare::close);
    }
  }

  @Test
  void theMenuOffersEveryLesson() {
    Menu menu =
        onFx(
            () ->
                LessonsMenu.create(
                    explorer,
                    () -> stage,
                    (comparison, owner) ->
                        CompareWindow.open(comparison, owner, new MemoryPreferences())));

    List<String> items = onFx(() -> menu.getItems().stream().map(MenuItem::getText).toList());
    assertEquals(
        List.of(
            "Loss _landscape…",
            "Make a layer by _hand…",
            "_Depth against width…",
            "_Small and large batches…"),
        items);
  }

  private Network network(double[] parameters) {
    Network network = Network.initialise(ball.architecture(), 1);
    network.setParameters(parameters);
    return network;
  }

  private void awaitSnapshot(String what, Predicate<double[]> condition) {
    awaitFx(
        what,
        () -> {
          explorer.pulse(System.nanoTime());
          return condition.test(explorer.snapshot().parameters());
        },
        () -> Arrays.toString(explorer.snapshot().parameters()));
  }

  /**
   * Builds a view on the FX thread and shows it. Allowed a minute: two main windows take seconds to
   * build when the machine is busy, and this wait only keeps a broken build from hanging.
   */
  private <T extends Parent> T show(Callable<T> build) throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () -> {
              T node = build.call();
              Scene scene = new Scene(new StackPane(node), 1200, 800);
              scene.getStylesheets().add(Stylesheet.explorer());
              stage.setScene(scene);
              stage.show();
              return node;
            })
        .get(60, TimeUnit.SECONDS);
  }

  private static int colours(Image image) {
    PixelReader reader = image.getPixelReader();
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        seen.add(reader.getArgb(x, y));
      }
    }
    return seen.size();
  }

  private static LoadedScene smallPaused(String file) throws Exception {
    SceneSpec bundled = SceneReader.readBundled(file);
    Map<String, Number> parameters = new HashMap<>(bundled.dataset().parameters());
    parameters.put("points", 200);
    return LoadedScene.load(
        SceneSpec.of(
            bundled.title(),
            bundled.description(),
            DatasetSpec.generated(bundled.dataset().generator(), parameters),
            bundled.hidden(),
            bundled.training(),
            bundled.steps(),
            false));
  }
}
