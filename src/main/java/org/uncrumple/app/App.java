package org.uncrumple.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.uncrumple.app.errors.ErrorLog;
import org.uncrumple.app.errors.UncaughtErrors;
import org.uncrumple.app.files.RecentFiles;
import org.uncrumple.app.model.Explorer;

/**
 * The Uncrumple window. Opens on the bundled paper ball, then on the scene named on the command
 * line, or else on the scene file opened last time if it still exists; a scene that cannot be
 * opened is explained in a dialog and the paper ball stays. The window's size and place, the theme
 * and the recent files are remembered in the user's preferences. Problems are logged to the {@link
 * ErrorLog} file; an exception that nothing caught is also shown in a dialog ({@link
 * UncaughtErrors}).
 */
public final class App extends Application {
  /** The scene a window opens on when none is named. */
  public static final String DEFAULT_SCENE = org.uncrumple.scene.BundledScenes.DEFAULT;

  private static final System.Logger LOG = System.getLogger(App.class.getName());

  private Explorer explorer;
  private ExplorerStage opened;
  private ErrorLog errorLog;

  @Override
  public void start(Stage stage) {
    explorer = new Explorer();
    errorLog = ErrorLog.open(trouble -> Platform.runLater(() -> explorer.report(trouble)));
    new UncaughtErrors(errorLog, () -> stage).install();
    try {
      opened = new ExplorerStage(stage, explorer, userPreferences(), getParameters().getRaw());
    } catch (RuntimeException e) {
      // JavaFX hands this to the launcher, which prints it; the log keeps it too.
      LOG.log(System.Logger.Level.ERROR, "The window could not open", e);
      throw e;
    }
  }

  /** The user's own preferences node: only the program itself remembers there, never a test. */
  static Preferences userPreferences() {
    return Preferences.userNodeForPackage(MainWindow.class);
  }

  /**
   * The file to open after the paper ball: the one named on the command line, else the one opened
   * last time (the newest recent file) if it still exists, else none.
   */
  static Optional<Path> sceneToOpen(List<String> arguments, RecentFiles recent) {
    if (!arguments.isEmpty()) {
      return Optional.of(Path.of(arguments.get(0)));
    }
    return recent.list().stream().findFirst().filter(Files::isRegularFile);
  }

  @Override
  public void stop() {
    if (opened != null) {
      opened.close();
    } else if (explorer != null) {
      explorer.close();
    }
    if (errorLog != null) {
      errorLog.close();
    }
  }
}
