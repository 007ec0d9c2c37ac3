package org.uncrumple.app.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.awaitFx;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Exceptions nobody caught end in the log file and in an error dialog (headless, Monocle). */
class UncaughtErrorsTest {
  @TempDir Path folder;
  private ErrorLog log;
  private Thread.UncaughtExceptionHandler before;

  @BeforeEach
  void install() throws Exception {
    Stage stage = FxToolkit.registerPrimaryStage();
    log = new ErrorLog(folder, ErrorLog.FILE_LIMIT, trouble -> {});
    before = Thread.getDefaultUncaughtExceptionHandler();
    new UncaughtErrors(log, () -> stage).install();
  }

  @AfterEach
  void uninstall() {
    Thread.setDefaultUncaughtExceptionHandler(before);
    runFx(() -> dialogs().forEach(pane -> pane.getScene().getWindow().hide()));
    log.close();
  }

  @Test
  void anExceptionOnTheFxThreadIsLoggedAndShown() throws Exception {
    Platform.runLater(
        () -> {
          throw new IllegalStateException("boom on the FX thread");
        });

    awaitFx("an error dialog", () -> dialogs().size() == 1, () -> dialogs().toString());
    String text = onFx(() -> dialogs().get(0).getContentText());
    assertTrue(text.startsWith("IllegalStateException: boom on the FX thread\nin "), text);
    assertTrue(text.contains("(UncaughtErrorsTest.java:"), "where it failed: " + text);
    assertTrue(text.contains("\"JavaFX Application Thread\""), text);
    assertTrue(text.contains(folder.resolve("uncrumple.log").toString()), "the log: " + text);
    String logged = Files.readString(folder.resolve("uncrumple.log"));
    assertTrue(logged.contains("java.lang.IllegalStateException: boom on the FX thread"), logged);
    assertTrue(logged.contains("at org.uncrumple.app.errors.UncaughtErrorsTest"), logged);
  }

  @Test
  void anExceptionOnAnotherThreadIsShownOnTheFxThread() throws Exception {
    Thread worker =
        new Thread(
            () -> {
              throw new ArithmeticException("boom on a worker");
            },
            "uncrumple-test-worker");
    worker.start();
    worker.join();

    awaitFx("an error dialog", () -> dialogs().size() == 1, () -> dialogs().toString());
    String text = onFx(() -> dialogs().get(0).getContentText());
    assertTrue(text.contains("ArithmeticException: boom on a worker"), text);
    assertTrue(text.contains("\"uncrumple-test-worker\""), text);
    assertTrue(
        Files.readString(folder.resolve("uncrumple.log"))
            .contains("Uncaught on the thread \"uncrumple-test-worker\""));
  }

  @Test
  void errorsWhileTheDialogIsOpenAreOnlyLogged() throws Exception {
    for (int i = 1; i <= 3; i++) {
      String message = "boom " + i;
      Platform.runLater(
          () -> {
            throw new IllegalStateException(message);
          });
    }
    WaitForAsyncUtils.waitForFxEvents();

    awaitFx("an error dialog", () -> dialogs().size() == 1, () -> dialogs().toString());
    assertEquals(1, onFx(() -> dialogs().size()));
    String logged = Files.readString(folder.resolve("uncrumple.log"));
    assertTrue(logged.contains("boom 1") && logged.contains("boom 3"), logged);
  }

  /** The error dialogs on screen; FX thread. */
  private static List<DialogPane> dialogs() {
    return Window.getWindows().stream()
        .filter(Window::isShowing)
        .map(w -> w.getScene().getRoot())
        .filter(root -> root instanceof DialogPane)
        .map(root -> (DialogPane) root)
        .filter(pane -> pane.getStyleClass().contains(UncaughtErrors.STYLE_CLASS))
        .toList();
  }
}
