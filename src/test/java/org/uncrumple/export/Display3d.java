package org.uncrumple.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;

/** Starts JavaFX for the export's rendering tests, or skips them with the reason printed. */
final class Display3d {
  private Display3d() {}

  static void require() throws Exception {
    skipUnless(System.getenv("DISPLAY") != null, "no DISPLAY for the export rendering tests");
    FxToolkit.registerPrimaryStage();
    skipUnless(
        Platform.isSupported(ConditionalFeature.SCENE3D),
        "JavaFX reports no 3D support here (run under Xvfb with -Dprism.forceGPU=true)");
  }

  private static void skipUnless(boolean ok, String reason) {
    if (!ok) {
      System.out.println("Skipped export rendering tests: " + reason);
    }
    assumeTrue(ok, reason);
  }
}
