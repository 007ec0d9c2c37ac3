package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.awaitFx;
import static org.uncrumple.testing.FxWaits.closeOnPrimaryStage;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;
import static org.uncrumple.testing.FxWaits.waitForFrames;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.uncrumple.app.files.SceneFiles;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.app.model.StageNavigator;
import org.uncrumple.app.training.TrainingPanel;
import org.uncrumple.scene.DatasetSpec;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.scene.SceneSpec;
import org.uncrumple.scene.SceneWriter;
import org.uncrumple.testing.OnScreen;
import org.uncrumple.train.Snapshot;
import org.uncrumple.view.TraceWorker;

/**
 * The explorer window driven like a user would: clicks on the network strip, the tour and training
 * buttons, the arrow keys. Runs headless under Monocle (no 3D drawn, everything else works).
 *
 * <p>One window serves the whole class; before each test a small paper ball (200 points a sheet,
 * paused, 300 steps/s) is loaded anew, which gives a new trainer at step 0 and puts the view back
 * at the input. The window's own {@code AnimationTimer} moves the navigator and picks up snapshots,
 * so outcomes are awaited with bounded polls on the FX thread, never fixed sleeps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerWindowTest {
  /** Three hidden layers of five steps each, between the input (0) and the output. */
  private static final int OUTPUT = 16;

  private static final String INPUT_CAPTION = "The input: 2 classes";
  private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

  private LoadedScene paperBall;
  private int loads;
  private Explorer explorer;
  private MainWindow window;
  private StageNavigator navigator;
  private FxRobot robot;
  // Where the last mouse press in the window went: told when a click seems to do nothing.
  private volatile String lastPress = "none";

  @BeforeAll
  void openWindow() throws Exception {
    SceneSpec bundled = SceneReader.readBundled(App.DEFAULT_SCENE);
    Map<String, Number> parameters = new HashMap<>(bundled.dataset().parameters());
    parameters.put("points", 200);
    SceneSpec spec =
        SceneSpec.of(
            bundled.title(),
            bundled.description(),
            DatasetSpec.generated(bundled.dataset().generator(), parameters),
            bundled.hidden(),
            bundled.training(),
            bundled.steps(),
            false);
    paperBall = LoadedScene.load(spec);
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        s -> {
          explorer = new Explorer();
          window = new MainWindow(explorer, new TraceWorker(), new MemoryPreferences());
          navigator = explorer.navigator();
          Scene scene = new Scene(window, 1280, 800);
          scene.getStylesheets().add(Stylesheet.explorer());
          scene.addEventFilter(
              MouseEvent.MOUSE_PRESSED,
              e ->
                  lastPress =
                      String.format(
                          "(%.0f, %.0f) on %s",
                          e.getSceneX(), e.getSceneY(), e.getPickResult().getIntersectedNode()));
          s.setScene(scene);
          s.show();
          s.toFront();
        });
    robot = new FxRobot();
  }

  @BeforeEach
  void loadAFreshPausedPaperBall() throws Exception {
    // The points are made once; each test gets a scene with a title of its own.
    SceneSpec spec = paperBall.spec();
    LoadedScene loaded =
        new LoadedScene(
            titled(spec, spec.title() + " " + ++loads),
            paperBall.dataset(),
            paperBall.architecture());
    runFx(() -> explorer.load(loaded));
    assertEquals(OUTPUT + 1, onFx(navigator::stageCount), "stages of a 3-layer network");
    // The first trace is drawn in a frame after the new strip boxes were laid out, so from here
    // on the boxes are where a click looks for them.
    awaitFx(
        "the first trace of the new scene",
        () -> window.tour.caption.getText().startsWith(INPUT_CAPTION),
        () -> window.tour.caption.getText());
  }

  @AfterAll
  void closeWindow() throws Exception {
    closeOnPrimaryStage(window::close, explorer::close);
  }

  @ParameterizedTest(name = "stage {0}")
  @ValueSource(ints = {7, OUTPUT})
  void clickingAStageBoxGlidesTheSliderAndTheNavigatorThere(int target) {
    click(onFx(() -> window.strip.boxes().get(target)));

    awaitFx(
        "the glide to stage " + target + " to end",
        () -> navigator.position() == target && !navigator.isAnimating(),
        () -> "position " + navigator.position());
    assertEquals(target, onFx(() -> window.tour.slider.getValue()));
    assertTrue(
        onFx(() -> window.strip.boxes().get(target).getPseudoClassStates().contains(CURRENT)),
        "the clicked box is highlighted");
  }

  @ParameterizedTest(name = "{1} from {0} goes to {2}")
  @CsvSource({"5, RIGHT, 6", "5, LEFT, 4", "5, HOME, 0", "5, END, " + OUTPUT})
  void arrowAndHomeEndKeysMoveAlongTheStages(int start, KeyCode key, int expected) {
    runFx(() -> navigator.scrubTo(start));

    robot.type(key);

    awaitFx(
        key + " to arrive at stage " + expected,
        () -> !navigator.isAnimating() && navigator.position() != start,
        () -> "position " + navigator.position());
    assertEquals(expected, onFx(navigator::position));
    assertEquals(expected, onFx(() -> window.tour.slider.getValue()));
  }

  @Test
  void playButtonPlaysTheTourAndTurnsIntoPause() {
    click(window.tour.play);

    assertTrue(onFx(() -> navigator.playingProperty().get()), "playing");
    assertEquals("Pause", onFx(() -> window.tour.play.getText()));
    awaitFx(
        "the tour to leave the input",
        () -> navigator.position() > 0,
        () -> "position " + navigator.position());

    click(window.tour.play);

    assertFalse(onFx(() -> navigator.playingProperty().get()), "playing after the second click");
    assertEquals("Play", onFx(() -> window.tour.play.getText()));
  }

  @Test
  void trainButtonStartsTrainingAndPauseStopsIt() {
    click(window.panel.trainButton);

    assertEquals("Pause", onFx(() -> window.panel.trainButton.getText()));
    awaitFx(
        "a running snapshot past step 0",
        () -> explorer.snapshot().running() && explorer.snapshot().step() > 0,
        () -> describe(explorer.snapshot()));
    long seen = onFx(() -> explorer.snapshot().step());
    awaitFx(
        "training to go on past step " + seen,
        () -> explorer.snapshot().step() > seen,
        () -> describe(explorer.snapshot()));

    click(window.panel.trainButton);

    awaitFx(
        "the trainer to confirm the pause",
        () -> !explorer.snapshot().running(),
        () -> describe(explorer.snapshot()));
    Snapshot paused = onFx(explorer::snapshot);
    waitForFrames(15);
    assertEquals(paused.step(), onFx(() -> explorer.snapshot().step()), "steps after the pause");
    assertFalse(onFx(() -> explorer.trainingProperty().get()), "training");
    assertEquals("Train", onFx(() -> window.panel.trainButton.getText()));
  }

  @Test
  void learningRateSetInThePanelReachesTheTrainer() {
    double before = onFx(() -> explorer.snapshot().settings().learningRate());
    // A quarter of the way along the slider.
    click(OnScreen.at(window.panel.learningRate, 0.25, 0.5));

    double chosen =
        onFx(
            () ->
                TrainingPanel.roundToTwoDigits(Math.pow(10, window.panel.learningRate.getValue())));
    assertNotEquals(before, chosen, "the click moved the slider");
    awaitFx(
        "the trainer to use learning rate " + chosen,
        () -> Math.abs(explorer.snapshot().settings().learningRate() / chosen - 1) < 1e-9,
        () -> describe(explorer.snapshot()));
    assertEquals(
        TrainingPanel.format(chosen), onFx(() -> window.panel.learningRateValue.getText()));
  }

  @Test
  void spaceOnAFocusedButtonPressesItInsteadOfPlayingTheTour() {
    Snapshot initial = onFx(explorer::snapshot);
    runFx(() -> window.panel.stepButton.requestFocus());
    assertEquals(
        window.panel.stepButton, onFx(() -> window.getScene().getFocusOwner()), "focus owner");

    robot.type(KeyCode.SPACE);

    assertFalse(onFx(() -> navigator.playingProperty().get()), "the tour must not play");
    awaitFx(
        "the snapshot of the step",
        () -> explorer.snapshot() != initial,
        () -> describe(explorer.snapshot()));
    assertEquals(1, onFx(() -> explorer.snapshot().step()));
    assertFalse(onFx(() -> navigator.playingProperty().get()), "the tour must not play");
  }

  @Test
  void arrowsOnTheFocusedLearningRateSliderChangeTheRateNotTheStage() {
    double before = onFx(() -> window.panel.learningRate.getValue());
    runFx(
        () -> {
          navigator.scrubTo(3);
          window.panel.learningRate.requestFocus();
        });

    robot.type(KeyCode.RIGHT);

    awaitFx(
        "the learning rate slider to move",
        () -> window.panel.learningRate.getValue() != before,
        () -> "slider " + window.panel.learningRate.getValue());
    assertEquals(3, onFx(navigator::position));
  }

  @Test
  void stepButtonTakesExactlyOneTrainingStep() {
    Snapshot initial = onFx(explorer::snapshot);

    Point2D at = OnScreen.centre(window.panel.stepButton);
    click(at);

    awaitFx(
        "the snapshot of the step",
        () -> explorer.snapshot() != initial,
        () ->
            describe(explorer.snapshot())
                + "; clicked at "
                + at
                + " on the screen, the Step button at "
                + window.panel.stepButton.localToScreen(window.panel.stepButton.getBoundsInLocal())
                + "; the last press in the window: "
                + lastPress
                + "; windows: "
                + javafx.stage.Window.getWindows());
    assertEquals(1, onFx(() -> explorer.snapshot().step()));
    assertEquals("1", onFx(() -> window.panel.stepValue.getText()));
    assertFalse(onFx(() -> explorer.trainingProperty().get()), "training after a step");
  }

  @Test
  void resetButtonReturnsToStepZero() {
    for (int i = 1; i <= 3; i++) {
      click(window.panel.stepButton);
      int step = i;
      awaitFx(
          "step " + step,
          () -> explorer.snapshot().step() == step,
          () -> describe(explorer.snapshot()));
    }
    Snapshot trained = onFx(explorer::snapshot);

    click(window.panel.resetButton);

    awaitFx(
        "the snapshot of the reset",
        () -> explorer.snapshot() != trained,
        () -> describe(explorer.snapshot()));
    assertEquals(0, onFx(() -> explorer.snapshot().step()));
    assertEquals("0", onFx(() -> window.panel.stepValue.getText()));
  }

  @ParameterizedTest(name = "stage {0}: {1}")
  @CsvSource({
    "1, Layer 1 turns space rigidly",
    "2, Layer 1 stretches space",
    "4, Layer 1 shifts everything",
    "5, Layer 1 squashes each coordinate with tanh",
    "8, Layer 2 turns space again",
    OUTPUT + ", The output layer draws one flat plane"
  })
  void captionDescribesTheStageInView(int target, String expected) {
    assertTrue(
        onFx(() -> window.tour.caption.getText()).startsWith(INPUT_CAPTION),
        "caption at the input");

    runFx(() -> navigator.scrubTo(target));

    awaitFx(
        "the caption of stage " + target,
        () -> window.tour.caption.getText().startsWith(expected),
        () -> window.tour.caption.getText());
  }

  @Test
  void speedChoicesRunFromFastestToSlowestWithTheScenesOwnSpeedAmongThem() {
    assertEquals(300.0, paperBall.spec().training().stepsPerSecond(), "the scene's own speed");

    assertEquals(
        List.of(0.0, 1000.0, 300.0, 100.0, 10.0, 1.0),
        onFx(() -> List.copyOf(window.panel.speed.getItems())));
    assertEquals(300.0, onFx(() -> window.panel.speed.getValue()));
  }

  @Test
  void everyMenuItemHasAnAcceleratorOfItsOwn() {
    List<MenuItem> items =
        onFx(
            () -> {
              List<MenuItem> all = new ArrayList<>();
              for (MenuBar bar : robot.lookup(".menu-bar").queryAllAs(MenuBar.class)) {
                bar.getMenus().forEach(menu -> collect(menu, all));
              }
              return all;
            });
    List<String> without = new ArrayList<>();
    Map<KeyCombination, String> owners = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (MenuItem item : items) {
      KeyCombination keys = item.getAccelerator();
      if (keys == null) {
        without.add(item.getText());
      } else {
        String other = owners.put(keys, item.getText());
        if (other != null) {
          clashes.add(other + " and " + item.getText() + " on " + keys.getDisplayText());
        }
      }
    }

    assertFalse(items.isEmpty(), "the window has menu items");
    assertEquals(List.of(), without, "menu items without an accelerator");
    assertEquals(List.of(), clashes, "menu items sharing an accelerator");
  }

  @Test
  void savingTheSceneKeepsWeightsCameraAndStage(@TempDir Path folder) throws Exception {
    runFx(() -> navigator.scrubTo(7));
    SceneSpec now = onFx(window::currentScene);
    Path file = folder.resolve("saved.yaml");

    SceneWriter.write(file, now);
    SceneSpec back = SceneReader.read(file);

    assertEquals("layer2.stretch", back.view().stage());
    assertEquals(now.view(), back.view());
    assertArrayEquals(
        now.initialWeights().orElseThrow().parameters(),
        back.initialWeights().orElseThrow().parameters());
  }

  @Test
  void theLegendNamesTheSheets() {
    List<String> names =
        onFx(
            () ->
                window.legend.getChildren().stream()
                    .map(n -> ((javafx.scene.control.Label) n).getText())
                    .toList());

    assertEquals(onFx(() -> explorer.scene().dataset().classNames()), names);
  }

  @Test
  void reopeningAnEqualSceneStartsOverAtTheInput() throws Exception {
    LoadedScene first = onFx(explorer::scene);
    runFx(() -> navigator.scrubTo(5));

    LoadedScene again = LoadedScene.load(first.spec());
    runFx(() -> explorer.load(again));

    assertEquals(0, onFx(navigator::position), "position after reopening");
  }

  private static SceneSpec titled(SceneSpec spec, String title) {
    return SceneSpec.of(
        title,
        spec.description(),
        spec.dataset(),
        spec.hidden(),
        spec.training(),
        spec.steps(),
        spec.running());
  }

  private static void collect(Menu menu, List<MenuItem> into) {
    for (MenuItem item : menu.getItems()) {
      if (SceneFiles.RECENT_MENU_ID.equals(item.getId())) {
        continue; // one item per remembered file: those cannot all have keys
      } else if (item instanceof Menu) {
        collect((Menu) item, into);
      } else if (!(item instanceof SeparatorMenuItem)) {
        into.add(item);
      }
    }
  }

  /** A real press and release of the left button over {@code node}'s centre. */
  private void click(Node node) {
    click(OnScreen.centre(node));
  }

  /**
   * Puts the mouse on {@code point} at once, rather than gliding it there as {@code clickOn} does,
   * which would cost a few hundred milliseconds a click.
   */
  private void click(Point2D point) {
    robot.robotContext().getMouseRobot().move(point);
    robot.clickOn(MouseButton.PRIMARY);
  }

  private static String describe(Snapshot snapshot) {
    return String.format(
        "step %d, running %s, learning rate %s",
        snapshot.step(), snapshot.running(), snapshot.settings().learningRate());
  }
}
