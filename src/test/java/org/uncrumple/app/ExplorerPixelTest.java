package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.scene.SceneSpec;
import org.uncrumple.scene.Show;
import org.uncrumple.testing.Display3d;
import org.uncrumple.view.Palette;
import org.uncrumple.view.TraceWorker;
import org.uncrumple.view.Viewport;

/**
 * The whole explorer window on a real display: the paper ball in both class colours at the input,
 * and the decision plane at the output. Needs Xvfb with {@code -Dprism.forceGPU=true}; skipped with
 * the reason otherwise. Pictures go to {@code target/explorer-*.png}.
 */
@Tag("display")
class ExplorerPixelTest {
  private static Stage stage;
  private static Explorer explorer;
  private static MainWindow window;

  @BeforeAll
  static void openThePaperBall() throws Exception {
    Display3d.require();
    SceneSpec bundled = SceneReader.readBundled(App.DEFAULT_SCENE);
    // The points alone: the bundled scene's see-through sheets would tint their colours.
    SceneSpec paused = bundled.withRunning(false).withView(bundled.view().withShow(Show.DEFAULT));
    LoadedScene scene = LoadedScene.load(paused);
    onFx(
        () -> {
          explorer = new Explorer();
          window = new MainWindow(explorer, new TraceWorker(), new MemoryPreferences());
          stage = new Stage();
          Scene fxScene = new Scene(window, 1280, 800);
          fxScene.getStylesheets().add(Stylesheet.explorer());
          stage.setScene(fxScene);
          stage.show();
          explorer.load(scene);
          return null;
        });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!onFx(window::hasTrace) && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }

  @AfterAll
  static void close() throws Exception {
    if (stage != null) {
      onFx(
          () -> {
            stage.close();
            window.close();
            explorer.close();
            return null;
          });
    }
  }

  @Test
  void theInputShowsBothSheetsInTheirColours() throws Exception {
    Image image = viewAtRest("input");

    assertTrue(Display3d.countNear(image, Palette.colour(0)) > 500, "class 0 pixels");
    assertTrue(Display3d.countNear(image, Palette.colour(1)) > 500, "class 1 pixels");
  }

  @Test
  void theOutputShowsTheDecisionPlane() throws Exception {
    Image before = viewAtRest("before-output");
    onFx(
        () -> {
          explorer.navigator().scrubTo(explorer.navigator().stageCount() - 1);
          return null;
        });
    Image after = viewAtRest("output");

    assertTrue(onFx(() -> window.planeShown()), "the plane is shown at the output");
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

  private static Image viewAtRest(String name) throws Exception {
    TimeUnit.MILLISECONDS.sleep(Viewport.REST_MILLIS + 700);
    WaitForAsyncUtils.waitForFxEvents();
    Image image = onFx(() -> window.viewport.subScene().snapshot(null, null));
    File out = new File("target/explorer-" + name + ".png");
    out.getParentFile().mkdirs();
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
    return image;
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
  }
}
