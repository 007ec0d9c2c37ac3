package org.uncrumple.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneException;
import org.uncrumple.scene.SceneReader;

/**
 * The Uncrumple window. Opens the scene named on the command line, or the bundled paper ball; a
 * scene that cannot be opened is explained in a dialog and the paper ball opens instead.
 */
public final class App extends Application {
  /** The scene a window opens on when none is named. */
  public static final String DEFAULT_SCENE = org.uncrumple.scene.BundledScenes.DEFAULT;

  private static final System.Logger LOG = System.getLogger(App.class.getName());

  private Explorer explorer;
  private MainWindow window;

  @Override
  public void start(Stage stage) {
    explorer = new Explorer();
    window = new MainWindow(explorer, new TraceWorker());
    Scene scene = new Scene(window, 1280, 800);
    scene.getStylesheets().add(stylesheet());
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
    stage.show();
    explorer.load(initialScene(getParameters().getRaw()));
  }

  /** The explorer's stylesheet, shared by the window and its dialogs. */
  static String stylesheet() {
    return Objects.requireNonNull(App.class.getResource("explorer.css")).toExternalForm();
  }

  private LoadedScene initialScene(List<String> arguments) {
    if (!arguments.isEmpty()) {
      try {
        return LoadedScene.open(Path.of(arguments.get(0)));
      } catch (SceneException e) {
        LOG.log(System.Logger.Level.WARNING, e.getMessage(), e);
        showError(
            "This scene cannot be opened", e.getMessage() + "\n\nThe paper ball opens instead.");
      }
    }
    try {
      return LoadedScene.load(SceneReader.readBundled(DEFAULT_SCENE));
    } catch (SceneException e) {
      throw new IllegalStateException("the bundled default scene is broken: " + e.getMessage(), e);
    }
  }

  private static void showError(String header, String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR, message);
    alert.setHeaderText(header);
    alert.setTitle("Uncrumple");
    alert.getDialogPane().getStylesheets().add(stylesheet());
    alert.showAndWait();
  }

  @Override
  public void stop() {
    if (window != null) {
      window.close();
    }
    if (explorer != null) {
      explorer.close();
    }
  }
}
