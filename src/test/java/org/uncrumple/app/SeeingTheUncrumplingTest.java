package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.awaitFx;
import static org.uncrumple.testing.FxWaits.closeOnPrimaryStage;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.uncrumple.app.actions.ShowToggles;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.app.model.StageNavigator;
import org.uncrumple.geometry.StageCoordinates;
import org.uncrumple.scene.LayerCoordinates;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.Show;
import org.uncrumple.scene.Stages;
import org.uncrumple.testing.FxWaits;
import org.uncrumple.testing.OnScreen;
import org.uncrumple.testing.SmallScenes;
import org.uncrumple.train.Snapshot;
import org.uncrumple.view.SceneGeometry;
import org.uncrumple.view.TraceWorker;

/**
 * The window's ways of seeing the uncrumpling (sheets, lattice, decision surface, a followed point,
 * the strip's measures and warnings, the training timeline), driven as a user would, headless under
 * Monocle: what is drawn is checked through the scene graph, the pixels in {@code
 * ExplorerPixelTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeeingTheUncrumplingTest {
  private static final int OUTPUT = 16;

  private LoadedScene paperBall;
  private Explorer explorer;
  private MainWindow window;
  private StageNavigator navigator;
  private FxRobot robot;

  @BeforeAll
  void openWindow() throws Exception {
    paperBall = SmallScenes.paperBall();
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        s -> {
          explorer = new Explorer();
          window = new MainWindow(explorer, new TraceWorker(), new MemoryPreferences());
          navigator = explorer.navigator();
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
  void theViewMenuTogglesEachKindWithItsKey() {
    assertEquals(Set.of(Show.POINTS), onFx(window.toggles::current), "a scene's default");
    for (Show show : Show.values()) {
      CheckMenuItem item =
          onFx(
              () ->
                  window.menuBar().getMenus().stream()
                      .flatMap(m -> m.getItems().stream())
                      .filter(i -> ShowToggles.LABELS.get(show).equals(i.getText()))
                      .map(CheckMenuItem.class::cast)
                      .findFirst()
                      .orElseThrow());
      assertNotNull(item.getAccelerator(), show + " has a key");
    }

    robot.type(KeyCode.H);
    robot.type(KeyCode.G);

    awaitFx(
        "sheets and lattice to be drawn",
        () -> window.overlays().sheetsShown() && window.overlays().latticeShown(),
        () -> "shown: " + window.toggles.current());
    assertTrue(onFx(() -> window.toggles.current().contains(Show.SHEETS)));

    robot.type(KeyCode.H);

    awaitFx(
        "the sheets to go",
        () -> !window.overlays().sheetsShown(),
        () -> "shown: " + window.toggles.current());
  }

  @Test
  void theDecisionSurfaceIsTracedOnceItIsAskedFor() {
    assertEquals(null, onFx(() -> window.traced().carried().surface()), "not found unasked");

    robot.type(KeyCode.B);

    awaitFx(
        "a trace with the decision surface",
        () -> window.traced().carried().surface() != null && window.overlays().surfaceShown(),
        () -> "surface " + window.traced().carried().surface());
    assertTrue(onFx(() -> window.traced().carried().surfaceTriangles().length) > 0);
  }

  @Test
  void everyStageBoxGetsItsMeasuresAndTheLayersTheirWarnings() {
    awaitFx(
        "measures under the boxes",
        () ->
            window.strip.measures().stream()
                .allMatch(l -> l.getText().matches("(?s)\\d+% split.*")),
        () -> window.strip.measures().stream().map(Label::getText).toList().toString());
    List<Label> measures = onFx(() -> window.strip.measures());
    assertEquals(OUTPUT + 1, measures.size());
    assertTrue(
        onFx(() -> measures.get(0).getText()).contains("flat"),
        "the paper ball has sheets, so flatness is shown");
    assertEquals(3, onFx(() -> window.strip.warnings().size()), "one mark per hidden layer");
  }

  @Test
  void followingAPointShowsTheCoordinatesThatUncrumpleLayersWrites(@TempDir Path dir)
      throws Exception {
    runFx(() -> window.follow(5));
    Path csv = dir.resolve("layers.csv");
    double[] input = onFx(() -> window.inputOf(5));
    Snapshot snapshot = onFx(() -> window.traced().snapshot());
    LayerCoordinates.write(
        csv, snapshot.copyOfNetwork(), input, 1, new int[] {0}, List.of("a", "b"));
    String[] row = Files.readAllLines(csv).get(1).split(",");
    StageCoordinates stages = StageCoordinates.of(snapshot.copyOfNetwork());

    for (int stage : new int[] {0, 2, 5, 10, OUTPUT}) {
      runFx(() -> navigator.scrubTo(stage));
      awaitFx(
          "the panel to show stage " + stage,
          () -> window.follower.shownCoordinates().length == stages.widthOf(stage),
          () -> "showing " + window.follower.shownCoordinates().length);
      waitForPanel();
      double[] shown = onFx(window.follower::shownCoordinates);
      double[] written = new double[stages.widthOf(stage)];
      for (int i = 0; i < written.length; i++) {
        written[i] = Double.parseDouble(row[stages.offsetOf(stage) + i]);
      }
      assertArrayEquals(written, shown, 0, "stage " + Stages.names(3).get(stage));
    }
    assertTrue(onFx(() -> window.follower.panel().isVisible()));
  }

  @Test
  void clickingAPointFollowsItAndEscapeLetsGo() {
    runFx(() -> navigator.scrubTo(3));
    awaitFx(
        "the view at stage 3", () -> navigator.position() == 3, () -> "" + navigator.position());
    // The camera eases to frame the new stage; the point is read once it is still.
    awaitFx("the view to rest", window.viewport::isAtRest, () -> "still moving");
    Point2D screen =
        onFx(
            () -> {
              float[] p = window.drawnPosition(0);
              double[] at = new double[3];
              window.viewport.projection().project(p[0], p[1], p[2], at);
              return window.viewport.localToScreen(at[0], at[1]);
            });

    robot.robotContext().getMouseRobot().move(screen);
    robot.clickOn(MouseButton.PRIMARY);

    awaitFx("the point to be followed", () -> window.follower.isFollowing(), () -> "not following");
    assertTrue(onFx(() -> window.follower.panel().isVisible()));

    robot.type(KeyCode.ESCAPE);

    awaitFx("the point to be let go", () -> !window.follower.isFollowing(), () -> "following");
    assertFalse(onFx(() -> window.follower.panel().isVisible()));
  }

  @Test
  void theTimelineShowsAnEarlierMomentOfTrainingAndGoesLiveAgain() {
    runFx(explorer::train);
    awaitFx(
        "some moments of training",
        () -> explorer.history().size() > 5 && explorer.snapshot().step() > 200,
        () -> "kept " + explorer.history().size());
    runFx(explorer::pause);
    assertTrue(onFx(() -> window.timeline.isVisible() && window.timeline.getHeight() > 0));

    runFx(() -> window.timeline.scrubTo(0));

    awaitFx(
        "the first moment to be drawn",
        () -> window.traced().snapshot().step() == explorer.history().get(0).step(),
        () -> "drawing step " + window.traced().snapshot().step());
    assertFalse(onFx(window.timeline::isLive));

    robot.clickOn(OnScreen.centre(window.timeline.live));

    awaitFx(
        "the newest weights to be drawn again",
        () -> window.traced().snapshot().step() == explorer.snapshot().step(),
        () -> "drawing step " + window.traced().snapshot().step());
    assertTrue(onFx(window.timeline::isLive));
  }

  @Test
  void nudgingAFollowedPointFlipsTheNetworksAnswer() {
    runFx(() -> window.follow(5));
    double[] before = onFx(window.follower::input);
    org.uncrumple.nn.Network network = onFx(() -> window.traced().snapshot().copyOfNetwork());
    int was = network.predict(before, 1)[0];

    robot.clickOn(OnScreen.centre(window.follower.nudge));

    awaitFx(
        "the nudge to end",
        () -> window.follower.note().contains("now says"),
        () -> "note: " + window.follower.note());
    double[] after = onFx(window.follower::input);
    assertTrue(network.predict(after, 1)[0] != was, "the answer flipped");
    double moved = 0;
    for (int k = 0; k < 3; k++) {
      moved += (after[k] - before[k]) * (after[k] - before[k]);
    }
    assertTrue(Math.sqrt(moved) < 1, "a move far smaller than the data's extent: " + moved);
  }

  @Test
  void probesOffThePaperAreCarriedAndTheirAnswersDescribed() {
    runFx(() -> window.toggles.property(Show.PROBES).set(true));

    awaitFx(
        "the probes and their caption",
        () ->
            window.overlays().probesShown()
                && window.probeNote.isVisible()
                && !window.probeNote.getText().isEmpty(),
        () -> "shown " + window.toggles.current());
    assertTrue(onFx(window.probeNote::getText).contains("grey points"));
    assertEquals(SceneGeometry.PROBES, onFx(() -> window.traced().carried().probes().pointCount()));
  }

  private static void waitForPanel() {
    FxWaits.waitForFrames(2);
  }

  static String read(Path file) throws IOException {
    return Files.readString(file);
  }
}
