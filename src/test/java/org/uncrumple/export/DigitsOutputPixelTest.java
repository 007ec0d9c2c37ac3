package org.uncrumple.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.testing.Display3d;
import org.uncrumple.view.Palette;

/**
 * The bundled digits at the output stage after training, filmed as a still through the real 3D
 * view: the ten digits pulled apart show as at least eight of the class colours. Needs a display
 * with OpenGL (Xvfb with {@code -Dprism.forceGPU=true}); skipped with the reason otherwise.
 */
@Tag("display")
class DigitsOutputPixelTest {
  /** Training steps before the still: the training accuracy is about 99 % by 300 (Adam, 0.01). */
  private static final long STEPS = 400;

  /** A pixel counts for a class when it is this near the class colour (RGB, 0–255 a channel). */
  private static final double NEAR = 40;

  /** Pixels a class colour needs to count as seen. */
  private static final int MIN_PIXELS = 25;

  private static ExportThreads threads;

  @TempDir Path dir;

  @BeforeAll
  static void needsDisplayAnd3d() throws Exception {
    Display3d.require();
    threads = ExportThreads.standard();
  }

  @AfterAll
  static void stopThreads() {
    if (threads != null) {
      threads.close();
    }
  }

  @Test
  void theTrainedOutputShowsAtLeastEightClassColours() throws Exception {
    LoadedScene digits =
        LoadedScene.load(SceneReader.readBundled("digits.yaml").withRunning(false));
    Path out = dir.resolve("digits-output.png");
    new ExportJob(
            ExportRequest.builder(ClipKind.STILL, out)
                .size(640, 400)
                .stage("output")
                .captions(false)
                .training(STEPS, null)
                .build(),
            digits,
            null,
            threads)
        .run(p -> {});
    BufferedImage image = ImageIO.read(out.toFile());

    int[] counts = nearestClassCounts(image);
    List<String> seen = new ArrayList<>();
    for (int c = 0; c < counts.length; c++) {
      if (counts[c] >= MIN_PIXELS) {
        seen.add(Palette.name(c));
      }
    }
    assertTrue(
        seen.size() >= 8,
        String.format(
            Locale.ROOT,
            "class colours seen %s; pixels per class %s",
            seen,
            java.util.Arrays.toString(counts)));
  }

  /**
   * Pixels per class colour: each pixel goes to the nearest of the twelve colours and the
   * background (the corner pixel), and counts only when within {@link #NEAR} of a class colour, so
   * that shading, edges and the pale background do not count for the pale colours.
   */
  private static int[] nearestClassCounts(BufferedImage image) {
    int[] background = rgb(image.getRGB(0, 0));
    int[][] colours = new int[Palette.size()][];
    for (int c = 0; c < colours.length; c++) {
      Color colour = Palette.colour(c);
      colours[c] =
          new int[] {
            (int) Math.round(colour.getRed() * 255),
            (int) Math.round(colour.getGreen() * 255),
            (int) Math.round(colour.getBlue() * 255)
          };
    }
    int[] counts = new int[colours.length];
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int[] p = rgb(image.getRGB(x, y));
        double best = distance(p, background);
        int nearest = -1;
        for (int c = 0; c < colours.length; c++) {
          double d = distance(p, colours[c]);
          if (d < best) {
            best = d;
            nearest = c;
          }
        }
        if (nearest >= 0 && best <= NEAR) {
          counts[nearest]++;
        }
      }
    }
    return counts;
  }

  private static int[] rgb(int argb) {
    return new int[] {(argb >> 16) & 255, (argb >> 8) & 255, argb & 255};
  }

  private static double distance(int[] a, int[] b) {
    double r = a[0] - b[0];
    double g = a[1] - b[1];
    double bl = a[2] - b[2];
    return Math.sqrt(r * r + g * g + bl * bl);
  }
}
