package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
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
import org.uncrumple.testing.Display3d;
import org.uncrumple.view.Palette;
import org.uncrumple.view.TraceWorker;

/**
 * The first picture a user sees: the default scene as it ships (points and sheets), at the input,
 * in a window of a usual size. Both classes must be plainly there, each with at least a quarter of
 * the coloured pixels, and the data must fill most of the view. Pixels are told apart by hue, so a
 * sheet's tint counts for its class. Needs Xvfb with {@code -Dprism.forceGPU=true}; skipped with
 * the reason otherwise. The picture goes to {@code target/first-picture.png}.
 */
@Tag("display")
class FirstPictureTest {
  /** Saturation above which a pixel is coloured: the paper, the guides and the grey are not. */
  private static final double COLOURED = 0.25;

  /** A coloured pixel belongs to the class whose hue is nearest, if within this many degrees. */
  private static final double HUE_TOLERANCE = 40;

  /** A row counts towards the data's height if it holds at least this many coloured pixels. */
  private static final int ROW_PIXELS = 3;

  private static Stage stage;
  private static Explorer explorer;
  private static MainWindow window;

  @BeforeAll
  static void openTheDefaultScene() throws Exception {
    Display3d.require();
    LoadedScene scene =
        LoadedScene.load(SceneReader.readBundled(App.DEFAULT_SCENE).withRunning(false));
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
  void bothClassesFillTheViewAtTheInput() throws Exception {
    Image image = viewAtRest();
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    PixelReader reader = image.getPixelReader();
    int[] byClass = new int[2];
    int top = -1;
    int bottom = -1;
    for (int y = 0; y < height; y++) {
      int inRow = 0;
      for (int x = 0; x < width; x++) {
        Color c = reader.getColor(x, y);
        if (c.getSaturation() < COLOURED || c.getBrightness() < 0.15) {
          continue;
        }
        inRow++;
        int nearest = nearestClass(c);
        if (nearest >= 0) {
          byClass[nearest]++;
        }
      }
      if (inRow >= ROW_PIXELS) {
        top = top < 0 ? y : top;
        bottom = y;
      }
    }
    int coloured = byClass[0] + byClass[1];
    String found =
        String.format(
            "class pixels %d and %d, rows %d to %d of %d",
            byClass[0], byClass[1], top, bottom, height);
    assertTrue(coloured > 10_000, "hardly any colour: " + found);
    assertTrue(byClass[0] >= 0.25 * coloured, "class 0 has under a quarter: " + found);
    assertTrue(byClass[1] >= 0.25 * coloured, "class 1 has under a quarter: " + found);
    assertTrue(bottom - top >= 0.6 * height, "the data span under 60 % of the height: " + found);
  }

  /** The class (0 or 1) whose colour's hue is nearest that of {@code c}, or −1 if neither is. */
  private static int nearestClass(Color c) {
    int best = -1;
    double bestDistance = HUE_TOLERANCE;
    for (int k = 0; k < 2; k++) {
      double d = Math.abs(c.getHue() - Palette.colour(k).getHue());
      d = Math.min(d, 360 - d);
      if (d <= bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best;
  }

  private static Image viewAtRest() throws Exception {
    // Every point is drawn once nothing has moved for a while, the framing included.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!onFx(window.viewport::isAtRest) && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(50);
    }
    WaitForAsyncUtils.waitForFxEvents();
    Image image = onFx(() -> window.viewport.subScene().snapshot(null, null));
    File out = new File("target/first-picture.png");
    out.getParentFile().mkdirs();
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
    return image;
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
  }
}
