package org.uncrumple.app.lessons;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.lessons.Comparison;
import org.uncrumple.scene.SceneException;

/**
 * The Lessons menu: the loss landscape and the layer editor for the open scene, each in a window of
 * its own, and the side-by-side comparisons. The one entry point the main window needs.
 *
 * <p>FX thread only.
 */
public final class LessonsMenu {
  private LessonsMenu() {}

  /**
   * Builds the menu.
   *
   * @param explorer the main window's model; the landscape and the editor work on its scene
   * @param owner the window the lesson windows belong to (may supply null)
   * @param comparisons opens a comparison of two scenes side by side (the window shell knows how)
   * @return a menu to add to the main window's menu bar
   */
  public static Menu create(
      Explorer explorer, Supplier<Window> owner, ComparisonOpener comparisons) {
    Menu menu = new Menu("_Lessons");
    MenuItem landscape = new MenuItem("Loss _landscape…");
    landscape.setOnAction(e -> openLandscape(explorer, owner.get()));
    MenuItem editor = new MenuItem("Make a layer by _hand…");
    editor.setOnAction(e -> openEditor(explorer, owner.get()));
    MenuItem depth = new MenuItem("_Depth against width…");
    depth.setOnAction(
        e -> compare(explorer, comparisons, Comparison.DEPTH_AGAINST_WIDTH, owner.get()));
    MenuItem batches = new MenuItem("_Small and large batches…");
    batches.setOnAction(e -> compare(explorer, comparisons, Comparison.BATCH_SIZE, owner.get()));
    menu.getItems().addAll(landscape, editor, depth, batches);
    return menu;
  }

  /** The loss landscape of the explorer's scene in a window of its own. */
  static Stage openLandscape(Explorer explorer, Window owner) {
    if (explorer.scene() == null) {
      explorer.report("Open a scene first: the landscape is drawn around its network's weights.");
      return null;
    }
    ExecutorService worker = Executors.newSingleThreadExecutor(daemon("uncrumple-landscape"));
    LandscapePanel panel = new LandscapePanel(explorer, worker, 41, 1);
    Stage stage = window("Loss landscape — " + explorer.scene().spec().title(), panel, owner);
    stage.setOnHidden(
        e -> {
          panel.close();
          worker.shutdownNow();
        });
    return stage;
  }

  /** The layer editor for the explorer's scene in a window of its own. */
  static Stage openEditor(Explorer explorer, Window owner) {
    if (explorer.scene() == null || explorer.scene().architecture().hidden().isEmpty()) {
      explorer.report("Open a scene with a hidden layer first: the editor changes its weights.");
      return null;
    }
    LayerEditor editor = new LayerEditor(explorer);
    Stage stage =
        window("Make a layer by hand — " + explorer.scene().spec().title(), editor, owner);
    stage.setOnHidden(e -> editor.close());
    return stage;
  }

  private static void compare(
      Explorer explorer, ComparisonOpener comparisons, Comparison comparison, Window owner) {
    try {
      comparisons.open(comparison, owner);
    } catch (SceneException e) {
      explorer.report("The comparison could not be opened: " + e.getMessage());
    }
  }

  private static Stage window(String title, Parent content, Window owner) {
    Stage stage = new Stage();
    if (owner != null) {
      stage.initOwner(owner);
    }
    stage.setTitle(title);
    Scene scene = new Scene(content);
    scene.getStylesheets().add(Stylesheet.explorer());
    stage.setScene(scene);
    stage.show();
    return stage;
  }

  /** Named daemon threads, so a forgotten worker never keeps the program alive. */
  public static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
