package org.uncrumple.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxToolkit;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.testing.FxWaits;
import org.uncrumple.testing.SmallScenes;

/**
 * Lesson windows that are closed let go of everything they showed: the main window's explorer lives
 * on through a whole lesson, and a listener left on one of its properties would keep every closed
 * window's scene graph for good. Four are opened and closed in turn.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClosedLessonWindowsTest {
  private Explorer explorer;

  @BeforeAll
  void openAScene() throws Exception {
    FxToolkit.registerPrimaryStage();
    var ball = SmallScenes.paperBall();
    runFx(
        () -> {
          explorer = new Explorer();
          explorer.load(ball);
        });
  }

  @AfterAll
  void close() {
    runFx(explorer::close);
  }

  @Test
  void closedLayerEditorsCanBeCollected() throws Exception {
    assertCollectedAfterClosing(LessonsMenu::openEditor);
  }

  @Test
  void closedLossLandscapesCanBeCollected() throws Exception {
    assertCollectedAfterClosing(LessonsMenu::openLandscape);
  }

  private void assertCollectedAfterClosing(BiFunction<Explorer, Window, Stage> open)
      throws Exception {
    List<WeakReference<Object>> contents = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      contents.add(
          onFx(
              () -> {
                Stage stage = open.apply(explorer, null);
                WeakReference<Object> root = new WeakReference<>(stage.getScene().getRoot());
                stage.hide();
                return root;
              }));
      // Pulses pass, so JavaFX lets go of what it drew last; then the training goes on.
      FxWaits.waitForFrames(3);
      runFx(explorer::stepOnce);
      FxWaits.waitForFrames(3);
    }
    // JavaFX itself keeps the window closed last until another takes its place: the earlier
    // ones must go.
    List<WeakReference<Object>> earlier = contents.subList(0, contents.size() - 1);
    for (int i = 0; i < 20 && held(earlier) > 0; i++) {
      System.gc();
      TimeUnit.MILLISECONDS.sleep(50);
    }
    assertEquals(0, held(earlier), "closed windows whose content is still held");
  }

  private static long held(List<WeakReference<Object>> contents) {
    return contents.stream().filter(c -> c.get() != null).count();
  }
}
