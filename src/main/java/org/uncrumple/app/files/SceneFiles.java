package org.uncrumple.app.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.data.CsvImport;
import org.uncrumple.data.ReadCancelledException;
import org.uncrumple.nn.Network;
import org.uncrumple.scene.LayerCoordinates;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.ModelFile;
import org.uncrumple.scene.SceneException;
import org.uncrumple.scene.SceneSpec;
import org.uncrumple.scene.SceneWriter;

/**
 * Opening and saving: scenes and CSV files (File › Open, drag and drop, recent files), scenes with
 * their trained weights (Save scene as), and models (Save and Load model).
 *
 * <p>Files are read on the loader executor, never on the FX thread; what was read is handed to the
 * {@link Explorer} on the FX thread. A file that cannot be used is explained in a dialog and the
 * scene that was open stays open, untouched.
 */
public final class SceneFiles {
  private static final System.Logger LOG = System.getLogger(SceneFiles.class.getName());

  private final Explorer explorer;
  private final Supplier<SceneSpec> current;
  private final RecentFiles recent;
  private final Executor loader;
  private final Supplier<Window> window;

  /** The id of the Open recent submenu. */
  public static final String RECENT_MENU_ID = "recent-files";

  private final Menu recentMenu = new Menu("Open _recent");
  private Path lastFolder;

  /**
   * @param current the open scene as it is now (settings, camera, stage, weights), for saving
   * @param loader where files are read; a background executor in the window, direct in tests
   */
  public SceneFiles(
      Explorer explorer,
      Supplier<SceneSpec> current,
      RecentFiles recent,
      Executor loader,
      Supplier<Window> window) {
    this.explorer = explorer;
    this.current = current;
    this.recent = recent;
    this.loader = loader;
    this.window = window;
    recentMenu.setId(RECENT_MENU_ID);
    refreshRecent();
  }

  public Menu recentMenu() {
    return recentMenu;
  }

  /**
   * Reads a scene or CSV on the loader, then opens it; on failure a dialog, nothing changes. While
   * it reads, a small window shows how far it is and can cancel it; a cancelled reading changes
   * nothing either, and says so.
   */
  public void open(Path file) {
    String name = String.valueOf(file.getFileName());
    LoadProgressWindow progress = new LoadProgressWindow(name, window.get());
    loader.execute(
        () -> {
          try {
            LoadedScene loaded = LoadedScene.open(file, progress);
            Platform.runLater(
                () -> {
                  progress.close();
                  explorer.load(loaded);
                  LOG.log(
                      System.Logger.Level.INFO,
                      "Opened " + name + ": " + CsvImport.holding(loaded.dataset()));
                  recent.add(file);
                  refreshRecent();
                });
          } catch (ReadCancelledException e) {
            LOG.log(System.Logger.Level.INFO, e.getMessage());
            Platform.runLater(
                () -> {
                  progress.close();
                  notice(
                      "Opening cancelled",
                      name + " was not opened; the scene that was open stays as it was.");
                });
          } catch (SceneException e) {
            LOG.log(System.Logger.Level.INFO, e.getMessage());
            Platform.runLater(
                () -> {
                  progress.close();
                  error("This file cannot be opened", e.getMessage());
                });
          } catch (RuntimeException | OutOfMemoryError e) {
            LOG.log(System.Logger.Level.ERROR, "unexpected failure opening " + file, e);
            Platform.runLater(
                () -> {
                  progress.close();
                  error("This file cannot be opened", file + ": " + e);
                });
          }
        });
  }

  /** Opens a bundled scene by file name (the gallery). */
  public void openBundled(LoadedSceneSource source) {
    loader.execute(
        () -> {
          try {
            LoadedScene loaded = source.load();
            Platform.runLater(() -> explorer.load(loaded));
          } catch (SceneException e) {
            LOG.log(System.Logger.Level.INFO, e.getMessage());
            Platform.runLater(() -> error("This scene cannot be opened", e.getMessage()));
          } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "unexpected failure opening a scene", e);
            Platform.runLater(() -> error("This scene cannot be opened", e.toString()));
          }
        });
  }

  /** A way to build a scene that may fail with a message. */
  public interface LoadedSceneSource {
    LoadedScene load() throws SceneException;
  }

  public void chooseAndOpen() {
    FileChooser chooser = chooser("Open a scene or your own points");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("Scenes and points", "*.yaml", "*.yml", "*.csv"),
            new FileChooser.ExtensionFilter("All files", "*.*"));
    File file = chooser.showOpenDialog(window.get());
    if (file != null) {
      remember(file);
      open(file.toPath());
    }
  }

  public void chooseAndSaveScene() {
    FileChooser chooser = chooser("Save the scene with its trained weights");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scene", "*.yaml"));
    chooser.setInitialFileName(fileName(current.get().title()) + ".yaml");
    File file = chooser.showSaveDialog(window.get());
    if (file != null) {
      remember(file);
      saveScene(file.toPath());
    }
  }

  /** Saves the open scene as it is now; it joins the recent files only once it is saved. */
  void saveScene(Path file) {
    SceneSpec scene = current.get();
    if (save(() -> SceneWriter.write(file, scene), "The scene could not be saved")) {
      recent.add(file);
      refreshRecent();
    }
  }

  public void chooseAndSaveModel() {
    FileChooser chooser = chooser("Save the trained model");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Model", "*.json"));
    chooser.setInitialFileName(fileName(current.get().title()) + "-model.json");
    File file = chooser.showSaveDialog(window.get());
    if (file != null) {
      remember(file);
      Network network = explorer.snapshot().copyOfNetwork();
      List<String> classes = explorer.scene().dataset().classNames();
      save(() -> ModelFile.write(file.toPath(), network, classes), "The model could not be saved");
    }
  }

  public void chooseAndLoadModel() {
    FileChooser chooser = chooser("Load a trained model into this scene");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Model", "*.json"));
    File file = chooser.showOpenDialog(window.get());
    if (file != null) {
      remember(file);
      loadModel(file.toPath());
    }
  }

  /** Reads a model; if it fits the open scene's network, training goes on from its weights. */
  void loadModel(Path file) {
    LoadedScene scene = explorer.scene();
    loader.execute(
        () -> {
          try {
            ModelFile.Model model = ModelFile.read(file);
            String problem = Models.mismatch(model.network().architecture(), scene.architecture());
            if (problem != null) {
              throw new SceneException(file.getFileName() + ": " + problem);
            }
            LoadedScene withWeights =
                new LoadedScene(
                    scene.spec().withWeights(model.network()).withRunning(false),
                    scene.dataset(),
                    scene.architecture());
            Platform.runLater(() -> explorer.load(withWeights));
          } catch (SceneException e) {
            Platform.runLater(() -> error("This model cannot be loaded", e.getMessage()));
          }
        });
  }

  public void chooseAndExportLayers() {
    FileChooser chooser = chooser("Export every stage's coordinates of every point");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
    chooser.setInitialFileName(fileName(current.get().title()) + "-layers.csv");
    File file = chooser.showSaveDialog(window.get());
    if (file != null) {
      remember(file);
      exportLayers(file.toPath());
    }
  }

  /** Writes every stage's coordinates of the scene's points under the newest weights (loader). */
  void exportLayers(Path file) {
    Network network = explorer.snapshot().copyOfNetwork();
    org.uncrumple.data.Dataset data = explorer.scene().dataset();
    loader.execute(
        () -> {
          try {
            LayerCoordinates.write(
                file, network, data.points(), data.size(), data.labels(), data.classNames());
          } catch (SceneException e) {
            Platform.runLater(() -> error("The coordinates could not be exported", e.getMessage()));
          }
        });
  }

  /** Accepts scene and CSV files dragged onto the window. */
  public void dragOver(DragEvent event) {
    if (event.getDragboard().hasFiles()
        && event.getDragboard().getFiles().stream()
            .anyMatch(f -> LoadedScene.isSceneFile(f.toPath()))) {
      event.acceptTransferModes(TransferMode.COPY);
    }
    event.consume();
  }

  public void dropped(DragEvent event) {
    boolean done = false;
    if (event.getDragboard().hasFiles()) {
      for (File file : event.getDragboard().getFiles()) {
        if (LoadedScene.isSceneFile(file.toPath())) {
          open(file.toPath());
          done = true;
          break;
        }
      }
    }
    event.setDropCompleted(done);
    event.consume();
  }

  private interface Saving {
    void run() throws SceneException;
  }

  /** Runs a save; a failure is logged and explained in a dialog. Whether it saved. */
  private boolean save(Saving saving, String header) {
    try {
      saving.run();
      return true;
    } catch (SceneException e) {
      LOG.log(System.Logger.Level.WARNING, e.getMessage(), e);
      error(header, e.getMessage());
      return false;
    }
  }

  private void refreshRecent() {
    recentMenu.getItems().clear();
    List<Path> files = recent.list();
    for (Path file : files) {
      MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
      item.setMnemonicParsing(false);
      item.setOnAction(
          e -> {
            if (Files.exists(file)) {
              open(file);
            } else {
              recent.remove(file);
              refreshRecent();
              error("This file is gone", file + " no longer exists; it was removed from the list.");
            }
          });
      recentMenu.getItems().add(item);
    }
    if (files.isEmpty()) {
      MenuItem none = new MenuItem("No recent files");
      none.setDisable(true);
      recentMenu.getItems().add(none);
    } else {
      MenuItem clear = new MenuItem("Clear the list");
      clear.setOnAction(
          e -> {
            files.forEach(recent::remove);
            refreshRecent();
          });
      recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
    }
  }

  private FileChooser chooser(String title) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    if (lastFolder != null && Files.isDirectory(lastFolder)) {
      chooser.setInitialDirectory(lastFolder.toFile());
    } else if (Files.isDirectory(Path.of("scenes"))) {
      chooser.setInitialDirectory(Path.of("scenes").toAbsolutePath().toFile());
    } else if (installedScenes() != null) {
      chooser.setInitialDirectory(installedScenes().toFile());
    }
    return chooser;
  }

  /**
   * The scenes folder of the installed program (lib/app/scenes beside bin/uncrumple, whose path the
   * jpackage launcher puts in {@code jpackage.app-path}), or null when not run from it.
   */
  private static Path installedScenes() {
    String launcher = System.getProperty("jpackage.app-path");
    if (launcher == null) {
      return null;
    }
    Path scenes = Path.of(launcher).toAbsolutePath().getParent().resolveSibling("lib/app/scenes");
    return Files.isDirectory(scenes) ? scenes : null;
  }

  private void remember(File file) {
    lastFolder = file.toPath().toAbsolutePath().getParent();
  }

  static String fileName(String title) {
    String name = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    name = name.replaceAll("^-+|-+$", "");
    return name.isEmpty() ? "scene" : name;
  }

  private void error(String header, String message) {
    show(Alert.AlertType.ERROR, header, message);
  }

  private void notice(String header, String message) {
    show(Alert.AlertType.INFORMATION, header, message);
  }

  private void show(Alert.AlertType type, String header, String message) {
    Alert alert = new Alert(type, message);
    alert.setHeaderText(header);
    alert.setTitle("Uncrumple");
    alert.getDialogPane().getStylesheets().add(Stylesheet.explorer());
    Window owner = window.get();
    if (owner != null) {
      alert.initOwner(owner);
    }
    alert.show();
  }
}
