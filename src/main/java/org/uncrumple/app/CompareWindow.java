package org.uncrumple.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.uncrumple.app.lessons.LandscapePanel;
import org.uncrumple.app.lessons.LessonsMenu;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.lessons.Comparison;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneException;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.train.Snapshot;
import org.uncrumple.view.TraceWorker;

/**
 * Two scenes side by side, each with its own explorer, trainer and 3D view (a {@link MainWindow}
 * without its menu bar), a header per side with the architecture, the number of weights and the
 * live accuracy, the comparison's caption on top and buttons that train, pause or reset both.
 *
 * <p>FX thread only. Closing the window stops both trainers and both trace workers.
 */
public final class CompareWindow extends BorderPane implements AutoCloseable {
  public final Button trainBoth = new Button("Train both");
  public final Button pauseBoth = new Button("Pause both");
  final Button resetBoth = new Button("Reset both");
  public final List<Side> sides = new ArrayList<>();
  private ExecutorService landscapes;

  /** One half: its explorer, its window and its header. */
  public static final class Side extends BorderPane {
    public final Explorer explorer = new Explorer();
    public final MainWindow window;
    public final Label header = new Label();
    public final Label figures = new Label();
    LandscapePanel landscape;

    Side(LoadedScene scene, Preferences preferences) {
      window = new MainWindow(explorer, new TraceWorker(), preferences);
      // The two halves share one window: their menus would fight over the same shortcuts, so
      // the buttons above drive both instead. Removed before the bar is ever shown, so it
      // registers no accelerators.
      if (window.getTop() instanceof VBox top) {
        top.getChildren().removeIf(node -> node instanceof MenuBar);
      }
      header.getStyleClass().add("compare-header");
      header.setText(
          String.format(
              "%s — %s, %d weights and biases",
              scene.spec().title(), scene.architecture().describe(), parameters(scene)));
      explorer.figuresProperty().addListener((o, before, after) -> showFigures(after));
      setTop(new VBox(2, header, figures));
      setCenter(window);
      explorer.load(scene);
      showFigures(explorer.figuresProperty().get());
    }

    private void showFigures(Snapshot snapshot) {
      if (snapshot != null) {
        figures.setText(
            String.format(
                "step %,d · accuracy %.1f %% · loss %.4f",
                snapshot.step(), 100 * snapshot.accuracy(), snapshot.loss()));
      }
    }

    private static int parameters(LoadedScene scene) {
      int count = 0;
      for (int l = 0; l < scene.architecture().layerCount(); l++) {
        count += scene.architecture().width(l) * (scene.architecture().inputWidth(l) + 1);
      }
      return count;
    }

    void close() {
      window.close();
      explorer.close();
    }
  }

  /**
   * Builds both sides from loaded scenes.
   *
   * @param comparison the caption and whether to show landscapes
   * @param left the scene on the left
   * @param right the scene on the right
   * @param preferences where the halves read the theme (the main window's)
   */
  public CompareWindow(
      Comparison comparison, LoadedScene left, LoadedScene right, Preferences preferences) {
    getStyleClass().add("compare-window");
    Label caption = new Label(comparison.caption());
    caption.setWrapText(true);
    caption.getStyleClass().add("compare-caption");
    HBox buttons = new HBox(8, trainBoth, pauseBoth, resetBoth);
    VBox top = new VBox(6, caption, buttons);
    top.setPadding(new Insets(8));
    setTop(top);
    SplitPane split = new SplitPane();
    split.setOrientation(Orientation.HORIZONTAL);
    for (LoadedScene scene : List.of(left, right)) {
      Side side = new Side(scene, preferences);
      sides.add(side);
      split.getItems().add(side);
    }
    setCenter(split);
    if (comparison.landscapes()) {
      landscapes = Executors.newSingleThreadExecutor(LessonsMenu.daemon("uncrumple-landscape"));
      for (Side side : sides) {
        side.landscape = new LandscapePanel(side.explorer, landscapes, 31, 1);
        side.setBottom(side.landscape);
      }
    }
    trainBoth.setOnAction(e -> sides.forEach(s -> s.explorer.train()));
    pauseBoth.setOnAction(e -> sides.forEach(s -> s.explorer.pause()));
    resetBoth.setOnAction(e -> sides.forEach(s -> s.explorer.reset()));
  }

  /**
   * Opens a comparison of two bundled scenes in a window of its own.
   *
   * @param owner the main window, or null
   * @param preferences the main window's
   * @return the stage, shown
   * @throws SceneException if a bundled scene cannot be read
   */
  static Stage open(Comparison comparison, Window owner, Preferences preferences)
      throws SceneException {
    LoadedScene left = LoadedScene.load(SceneReader.readBundled(comparison.left()));
    LoadedScene right = LoadedScene.load(SceneReader.readBundled(comparison.right()));
    CompareWindow pane = new CompareWindow(comparison, left, right, preferences);
    Stage stage = new Stage();
    if (owner != null) {
      stage.initOwner(owner);
    }
    stage.setTitle("Uncrumple — " + comparison.title());
    Scene scene = new Scene(pane, 1600, comparison.landscapes() ? 1000 : 850);
    scene.getStylesheets().add(Stylesheet.explorer());
    stage.setScene(scene);
    stage.setOnHidden(e -> pane.close());
    stage.show();
    return stage;
  }

  @Override
  public void close() {
    sides.forEach(Side::close);
    if (landscapes != null) {
      landscapes.shutdownNow();
    }
  }
}
