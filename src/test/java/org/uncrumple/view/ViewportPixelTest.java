package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.uncrumple.testing.Display3d;

/**
 * Renders a two-class point cloud in a real window and checks the pixels. Needs a display and
 * OpenGL (Xvfb with {@code -Dprism.forceGPU=true}); skipped with the reason otherwise. Writes the
 * picture to {@code target/viewport-pixel-test-*.png} for a look.
 */
@Tag("display")
class ViewportPixelTest {
  private static final int POINTS_PER_CLASS = 2_000;

  private Stage stage;
  private Viewport viewport;

  @BeforeAll
  static void needsDisplayAnd3d() throws Exception {
    Display3d.require();
  }

  @BeforeEach
  void showTwoClusters() throws Exception {
    onFx(
        () -> {
          viewport = new Viewport();
          stage = new Stage();
          stage.setScene(new Scene(viewport, 800, 600));
          stage.show();
          int n = 2 * POINTS_PER_CLASS;
          int[] labels = new int[n];
          float[] xyz = new float[3 * n];
          Random random = new Random(7);
          for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            float cx = labels[i] == 0 ? -0.5f : 0.5f;
            xyz[3 * i] = cx + (float) (0.18 * random.nextGaussian());
            xyz[3 * i + 1] = (float) (0.18 * random.nextGaussian());
            xyz[3 * i + 2] = (float) (0.18 * random.nextGaussian());
          }
          viewport.pointCloud().setData(labels, n);
          viewport.pointCloud().update(xyz, n);
          return null;
        });
  }

  @AfterEach
  void close() throws Exception {
    onFx(
        () -> {
          stage.close();
          return null;
        });
  }

  @Test
  void bothClassColoursAppearOnTheBackgroundAtRest() throws Exception {
    Image image = snapshotAtRest("default");
    assertEquals(POINTS_PER_CLASS * 2, onFx(() -> viewport.pointCloud().shownCount()));
    int vermillion = Display3d.countNear(image, Palette.VERMILLION);
    int blue = Display3d.countNear(image, Palette.BLUE);
    int background = Display3d.countNear(image, Color.web("#f7f6f2"));
    int total = (int) (image.getWidth() * image.getHeight());
    assertTrue(vermillion > 1_000, "vermillion pixels: " + vermillion);
    assertTrue(blue > 1_000, "blue pixels: " + blue);
    assertTrue(background > total / 2, "background pixels: " + background + " of " + total);
    assertTrue(background < total - 2_000, "the image is blank: " + background + " of " + total);
  }

  @Test
  void orbitingChangesThePicture() throws Exception {
    Image before = snapshotAtRest("before-orbit");
    onFx(
        () -> {
          viewport.setCameraPose(new CameraPose(120, -30, 8, 0, 0));
          return null;
        });
    Image after = snapshotAtRest("after-orbit");
    int changed = 0;
    for (int y = 0; y < before.getHeight(); y += 2) {
      for (int x = 0; x < before.getWidth(); x += 2) {
        if (before.getPixelReader().getArgb(x, y) != after.getPixelReader().getArgb(x, y)) {
          changed++;
        }
      }
    }
    assertTrue(changed > 1_000, "pixels changed by orbiting: " + changed);
    assertTrue(Display3d.countNear(after, Palette.BLUE) > 1_000);
  }

  private Image snapshotAtRest(String name) throws Exception {
    // The viewport draws every point once nothing has moved for REST_MILLIS.
    TimeUnit.MILLISECONDS.sleep(Viewport.REST_MILLIS + 500);
    WaitForAsyncUtils.waitForFxEvents();
    Image image = onFx(() -> viewport.snapshot(null));
    save(image, name);
    return image;
  }

  private static void save(Image image, String name) throws IOException {
    File out = new File("target/viewport-pixel-test-" + name + ".png");
    out.getParentFile().mkdirs();
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
  }
}
