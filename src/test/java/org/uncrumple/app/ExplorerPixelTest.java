package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.image.Image;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.scene.SceneSpec;
import org.uncrumple.scene.Show;
import org.uncrumple.testing.Display3d;
import org.uncrumple.testing.FxWaits;
import org.uncrumple.view.Palette;

/**
 * The whole explorer window on a real display: the paper ball in both class colours at the input,
 * and the decision plane at the output. Needs Xvfb with {@code -Dprism.forceGPU=true}; skipped with
 * the reason otherwise. Pictures go to {@code target/explorer-*.png}.
 */
@Tag("display")
class ExplorerPixelTest {
  private static ShownWindow shown;

  @BeforeAll
  static void openThePaperBall() throws Exception {
    Display3d.require();
    SceneSpec bundled = SceneReader.readBundled(App.DEFAULT_SCENE);
    // The points alone: the bundled scene's see-through sheets would tint their colours.
    SceneSpec paused = bundled.withRunning(false).withView(bundled.view().withShow(Show.DEFAULT));
    LoadedScene scene = LoadedScene.load(paused);
    shown = ShownWindow.open(scene);
  }

  @AfterAll
  static void close() throws Exception {
    if (shown != null) {
      shown.close();
    }
  }

  @Test
  void theInputShowsBothSheetsInTheirColours() throws Exception {
    Image image = shown.viewAtRest("explorer-input");

    assertTrue(Display3d.countNear(image, Palette.colour(0)) > 500, "class 0 pixels");
    assertTrue(Display3d.countNear(image, Palette.colour(1)) > 500, "class 1 pixels");
  }

  @Test
  void theViewStillDrawsAfterItsEdgesAreSmoothedOrNot() throws Exception {
    boolean before = ShownWindow.onFx(() -> shown.window.viewport.smoothEdges());
    try {
      ShownWindow.onFx(
          () -> {
            shown.window.smoothEdges.onProperty().set(!before);
            return null;
          });
      FxWaits.waitForFrames(2);
      Image image = shown.viewAtRest(before ? "explorer-edges-rough" : "explorer-edges-smooth");

      assertTrue(Display3d.countNear(image, Palette.colour(0)) > 500, "class 0 pixels");
      assertTrue(Display3d.countNear(image, Palette.colour(1)) > 500, "class 1 pixels");
    } finally {
      ShownWindow.onFx(
          () -> {
            shown.window.smoothEdges.onProperty().set(before);
            return null;
          });
    }
  }

  @Test
  void theOutputShowsTheDecisionPlane() throws Exception {
    Image before = shown.viewAtRest("explorer-before-output");
    ShownWindow.onFx(
        () -> {
          shown.explorer.navigator().scrubTo(shown.explorer.navigator().stageCount() - 1);
          return null;
        });
    // The picture moves to the output on the next pulse; only then is the view moving, not at rest.
    FxWaits.waitForFrames(2);
    Image after = shown.viewAtRest("explorer-output");

    assertTrue(
        ShownWindow.onFx(() -> shown.window.planeShown()), "the plane is shown at the output");
    // The untrained ball at the output is small and partly behind the tinted plane.
    assertTrue(
        Display3d.countNear(after, Palette.colour(0))
                + Display3d.countNear(after, Palette.colour(1))
            > 300,
        "points at the output");
    int changed = 0;
    for (int y = 0; y < after.getHeight(); y += 2) {
      for (int x = 0; x < after.getWidth(); x += 2) {
        if (before.getPixelReader().getArgb(x, y) != after.getPixelReader().getArgb(x, y)) {
          changed++;
        }
      }
    }
    assertTrue(changed > 2_000, "pixels that changed between input and output: " + changed);
  }
}
