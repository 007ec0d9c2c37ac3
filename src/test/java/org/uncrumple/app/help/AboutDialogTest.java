package org.uncrumple.app.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Help › About, opened headless (Monocle). */
class AboutDialogTest {
  private AboutDialog dialog;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void closeDialog() {
    if (dialog != null) {
      runFx(dialog::close);
    }
  }

  @Test
  void theBoxShowsTheVersionAndEveryLibraryWithItsLicence() {
    dialog = onFx(() -> AboutDialog.show(null));

    String text = onFx(() -> texts(dialog.getDialogPane().getContent()));
    assertTrue(onFx(dialog::isShowing));
    assertTrue(text.contains("Version " + ProgramVersion.get()), text);
    assertTrue(text.contains(AboutDialog.PURPOSE), text);
    assertTrue(text.contains("MIT licence"), text);
    for (String library :
        List.of(
            "JavaFX",
            "EJML",
            "FXyz3D",
            "Jackson",
            "picocli",
            "JavaCPP",
            "JavaCPP Presets for FFmpeg",
            "FFmpeg",
            "OpenH264",
            "AtlantaFX",
            "Ikonli")) {
      assertTrue(text.contains("\n" + library), library + " is listed: " + text);
    }
    for (String licence :
        List.of(
            "GPL v2 with Classpath Exception",
            "Apache 2.0",
            "BSD 3-Clause",
            "LGPL v3 or later",
            "BSD 2-Clause",
            "MIT")) {
      assertTrue(text.contains(licence), licence + ": " + text);
    }
  }

  @Test
  void theBoxListsEveryBundledDataSetWithItsSourceAndLicence() {
    dialog = onFx(() -> AboutDialog.show(null));

    String text = onFx(() -> texts(dialog.getDialogPane().getContent()));
    for (String file : List.of("digits.csv", "iris.csv", "wine.csv", "breast-cancer.csv")) {
      assertTrue(text.contains("\n" + file + "\n"), file + " is listed: " + text);
    }
    assertTrue(text.contains("\"Optical Recognition of Handwritten Digits\""), text);
    assertTrue(text.contains("archive.ics.uci.edu/dataset/80"), text);
    assertTrue(text.contains("\nCC BY 4.0"), text);
    assertTrue(text.contains("python3-sklearn"), text);
    assertEquals(5, onFx(() -> dialog.data.getChildren().size()) / 3, "a header and four rows");
  }

  @Test
  void theMenuItemOpensTheBox() {
    MenuItem item = onFx(() -> AboutDialog.menuItem(() -> null));

    runFx(item::fire);

    List<Window> open = onFx(AboutDialogTest::aboutWindows);
    assertEquals(1, open.size(), "one About box is open");
    runFx(() -> open.forEach(Window::hide));
  }

  private static List<Window> aboutWindows() {
    return Window.getWindows().stream()
        .filter(Window::isShowing)
        .filter(w -> w.getScene().getRoot().getStyleClass().contains("about"))
        .toList();
  }

  /** The text of every label below {@code node}, one a line. */
  private static String texts(Node node) {
    return "\n"
        + node.lookupAll(".label").stream()
            .map(n -> ((Label) n).getText())
            .collect(Collectors.joining("\n"));
  }
}
