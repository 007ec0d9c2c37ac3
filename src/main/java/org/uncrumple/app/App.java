package org.uncrumple.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.uncrumple.app.errors.ErrorLog;
import org.uncrumple.app.errors.UncaughtErrors;
import org.uncrumple.app.files.RecentFiles;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.look.WindowPlacement;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneException;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.view.TraceWorker;

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
  private MainWindow window;
  private ErrorLog errorLog;

  @Override
  public void start(Stage stage) {
    Preferences preferences = Preferences.userNodeForPackage(MainWindow.class);
    explorer = new Explorer();
    errorLog = ErrorLog.open(trouble -> Platform.runLater(() -> explorer.report(trouble)));
    new UncaughtErrors(errorLog, () -> stage).install();
    try {
      open(stage, preferences);
    } catch (RuntimeException e) {
      // JavaFX hands this to the launcher, which prints it; the log keeps it too.
      LOG.log(System.Logger.Level.ERROR, "The window could not open", e);
      throw e;
    }
  }

  private void open(Stage stage, Preferences preferences) {
    window = new MainWindow(explorer, new TraceWorker(), preferences);
    Scene scene = new Scene(window, 1280, 800);
    scene.getStylesheets().add(Stylesheet.explorer());
    stage.setScene(scene);
    stage.setMinWidth(900);
    stage.setMinHeight(600);
    explorer
        .sceneProperty()
        .addListener(
            (o, before, after) -> {
              if (after != null) {
                stage.setTitle("Uncrumple — " + after.spec().title());
              }
            });
    stage.setTitle("Uncrumple");
    WindowPlacement placement = new WindowPlacement(preferences);
    placement.restore(stage);
    stage.show();
    placement.track(stage);
    explorer.load(defaultScene());
    // Read on the loader thread (a big CSV takes seconds); a file that cannot be used is
    // explained in a dialog and the paper ball stays open.
    sceneToOpen(getParameters().getRaw(), new RecentFiles(preferences))
        .ifPresent(window.files()::open);
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

  private static LoadedScene defaultScene() {
    try {
      return LoadedScene.load(SceneReader.readBundled(DEFAULT_SCENE));
    } catch (SceneException e) {
      throw new IllegalStateException("the bundled default scene is broken: " + e.getMessage(), e);
    }
  }

  @Override
  public void stop() {
    if (window != null) {
      window.close();
    }
    if (explorer != null) {
      explorer.close();
    }
    if (errorLog != null) {
      errorLog.close();
    }
  }
}
