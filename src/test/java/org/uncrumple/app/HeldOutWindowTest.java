package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.awaitFx;
import static org.uncrumple.testing.FxWaits.closeOnPrimaryStage;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;

import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.app.training.DataControls;
import org.uncrumple.data.Dataset;
import org.uncrumple.nn.Evaluation;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.Show;
import org.uncrumple.testing.OnScreen;
import org.uncrumple.testing.SmallScenes;
import org.uncrumple.train.Snapshot;
import org.uncrumple.view.TraceWorker;

/**
 * Held-out test points in the window, driven as a user would, headless under Monocle: the training
 * panel's figures and chart, the test points carried and followed, the output box's test accuracy
 * and the data controls that make the data anew.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeldOutWindowTest {
  private LoadedScene paperBall;
  private Explorer explorer;
  private MainWindow window;
  private Preferences preferences;
  private FxRobot robot;

  @BeforeAll
  void openWindow() throws Exception {
    paperBall = SmallScenes.paperBall();
    preferences = new MemoryPreferences();
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        s -> {
          explorer = new Explorer();
          window = new MainWindow(explorer, new TraceWorker(), preferences);
          Scene scene = new Scene(window, 1280, 800);
          scene.getStylesheets().add(Stylesheet.explorer());
          s.setScene(scene);
          s.show();
          s.toFront();
        });
    robot = new FxRobot();
  }

  @BeforeEach
  void loadAFreshPausedPaperBall() {
    runFx(() -> explorer.load(paperBall));
    awaitFx("the first trace", () -> window.traced() != null, () -> "no trace yet");
  }

  @AfterAll
  void closeWindow() throws Exception {
    closeOnPrimaryStage(window::close, explorer::close);
  }

  @Test
  void thePanelShowsTestFiguresEqualToADirectEvaluation() {
    Dataset data = paperBall.dataset();
    assertTrue(data.hasTest(), "the paper ball holds points out by default");
    for (int i = 0; i < 30; i++) {
      runFx(explorer::stepOnce);
    }
    awaitFx(
        "test figures of the newest weights",
        () -> {
          Snapshot now = explorer.figuresProperty().get();
          return now != null
              && now.step() == 30
              && now.test().isPresent()
              && now.test().get().step() == 30;
        },
        () -> String.valueOf(explorer.figuresProperty().get().test()));
    Snapshot now = onFx(() -> explorer.figuresProperty().get());
    Evaluation direct = now.evaluate(data.testPoints(), data.testLabels(), data.testSize());
    awaitFx(
        "the panel shows them",
        () ->
            window
                .panel
                .testAccuracyValue
                .getText()
                .equals(String.format(Locale.ROOT, "%.1f %%", 100 * direct.accuracy())),
        () -> window.panel.testAccuracyValue.getText());
    assertEquals(
        String.format(Locale.ROOT, "%.4f", direct.loss()),
        onFx(window.panel.testLossValue::getText));
  }

  @Test
  void theChartDrawsATrainingAndATestLineInBothCharts() {
    for (int i = 0; i < 20; i++) {
      runFx(explorer::stepOnce);
    }
    awaitFx(
        "points on both lines",
        () ->
            charts().stream()
                .allMatch(c -> c.getData().stream().allMatch(s -> !s.getData().isEmpty())),
        () -> "some line is still empty");
    for (LineChart<?, ?> chart : onFx(this::charts)) {
      assertEquals(
          java.util.List.of("training", "test"),
          chart.getData().stream().map(s -> s.getName()).toList());
    }
  }

  @Test
  void testPointsAreCarriedAndAFollowedOneSaysItIsHeldOut() {
    runFx(() -> window.toggles.property(Show.TEST_POINTS).set(true));
    runFx(() -> window.toggles.property(Show.POINTS).set(false));
    awaitFx(
        "test points drawn", () -> window.overlays().testPointsShown(), () -> "test points hidden");
    float[] drawn = onFx(() -> window.overlays().testPositions().clone());
    assertEquals(3 * paperBall.dataset().testSize(), drawn.length);
    double[] at = new double[3];
    runFx(() -> window.viewport.projection().project(drawn[0], drawn[1], drawn[2], at));
    assertTrue(onFx(() -> window.followAt(at[0], at[1])), "a test point under the mouse");
    awaitFx(
        "the follower's description",
        () -> window.follower.description().contains("test point"),
        () -> window.follower.description());
    assertTrue(window.follower.description().contains("never trained on it"));
    runFx(window::stopFollowing);
    runFx(() -> window.toggles.property(Show.POINTS).set(true));
    runFx(() -> window.toggles.property(Show.TEST_POINTS).set(false));
  }

  @Test
  void theDataControlsMakeTheDataAnewAndRestartTraining() {
    DataControls controls = onFx(() -> (DataControls) robot.lookup(".data-controls").query());
    assertTrue(onFx(controls::isVisible), "shown for a generated scene");
    for (int i = 0; i < 5; i++) {
      runFx(explorer::stepOnce);
    }
    awaitFx("five steps", () -> explorer.figuresProperty().get().step() == 5, () -> "steps");
    LoadedScene before = onFx(explorer::scene);

    runFx(() -> controls.points.getValueFactory().setValue(150));
    awaitFx(
        "a new scene with 150 points a sheet",
        () -> explorer.scene() != before && explorer.scene().dataset().size() == 300,
        () -> "size " + explorer.scene().dataset().size());
    awaitFx(
        "training starts over",
        () -> explorer.figuresProperty().get().step() == 0,
        () -> "step " + explorer.figuresProperty().get().step());

    LoadedScene fewer = onFx(explorer::scene);
    runFx(() -> controls.testShare.setValue(0.5));
    runFx(() -> controls.testShare.setValueChanging(true));
    runFx(() -> controls.testShare.setValueChanging(false));
    awaitFx(
        "half held out",
        () -> explorer.scene() != fewer && explorer.scene().spec().dataset().testShare() == 0.5,
        () -> "share " + explorer.scene().spec().dataset().testShare());

    LoadedScene halved = onFx(explorer::scene);
    long seed = halved.spec().dataset().parameters().getOrDefault("seed", 1L).longValue();
    robot.clickOn(OnScreen.centre(controls.regenerate));
    awaitFx("new random points", () -> explorer.scene() != halved, () -> "still the same scene");
    LoadedScene regenerated = onFx(explorer::scene);
    assertEquals(seed + 1, regenerated.spec().dataset().parameters().get("seed").longValue());
    assertEquals(halved.dataset().size(), regenerated.dataset().size());
    assertNotEquals(halved.dataset().points()[0], regenerated.dataset().points()[0]);
  }

  @Test
  void theOutputBoxGivesTheTestAccuracy() {
    for (int i = 0; i < 10; i++) {
      runFx(explorer::stepOnce);
    }
    awaitFx(
        "the output box says test",
        () ->
            robot.lookup(".stage-measure").queryAll().stream()
                .anyMatch(
                    n -> n instanceof javafx.scene.control.Label l && l.getText().contains("test")),
        () -> "no test figure on the strip");
  }

  private java.util.List<LineChart<?, ?>> charts() {
    java.util.List<LineChart<?, ?>> charts = new java.util.ArrayList<>();
    for (Node node : robot.lookup(".small-chart").queryAll()) {
      charts.add((LineChart<?, ?>) node);
    }
    return charts;
  }
}
