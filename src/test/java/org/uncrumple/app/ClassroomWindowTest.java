package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.awaitFx;
import static org.uncrumple.testing.FxWaits.closeOnPrimaryStage;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SubScene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.uncrumple.app.actions.Action;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.look.PresenterMode;
import org.uncrumple.app.look.SmoothEdges;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.look.ThemeSetting;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.app.model.StageNavigator;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.testing.OnScreen;
import org.uncrumple.testing.SmallScenes;
import org.uncrumple.view.TraceWorker;

/**
 * The window in a classroom, driven from the keyboard as with a clicker: presenter mode, the help
 * overlay, the theme, tooltips, and the README's table of keys. Headless under Monocle; the window
 * remembers into a preferences node of its own, removed afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassroomWindowTest {
  private Preferences preferences;
  private Explorer explorer;
  private MainWindow window;
  private StageNavigator navigator;
  private Stage stage;
  private FxRobot robot;

  @BeforeAll
  void openWindow() throws Exception {
    preferences = new MemoryPreferences();
    LoadedScene paperBall = SmallScenes.paperBall();
    stage = FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        s -> {
          explorer = new Explorer();
          window = new MainWindow(explorer, new TraceWorker(), preferences);
          navigator = explorer.navigator();
          Scene scene = new Scene(window, 1280, 800);
          scene.getStylesheets().add(Stylesheet.explorer());
          s.setScene(scene);
          s.show();
          s.toFront();
          explorer.load(paperBall);
        });
    robot = new FxRobot();
    awaitFx("the first trace", () -> window.hasTrace(), () -> window.tour.caption.getText());
  }

  @AfterEach
  void leaveEverything() {
    runFx(
        () -> {
          window.presenter.activeProperty().set(false);
          window.help.close();
          window.theme.darkProperty().set(false);
          navigator.scrubTo(0);
        });
  }

  @AfterAll
  void closeWindow() throws Exception {
    closeOnPrimaryStage(window::close, explorer::close);
  }

  @Test
  void presenterModeHidesThePanelMenusAndTourControlsAndPageDownAdvances() {
    robot.type(KeyCode.F11);

    assertTrue(onFx(window.presenter::isActive), "presenting after F11");
    assertTrue(onFx(stage::isFullScreen), "full screen");
    assertFalse(onFx(() -> window.panel.isVisible()), "training panel shown");
    assertFalse(onFx(() -> menuBar().isVisible()), "menu bar shown");
    assertFalse(onFx(() -> window.tour.controls.isVisible()), "tour controls shown");
    assertTrue(onFx(() -> window.tour.caption.isVisible()), "caption hidden");
    assertTrue(onFx(() -> window.strip.isVisible()), "network strip hidden");
    assertTrue(
        onFx(() -> window.getPseudoClassStates().contains(PresenterMode.PRESENTER)),
        "the presenter look");

    robot.type(KeyCode.PAGE_DOWN);

    awaitFx(
        "Page Down to reach stage 1",
        () -> navigator.position() == 1 && !navigator.isAnimating(),
        () -> "position " + navigator.position());

    robot.type(KeyCode.ESCAPE);

    assertFalse(onFx(window.presenter::isActive), "presenting after Esc");
    assertFalse(onFx(stage::isFullScreen), "full screen after Esc");
    assertTrue(onFx(() -> window.panel.isVisible()), "training panel back");
    assertTrue(onFx(() -> menuBar().isVisible()), "menu bar back");
    assertTrue(onFx(() -> window.tour.controls.isVisible()), "tour controls back");
  }

  @Test
  void inPresenterModeSpaceStepsEvenWhenAButtonHasTheFocus() {
    runFx(
        () -> {
          window.panel.stepButton.requestFocus();
          window.presenter.activeProperty().set(true);
        });

    robot.type(KeyCode.SPACE);

    awaitFx(
        "Space to reach stage 1",
        () -> navigator.position() == 1 && !navigator.isAnimating(),
        () -> "position " + navigator.position());
    assertFalse(onFx(() -> navigator.playingProperty().get()), "the tour plays");
    assertEquals(0, onFx(() -> explorer.snapshot().step()), "a training step was taken");

    robot.type(KeyCode.LEFT);

    awaitFx(
        "Left to go back to the input",
        () -> navigator.position() == 0 && !navigator.isAnimating(),
        () -> "position " + navigator.position());
  }

  @Test
  void helpOpensWithF1AndListsEveryActionsKeys() {
    robot.type(KeyCode.F1);

    assertTrue(onFx(window.help::isVisible), "help shown after F1");
    List<String> texts = onFx(window.help::texts);
    List<String> missing = new ArrayList<>();
    for (Action action : onFx(window.actions::all)) {
      if (!texts.contains(action.keysText()) || !texts.contains(action.description())) {
        missing.add(action.name() + " (" + action.keysText() + ")");
      }
    }
    assertEquals(List.of(), missing, "actions the help does not list");

    robot.type(KeyCode.ESCAPE);
    assertFalse(onFx(window.help::isVisible), "help shown after Esc");

    robot.type(KeyCode.F1);
    robot.type(KeyCode.F1);
    assertFalse(onFx(window.help::isVisible), "help shown after F1 twice");
  }

  @Test
  void aClickClosesTheHelp() {
    runFx(window.help::open);

    robot.robotContext().getMouseRobot().move(OnScreen.centre(window.help));
    robot.clickOn(MouseButton.PRIMARY);

    assertFalse(onFx(window.help::isVisible), "help shown after a click");
  }

  @Test
  void escClosesTheHelpBeforeItLeavesPresenterMode() {
    runFx(
        () -> {
          window.presenter.activeProperty().set(true);
          window.help.open();
        });

    robot.type(KeyCode.ESCAPE);

    assertFalse(onFx(window.help::isVisible), "help shown after Esc");
    assertTrue(onFx(window.presenter::isActive), "presenting after one Esc");

    robot.type(KeyCode.ESCAPE);

    assertFalse(onFx(window.presenter::isActive), "presenting after the second Esc");
  }

  @Test
  void theThemeKeySwitchesTheStylesheetAndTheViewAndIsRemembered() {
    String light = ThemeSetting.userAgentStylesheet(false);
    String dark = ThemeSetting.userAgentStylesheet(true);
    assertEquals(light, onFx(Application::getUserAgentStylesheet));

    robot.type(KeyCode.D);

    assertEquals(dark, onFx(Application::getUserAgentStylesheet));
    assertTrue(onFx(() -> window.getPseudoClassStates().contains(ThemeSetting.DARK)), ":dark");
    assertEquals(
        Color.web("#20242b"), onFx(() -> window.viewport.subScene().getFill()), "3D background");
    assertEquals("dark", preferences.get(ThemeSetting.KEY, null));
    assertTrue(
        onFx(
            () -> {
              try (ThemeSetting next = new ThemeSetting(preferences, new javafx.scene.Group())) {
                return next.darkProperty().get();
              }
            }),
        "a new window starts dark");

    robot.type(KeyCode.D);

    assertEquals(light, onFx(Application::getUserAgentStylesheet));
    assertEquals(Color.web("#f7f6f2"), onFx(() -> window.viewport.subScene().getFill()));
    assertEquals("light", preferences.get(ThemeSetting.KEY, null));
  }

  @Test
  void shiftEToggleSmoothEdgesInTheSameViewAndIsRemembered() {
    boolean before = onFx(() -> window.smoothEdges.onProperty().get());
    assertEquals(before, onFx(() -> window.viewport.smoothEdges()), "the view as the setting says");
    SubScene old = onFx(() -> window.viewport.subScene());
    javafx.scene.Parent world = onFx(old::getRoot);
    javafx.scene.Camera camera = onFx(old::getCamera);

    robot.press(KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT);

    assertEquals(!before, onFx(() -> window.smoothEdges.onProperty().get()));
    assertEquals(!before, onFx(() -> window.viewport.smoothEdges()), "the view follows");
    SubScene now = onFx(() -> window.viewport.subScene());
    assertSame(world, onFx(now::getRoot), "the same world");
    assertSame(camera, onFx(now::getCamera), "through the same camera");
    assertTrue(onFx(() -> window.viewport.getChildrenUnmodifiable().contains(now)), "shown");
    assertFalse(onFx(() -> window.viewport.getChildrenUnmodifiable().contains(old)), "old gone");
    assertEquals(onFx(window.viewport::getWidth), onFx(now::getWidth), "as wide as the view");
    assertEquals(before ? "off" : "on", preferences.get(SmoothEdges.KEY, null));
    robot.type(KeyCode.D);
    assertEquals(Color.web("#20242b"), onFx(now::getFill), "the theme still colours it");
    robot.type(KeyCode.D);

    robot.press(KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT);

    assertEquals(before, onFx(() -> window.viewport.smoothEdges()), "and back");
    assertEquals(before ? "on" : "off", preferences.get(SmoothEdges.KEY, null));
  }

  @Test
  void everyControlHasATooltip() {
    List<String> without =
        onFx(
            () -> {
              List<String> names = new ArrayList<>();
              collectWithoutTooltip(window, names);
              return names;
            });

    assertEquals(List.of(), without, "controls without a tooltip");
  }

  @Test
  void buttonTooltipsNameTheirKeys() {
    assertEquals(
        "Play or pause the tour (P, Space)", onFx(() -> window.tour.play.getTooltip().getText()));
    assertEquals(
        "Start or pause training (T)", onFx(() -> window.panel.trainButton.getTooltip().getText()));
  }

  @Test
  void theReadmeListsEveryKey() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String begin = "<!-- keys: made from the window's table of actions -->\n";
    String end = "<!-- end of keys -->";
    assertTrue(readme.contains(begin) && readme.contains(end), "the README marks its table");

    String listed = readme.substring(readme.indexOf(begin) + begin.length(), readme.indexOf(end));

    assertEquals(onFx(window.actions::markdown), listed, "README's keys (copy the expected text)");
  }

  private MenuBar menuBar() {
    return (MenuBar) window.lookup(".menu-bar");
  }

  /** Buttons, check boxes, choice boxes and sliders in view that have no tooltip. */
  private static void collectWithoutTooltip(Parent parent, List<String> names) {
    for (Node child : parent.getChildrenUnmodifiable()) {
      if (!child.isVisible() || child instanceof MenuBar) {
        continue; // menus show their keys themselves
      }
      boolean needsOne =
          child instanceof ButtonBase || child instanceof ChoiceBox || child instanceof Slider;
      if (needsOne && ((Control) child).getTooltip() == null) {
        names.add(child.getClass().getSimpleName() + " " + describe(child));
      }
      if (child instanceof Parent && !needsOne) {
        collectWithoutTooltip((Parent) child, names);
      }
    }
  }

  private static String describe(Node node) {
    return node instanceof javafx.scene.control.Labeled
        ? "\"" + ((javafx.scene.control.Labeled) node).getText() + "\""
        : String.valueOf(node.getStyleClass());
  }
}
