package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uncrumple.testing.FxWaits.awaitFx;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;
import static org.uncrumple.testing.FxWaits.waitForFrames;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.uncrumple.app.actions.Action;
import org.uncrumple.app.actions.Actions;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.testing.Display3d;
import org.uncrumple.testing.FxErrors;

/**
 * The render benchmark's old failure, looked for in the program: every lesson window (the loss
 * landscape, the layer editor, both comparisons) and then the main window are closed as their close
 * buttons would close them while the pointer rests over them, and the main window switches scenes
 * under the pointer; nothing may be thrown on the FX thread. On a real display (Xvfb), where the
 * pointer enters and leaves windows as on a desktop.
 */
@Tag("display")
class ClosingUnderThePointerDisplayTest {
  @BeforeAll
  static void display() throws Exception {
    Display3d.require();
  }

  @Test
  void everyWindowClosesUnderARestingPointerWithoutAnError() throws Exception {
    LoadedScene swissRoll = LoadedScene.load(SceneReader.readBundled("swiss-roll.yaml"));
    try (FxErrors thrown = FxErrors.collect()) {
      // The whole window: allowed a minute on a busy machine (a bound, not a wait).
      ExplorerStage opened =
          WaitForAsyncUtils.asyncFx(
                  () ->
                      new ExplorerStage(
                          new Stage(), new Explorer(), new MemoryPreferences(), List.of()))
              .get(60, TimeUnit.SECONDS);
      awaitFx("the first picture", () -> opened.window.hasTrace(), () -> "no trace");
      List<Action> lessons =
          onFx(
              () ->
                  opened.window.actions.all().stream()
                      .filter(a -> a.group() == Actions.Group.LESSONS)
                      .toList());

      for (Action lesson : lessons) {
        Set<Window> before = onFx(() -> new HashSet<>(Window.getWindows()));
        runFx(lesson.run());
        awaitFx(lesson.name(), () -> newStage(before) != null, () -> "no new window");
        Stage window = onFx(() -> newStage(before));
        restPointerOver(window);
        close(window);
      }

      restPointerOver(opened.stage);
      runFx(() -> opened.explorer.load(swissRoll));
      awaitFx("the swiss roll", () -> opened.window.hasTrace(), () -> "no trace");
      waitForFrames(5);
      close(opened.stage);
      runFx(opened::close);
      waitForFrames(5);

      assertEquals(List.of(), thrown.described(), "thrown on the FX thread");
    }
  }

  /** Moves the pointer to the middle of {@code window} and lets it rest there a few frames. */
  private static void restPointerOver(Window window) {
    runFx(
        () -> {
          Bounds on =
              new javafx.geometry.BoundingBox(
                  window.getX(), window.getY(), window.getWidth(), window.getHeight());
          new Robot().mouseMove(on.getCenterX(), on.getCenterY());
        });
    waitForFrames(5);
  }

  /** Closes {@code window} as its close button does: a close request, then hidden. */
  private static void close(Window window) {
    runFx(
        () -> {
          window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
          window.hide();
        });
    waitForFrames(5);
  }

  /** The stage that shows now and did not before; FX thread. */
  private static Stage newStage(Set<Window> before) {
    for (Window window : Window.getWindows()) {
      if (!before.contains(window) && window instanceof Stage shown && shown.isShowing()) {
        return shown;
      }
    }
    return null;
  }
}
