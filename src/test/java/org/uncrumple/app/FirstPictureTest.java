package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.testing.Display3d;
import org.uncrumple.view.Palette;

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

  private static ShownWindow shown;

  @BeforeAll
  static void openTheDefaultScene() throws Exception {
    Display3d.require();
    LoadedScene scene =
        LoadedScene.load(SceneReader.readBundled(App.DEFAULT_SCENE).withRunning(false));
    shown = ShownWindow.open(scene);
  }

  @AfterAll
  static void close() throws Exception {
    if (shown != null) {
      shown.close();
    }
  }

  @Test
  void bothClassesFillTheViewAtTheInput() throws Exception {
    Image image = shown.viewAtRest("first-picture");
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
}
