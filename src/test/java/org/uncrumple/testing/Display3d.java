package org.uncrumple.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.testfx.api.FxToolkit;

/** Starts JavaFX for the 3D pixel tests, or skips them with the reason printed. */
public final class Display3d {
  private Display3d() {}

  /** Skips the calling test class unless there is a display with JavaFX 3D on it. */
  public static void require() throws Exception {
    skipUnless(System.getenv("DISPLAY") != null, "no DISPLAY for the 3D pixel tests");
    FxToolkit.registerPrimaryStage();
    skipUnless(
        Platform.isSupported(ConditionalFeature.SCENE3D),
        "JavaFX reports no 3D support here (run under Xvfb with -Dprism.forceGPU=true)");
  }

  /** Pixels whose colour is within 0.12 (sum over red, green, blue) of {@code colour}. */
  public static int countNear(Image image, Color colour) {
    PixelReader reader = image.getPixelReader();
    int near = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color c = reader.getColor(x, y);
        double d =
            Math.abs(c.getRed() - colour.getRed())
                + Math.abs(c.getGreen() - colour.getGreen())
                + Math.abs(c.getBlue() - colour.getBlue());
        if (d < 0.12) {
          near++;
        }
      }
    }
    return near;
  }

  private static void skipUnless(boolean ok, String reason) {
    if (!ok) {
      System.out.println("Skipped 3D pixel tests: " + reason);
    }
    assumeTrue(ok, reason);
  }
}
