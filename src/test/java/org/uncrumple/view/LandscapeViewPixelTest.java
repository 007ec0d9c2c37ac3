package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;
import static org.uncrumple.testing.FxWaits.waitForFrames;

import java.io.File;
import java.io.IOException;
import java.util.function.Predicate;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.uncrumple.testing.Display3d;

/**
 * The 3-D landscape drawn in a real window: its low ground violet and its high ground yellow (the
 * two ends of the height ramp, whatever the shading), the training path in its colour on its dark
 * band. Needs a display and OpenGL (Xvfb with {@code -Dprism.forceGPU=true}); skipped with the
 * reason otherwise. Writes the pictures to {@code target/landscape-pixel-test-*.png} for a look.
 */
@Tag("display")
class LandscapeViewPixelTest {
  private Stage stage;
  private LandscapeView view;

  @BeforeAll
  static void needsDisplayAnd3d() throws Exception {
    Display3d.require();
  }

  @BeforeEach
  void showABowlWithASpiralIntoIt() {
    runFx(
        () -> {
          view = new LandscapeView();
          stage = new Stage();
          stage.setScene(new Scene(view, 640, 640));
          stage.show();
          // From high above, so that the bowl's near wall hides none of the path.
          view.viewport().setCameraPose(new CameraPose(30, 65, 7.4, 0, 0));
          view.show(Landscapes.bowl(41, 0.5, 1), Landscapes.spiralIn(0.5, 200));
        });
  }

  @AfterEach
  void close() {
    runFx(() -> stage.close());
  }

  @Test
  void theSurfaceShowsBothEndsOfTheHeightRampAndThePathOnIt() throws Exception {
    Image image = snapshot("path");

    int low = count(image, LandscapeViewPixelTest::violet);
    int high = count(image, LandscapeViewPixelTest::yellow);
    int path = Display3d.countNear(image, onFx(() -> view.pathColourProperty().get()));
    int casing = Display3d.countNear(image, onFx(() -> view.casingColourProperty().get()));
    System.out.printf(
        "landscape pixels: violet %d, yellow %d, path %d, casing %d%n", low, high, path, casing);
    assertTrue(low > 2_000, "violet low ground: " + low);
    assertTrue(high > 100, "yellow high ground (the bowl's corners): " + high);
    assertTrue(path > 300, "the path's colour: " + path);
    assertTrue(casing > 300, "its dark band: " + casing);
  }

  @Test
  void hidingThePathTakesItsColourOffTheSurface() throws Exception {
    Color colour = onFx(() -> view.pathColourProperty().get());
    int before = Display3d.countNear(snapshot("before-hiding"), colour);

    runFx(() -> view.setPathShown(false));
    int after = Display3d.countNear(snapshot("path-hidden"), colour);

    assertTrue(before > 300, "the path's colour at first: " + before);
    assertTrue(after < before / 20, "after hiding it: " + after + " of " + before);
  }

  /** Dark violet to blue-violet: the lowest tenth of viridis, lit from anywhere. */
  private static boolean violet(Color c) {
    return c.getHue() >= 260
        && c.getHue() <= 320
        && c.getSaturation() > 0.5
        && c.getBrightness() > 0.12;
  }

  /** Yellow to yellow-green: the highest tenth of viridis, lit from anywhere. */
  private static boolean yellow(Color c) {
    return c.getHue() >= 45
        && c.getHue() <= 70
        && c.getSaturation() > 0.6
        && c.getBrightness() > 0.4;
  }

  private static int count(Image image, Predicate<Color> which) {
    PixelReader reader = image.getPixelReader();
    int found = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (which.test(reader.getColor(x, y))) {
          found++;
        }
      }
    }
    return found;
  }

  private Image snapshot(String name) throws IOException {
    waitForFrames(5);
    Image image = onFx(() -> view.viewport().snapshot(null));
    File out = new File("target/landscape-pixel-test-" + name + ".png");
    out.getParentFile().mkdirs();
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
    return image;
  }
}
