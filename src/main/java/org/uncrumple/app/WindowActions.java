package org.uncrumple.app;

import static org.uncrumple.app.actions.Actions.Group.FILE;
import static org.uncrumple.app.actions.Actions.Group.HELP;
import static org.uncrumple.app.actions.Actions.Group.LESSONS;
import static org.uncrumple.app.actions.Actions.Group.VIEW;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.uncrumple.app.actions.Action;
import org.uncrumple.app.actions.Actions;
import org.uncrumple.app.actions.ShowToggles;
import org.uncrumple.app.files.ExportDialog;
import org.uncrumple.app.files.GalleryDialog;
import org.uncrumple.app.files.SceneFiles;
import org.uncrumple.app.help.AboutDialog;
import org.uncrumple.app.lessons.LessonsMenu;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.scene.BundledScenes;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneException;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.scene.Show;

/**
 * The main window's table of actions, from which the menus, the keys, the buttons' tooltips and the
 * help are made; the tour bar and the training panel add their own. A new command or on/off setting
 * is one line in its group (see {@link Actions}).
 *
 * <p>FX thread only.
 */
final class WindowActions {
  private static final String[] LESSON_KEYS = {
    "Shortcut+1", "Shortcut+2", "Shortcut+3", "Shortcut+4"
  };

  private final MainWindow window;
  private final Explorer explorer;
  private final SceneFiles files;

  private WindowActions(MainWindow window, Explorer explorer, SceneFiles files) {
    this.window = window;
    this.explorer = explorer;
    this.files = files;
  }

  /** The table for {@code window}, whose parts are all built. */
  static Actions of(MainWindow window, Explorer explorer, SceneFiles files) {
    return new WindowActions(window, explorer, files).table();
  }

  private Actions table() {
    Actions table = new Actions();
    addFileActions(table);
    window.tour.addActions(table);
    window.panel.addActions(table);
    table.add(
        VIEW, "Reset _camera", "Shortcut+0", "Put the camera back", window.viewport::resetView);
    table.toggle(
        VIEW,
        "_Presenter mode",
        "F11",
        "Presenter mode: full screen, large type",
        window.presenter.activeProperty());
    table.toggle(VIEW, "_Dark theme", "D", "Dark or light theme", window.theme.darkProperty());
    table.toggle(
        VIEW,
        "Smooth _edges",
        "Shift+E",
        "Smooth edges in the 3D view (off by itself where there is no graphics card: faster)",
        window.smoothEdges.onProperty());
    table.separator(VIEW);
    for (Show show : Show.values()) {
      table.toggle(
          VIEW,
          ShowToggles.LABELS.get(show),
          ShowToggles.KEYS.get(show),
          "Show " + show.meaning(),
          window.toggles.property(show));
    }
    window.grandTour.addActions(table);
    Menu lessons =
        LessonsMenu.create(
            explorer,
            this::owner,
            (comparison, owner) -> CompareWindow.open(comparison, owner, window.preferences()));
    for (int i = 0; i < lessons.getItems().size() && i < LESSON_KEYS.length; i++) {
      MenuItem lesson = lessons.getItems().get(i);
      table.add(
          LESSONS,
          lesson.getText(),
          LESSON_KEYS[i],
          "Open the lesson " + lesson.getText().replace("_", "").replace("…", ""),
          lesson::fire);
    }
    table.add(
        HELP,
        "_Keyboard shortcuts",
        "F1",
        "Show or hide this list of keys",
        window.help::toggle,
        "?");
    table.add(
        HELP,
        "_About Uncrumple",
        "Shortcut+F1",
        "Version, licence and the libraries inside",
        () -> AboutDialog.show(owner()));
    table.addAll(window.presenter.keys());
    window.help.list(table.all());
    return table;
  }

  private void addFileActions(Actions table) {
    table.add(
        FILE,
        "_New from the gallery…",
        "Shortcut+N",
        "Open a lesson from the gallery",
        this::openGallery);
    table.add(
        FILE,
        "_Open…",
        "Shortcut+O",
        "Open a scene or your own points (CSV)",
        files::chooseAndOpen);
    table.submenu(FILE, files.recentMenu());
    table.separator(FILE);
    table.add(
        FILE,
        "_Save scene as…",
        "Shortcut+Shift+S",
        "Save the scene with its trained weights",
        files::chooseAndSaveScene);
    table.add(
        FILE, "Save _model…", "Shortcut+M", "Save the trained weights", files::chooseAndSaveModel);
    table.add(
        FILE, "_Load model…", "Shortcut+L", "Load trained weights", files::chooseAndLoadModel);
    table.separator(FILE);
    table.add(
        FILE,
        "_Export animation…",
        "Shortcut+E",
        "Film the view: MP4, GIF or PNG",
        this::exportAnimation);
    Action picture =
        table.add(
            FILE, "Save _picture…", "Shortcut+S", "Save a picture of the view", this::savePicture);
    window.tour.picture.setOnAction(e -> savePicture());
    Actions.explain(window.tour.picture, picture);
    table.add(
        FILE,
        "Export layer _coordinates…",
        "Shortcut+K",
        "Save every stage's coordinates as CSV",
        files::chooseAndExportLayers);
    table.separator(FILE);
    table.add(FILE, "_Quit", "Shortcut+Q", "Close the window", () -> owner().hide());
  }

  private Window owner() {
    return window.getScene() == null ? null : window.getScene().getWindow();
  }

  private ExportDialog exportDialog() {
    return new ExportDialog(
        explorer, window.viewport.getCameraPose(), owner(), window.toggles.current());
  }

  private void exportAnimation() {
    exportDialog().show();
  }

  private void savePicture() {
    exportDialog().forStill().show();
  }

  private void openGallery() {
    try {
      List<BundledScenes.Entry> entries = BundledScenes.entries();
      new GalleryDialog(entries, owner())
          .choose()
          .ifPresent(
              entry ->
                  files.openBundled(() -> LoadedScene.load(SceneReader.readBundled(entry.file()))));
    } catch (SceneException e) {
      explorer.report(e.getMessage());
    }
  }
}
