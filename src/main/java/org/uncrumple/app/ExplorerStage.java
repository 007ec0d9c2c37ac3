package org.uncrumple.app;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.uncrumple.app.files.RecentFiles;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.look.WindowPlacement;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneException;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.view.TraceWorker;

/**
 * The explorer window on its stage, as the program opens it: the paper ball first, then the scene
 * named on the command line or the one opened last time; the window's place, theme and recent files
 * remembered in the preferences given (the user's in the program, a node of their own in tests and
 * the soak). FX thread only.
 */
final class ExplorerStage implements AutoCloseable {
  final Explorer explorer;
  final MainWindow window;
  final Stage stage;

  /**
   * Builds the window into {@code stage}, shows it and opens the first scenes.
   *
   * @param arguments the command line's: a scene file to open, or none
   */
  ExplorerStage(Stage stage, Explorer explorer, Preferences preferences, List<String> arguments) {
    this.stage = stage;
    this.explorer = explorer;
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
    App.sceneToOpen(arguments, new RecentFiles(preferences)).ifPresent(window.files()::open);
  }

  static LoadedScene defaultScene() {
    try {
      return LoadedScene.load(SceneReader.readBundled(App.DEFAULT_SCENE));
    } catch (SceneException e) {
      throw new IllegalStateException("the bundled default scene is broken: " + e.getMessage(), e);
    }
  }

  /** Stops the window's timer, workers and trainer; the stage is closed by whoever closes it. */
  @Override
  public void close() {
    window.close();
    explorer.close();
  }
}
