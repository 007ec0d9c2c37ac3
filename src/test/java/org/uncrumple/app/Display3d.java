package org.uncrumple.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;

/** Starts JavaFX for the 3D pixel tests, or skips them with the reason printed. */
final class Display3d {
  private Display3d() {}

  /** Skips the calling test class unless there is a display with JavaFX 3D on it. */
  static void require() throws Exception {
    skipUnless(System.getenv("DISPLAY") != null, "no DISPLAY for the 3D pixel tests");
    FxToolkit.registerPrimaryStage();
    skipUnless(
        Platform.isSupported(ConditionalFeature.SCENE3D),
        "JavaFX reports no 3D support here (run under Xvfb with -Dprism.forceGPU=true)");
  }

  private static void skipUnless(boolean ok, String reason) {
    if (!ok) {
      System.out.println("Skipped 3D pixel tests: " + reason);
    }
    assumeTrue(ok, reason);
  }
}
