package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
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
import org.testfx.util.WaitForAsyncUtils;
import org.uncrumple.testing.Display3d;

/**
 * Renders the class regions of a four-class output layer, with four clusters of points in them, in
 * a real window and checks the pixels. Needs a display and OpenGL (Xvfb with {@code
 * -Dprism.forceGPU=true}); skipped with the reason otherwise. Writes the picture to {@code
 * target/class-regions-pixel-test-*.png} for a look.
 */
@Tag("display")
class ClassRegionsPixelTest {
  private static final int CLASSES = 4;
  private static final int POINTS_PER_CLASS = 500;

  /**
   * z = W·h: the rows point to alternate corners of the cube, so each class owns a quarter of the
   * view volume around one corner (the cells of a tetrahedron's vertices).
   */
  private static final double[] W = {1, 1, 1, 1, -1, -1, -1, 1, -1, -1, -1, 1};

  private static final double[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1};
  private static final Color PAPER = Color.web("#f7f6f2");

  private Stage stage;
  private Viewport viewport;
  private ClassRegions regions;

  @BeforeAll
  static void needsDisplayAnd3d() throws Exception {
    Display3d.require();
  }

  @BeforeEach
  void showRegionsAndClusters() throws Exception {
    int[] classes =
        RegionGrid.classify(W, new double[CLASSES], IDENTITY, RegionGrid.PER_AXIS, RegionGrid.HALF);
    onFx(
        () -> {
          viewport = new Viewport();
          regions = new ClassRegions();
          viewport.content().getChildren().add(regions.node());
          regions.show(classes, 1);
          stage = new Stage();
          stage.setScene(new Scene(viewport, 800, 600));
          stage.show();
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
  void everyClassColourTintsTheViewFaintly() throws Exception {
    Image image = snapshotAtRest("regions");
    for (int c = 0; c < CLASSES; c++) {
      int faint = countFaint(image, Palette.colour(c));
      assertTrue(faint > 500, "faint pixels of class " + c + ": " + faint);
    }
    int background = countNear(image, PAPER, 0.03);
    int total = (int) (image.getWidth() * image.getHeight());
    assertTrue(background > total / 3, "background pixels: " + background + " of " + total);
    assertTrue(background < total - 20_000, "the image is blank: " + background + " of " + total);
  }

  @Test
  void aMarkerBlendsItsColourOverThePaperAtItsOpacity() throws Exception {
    Image image = snapshotAtRest("blend");
    double alpha = ClassRegions.MAX_OPACITY;
    for (int c = 0; c < CLASSES; c++) {
      Color colour = Palette.colour(c);
      // Premultiplied blending: c·α + paper·(1 − α), at the centre of some marker.
      Color blended =
          Color.color(
              colour.getRed() * alpha + PAPER.getRed() * (1 - alpha),
              colour.getGreen() * alpha + PAPER.getGreen() * (1 - alpha),
              colour.getBlue() * alpha + PAPER.getBlue() * (1 - alpha));
      int exact = countNear(image, blended, 4 / 255.0);
      assertTrue(exact > 0, "no pixel of class " + c + " is " + blended);
    }
  }

  @Test
  void pointsStayClearlyVisibleAmongTheRegions() throws Exception {
    onFx(
        () -> {
          showClusters();
          return null;
        });
    Image image = snapshotAtRest("regions-and-points");
    for (int c = 0; c < CLASSES; c++) {
      int full = countNear(image, Palette.colour(c), 0.15);
      assertTrue(full > 300, "full-colour pixels of class " + c + ": " + full);
      assertTrue(countFaint(image, Palette.colour(c)) > 500, "faint pixels of class " + c);
    }
  }

  @Test
  void hiddenRegionsLeaveTheBackgroundBare() throws Exception {
    onFx(
        () -> {
          regions.hide();
          return null;
        });
    Image image = snapshotAtRest("hidden");
    for (int c = 0; c < CLASSES; c++) {
      assertTrue(countFaint(image, Palette.colour(c)) < 50, "faint pixels of class " + c);
    }
  }

  @Test
  void aFadeOfZeroHidesTheRegionsAndAWrongGridIsRejected() throws Exception {
    int[] classes = new int[RegionGrid.PER_AXIS * RegionGrid.PER_AXIS * RegionGrid.PER_AXIS];
    assertFalse(
        onFx(
            () -> {
              regions.show(classes, 0);
              return regions.isShown();
            }));
    assertTrue(
        onFx(
            () -> {
              regions.show(classes, 0.5);
              return regions.isShown();
            }));
    assertThrows(
        IllegalArgumentException.class, () -> onFxUnwrapped(() -> regions.show(new int[8], 1)));
  }

  /** A cluster of each class near the corner its region is built around. */
  private void showClusters() {
    int n = CLASSES * POINTS_PER_CLASS;
    int[] labels = new int[n];
    float[] xyz = new float[3 * n];
    Random random = new Random(11);
    for (int i = 0; i < n; i++) {
      int c = i % CLASSES;
      labels[i] = c;
      for (int k = 0; k < 3; k++) {
        xyz[3 * i + k] = (float) (0.55 * W[3 * c + k] + 0.15 * random.nextGaussian());
      }
    }
    viewport.pointCloud().setData(labels, n);
    viewport.pointCloud().update(xyz, n);
  }

  private Image snapshotAtRest(String name) throws Exception {
    TimeUnit.MILLISECONDS.sleep(Viewport.REST_MILLIS + 500);
    WaitForAsyncUtils.waitForFxEvents();
    Image image = onFx(() -> viewport.snapshot(null));
    File out = new File("target/class-regions-pixel-test-" + name + ".png");
    out.getParentFile().mkdirs();
    save(image, out);
    return image;
  }

  private static void save(Image image, File out) throws IOException {
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
  }

  /**
   * Pixels tinted by a class colour over the paper: the colour's hue (within 6°, close enough to
   * tell vermillion from orange) at a clearly lower saturation than the colour itself.
   */
  private static int countFaint(Image image, Color colour) {
    PixelReader reader = image.getPixelReader();
    int faint = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color c = reader.getColor(x, y);
        double hueGap = Math.abs(c.getHue() - colour.getHue());
        hueGap = Math.min(hueGap, 360 - hueGap);
        if (hueGap < 6
            && c.getSaturation() > 0.08
            && c.getSaturation() < 0.7 * colour.getSaturation()) {
          faint++;
        }
      }
    }
    return faint;
  }

  private static int countNear(Image image, Color colour, double within) {
    PixelReader reader = image.getPixelReader();
    int near = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color c = reader.getColor(x, y);
        double d =
            Math.abs(c.getRed() - colour.getRed())
                + Math.abs(c.getGreen() - colour.getGreen())
                + Math.abs(c.getBlue() - colour.getBlue());
        if (d < within) {
          near++;
        }
      }
    }
    return near;
  }

  /**
   * Runs on the FX thread and rethrows what it threw there (caught there, so the FX helper does not
   * print it as a failure).
   */
  private static void onFxUnwrapped(Runnable work) throws Throwable {
    Throwable thrown =
        onFx(
            () -> {
              try {
                work.run();
                return null;
              } catch (RuntimeException e) {
                return e;
              }
            });
    if (thrown != null) {
      throw thrown;
    }
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
  }
}
