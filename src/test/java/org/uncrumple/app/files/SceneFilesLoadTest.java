package org.uncrumple.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.scene.DatasetSpec;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneSpec;
import org.uncrumple.train.TrainingSettings;

/**
 * Opening a big CSV file in the window (issue 17): the reading runs on a loader thread, a small
 * window shows how far it is, and Cancel leaves the open scene as it was.
 */
class SceneFilesLoadTest {
  @TempDir Path folder;
  private Preferences preferences;
  private RecentFiles recent;
  private Explorer explorer;
  private SceneFiles files;
  private ExecutorService loader;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void openASmallScene() throws Exception {
    preferences = new MemoryPreferences();
    recent = new RecentFiles(preferences);
    loader = Executors.newSingleThreadExecutor();
    SceneSpec spec =
        SceneSpec.of(
            "Small",
            "",
            DatasetSpec.generated("paper-ball", java.util.Map.of("points", 100)),
            List.of(new LayerSpec(3, Activation.TANH)),
            TrainingSettings.defaults(),
            100,
            false);
    LoadedScene scene = LoadedScene.load(spec);
    onFx(
        () -> {
          explorer = new Explorer();
          explorer.load(scene);
          files =
              new SceneFiles(
                  explorer, () -> explorer.scene().spec(), recent, loader, () -> (Window) null);
          return null;
        });
  }

  @AfterEach
  void close() throws Exception {
    loader.shutdownNow();
    loader.awaitTermination(30, TimeUnit.SECONDS);
    onFx(
        () -> {
          explorer.close();
          return null;
        });
  }

  @Test
  void openingABigCsvShowsProgressAndCancelKeepsTheOpenScene() throws Exception {
    Path big = folder.resolve("big.csv");
    try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      out.write("x,y,z,label\n");
      for (int r = 0; r < 2_000_000; r++) {
        out.write(r % 97 + "," + r % 89 + "," + r % 83 + "," + r % 2 + "\n");
      }
    }
    LoadedScene before = onFx(() -> explorer.scene());

    onFx(
        () -> {
          files.open(big);
          return null;
        });
    Button cancel = waitFor(() -> cancelButton());
    String shown =
        waitFor(
            () -> {
              String text =
                  ((Label) cancel.getScene().lookup("#" + LoadProgressWindow.TEXT_ID)).getText();
              return text.startsWith("Reading big.csv: ") || text.startsWith("Counting")
                  ? text
                  : null;
            });
    onFx(
        () -> {
          cancel.fire();
          return null;
        });
    loader.submit(() -> {}).get(30, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    assertTrue(shown.contains(" MB of "), shown);
    assertSame(before, onFx(() -> explorer.scene()));
    assertTrue(recent.list().isEmpty());
    assertEquals(null, onFx(() -> cancelButton()), "the progress window is closed");
  }

  /** The Cancel button of a progress window on screen, or null (FX thread). */
  private static Button cancelButton() {
    return Window.getWindows().stream()
        .filter(Window::isShowing)
        .map(w -> w.getScene().lookup("#" + LoadProgressWindow.CANCEL_ID))
        .filter(Button.class::isInstance)
        .map(Button.class::cast)
        .findFirst()
        .orElse(null);
  }

  private static <T> T waitFor(Callable<T> probe) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < end) {
      T found = onFx(probe);
      if (found != null) {
        return found;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("not seen within 30 s");
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
  }
}
