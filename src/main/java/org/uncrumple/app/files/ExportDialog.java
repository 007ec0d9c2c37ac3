package org.uncrumple.app.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.export.ClipKind;
import org.uncrumple.export.ExportException;
import org.uncrumple.export.ExportJob;
import org.uncrumple.export.ExportProgress;
import org.uncrumple.export.ExportRequest;
import org.uncrumple.export.ExportThreads;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.Show;
import org.uncrumple.train.Snapshot;
import org.uncrumple.view.CameraPose;

/**
 * File › Export animation…: the clip, the file (its extension picks MP4, GIF or PNG), the size,
 * frames per second, length, captions and background; a progress bar with the time left and Cancel.
 * The export runs on its own thread and draws on the FX thread between the window's frames, so the
 * window stays usable. The tour, orbit and still film the window's current weights, stage and
 * camera; a time-lapse trains again from the scene's seed.
 *
 * <p>FX thread only, apart from the export's own thread, which reaches the dialog only through
 * {@link Platform#runLater}.
 */
public final class ExportDialog {
  private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
  private static final List<String> SIZES =
      List.of("640x360", "1280x720", "1920x1080", "3840x2160", "640x400", "1080x1080");

  private static final Map<ClipKind, String> CLIP_NAMES =
      Map.of(
          ClipKind.TOUR, "Layer tour, input to output",
          ClipKind.TIMELAPSE, "Training time-lapse (trains again from the seed)",
          ClipKind.ORBIT, "Orbit around the current stage",
          ClipKind.STILL, "Still picture of the current stage");

  private final Stage stage = new Stage();
  private final ChoiceBox<ClipKind> clip = new ChoiceBox<>();
  private final TextField file = new TextField();
  private final Button browse = new Button("Choose…");
  private final ChoiceBox<String> size = new ChoiceBox<>();
  private final Spinner<Integer> fps = new Spinner<>(1, 60, 30);
  private final Spinner<Double> seconds = new Spinner<>(1.0, 120.0, 8.0, 1.0);
  private final CheckBox captions = new CheckBox("Captions in the picture");
  private final ChoiceBox<String> background = new ChoiceBox<>();
  private final ProgressBar bar = new ProgressBar(0);
  private final Label status = new Label("Ready.");
  private final Button export = new Button("Export");
  private final Button cancel = new Button("Close");
  private final Explorer explorer;
  private final CameraPose pose;
  private Set<Show> show = Show.DEFAULT;
  private ExportJob running;

  /**
   * @param explorer the window's model: its scene, weights and stage are filmed
   * @param pose the window's camera
   * @param owner the window the dialog belongs to
   */
  public ExportDialog(Explorer explorer, CameraPose pose, Window owner) {
    this(explorer, pose, owner, Show.DEFAULT);
  }

  /**
   * @param show what the window draws now (points, sheets, lattice, surface): the film draws the
   *     same
   */
  public ExportDialog(Explorer explorer, CameraPose pose, Window owner, Set<Show> show) {
    this.show = Set.copyOf(show);
    this.explorer = explorer;
    this.pose = pose;
    clip.getItems().setAll(ClipKind.values());
    clip.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(ClipKind kind) {
            return kind == null ? "" : CLIP_NAMES.get(kind);
          }

          @Override
          public ClipKind fromString(String text) {
            throw new UnsupportedOperationException("clips are picked, not typed");
          }
        });
    clip.setValue(ClipKind.TOUR);
    file.setPrefColumnCount(30);
    size.getItems().setAll(SIZES);
    size.setValue("1280x720");
    background.getItems().setAll("window", "white", "transparent (PNG)");
    background.setValue("window");
    captions.setSelected(true);
    fps.setEditable(true);
    seconds.setEditable(true);
    file.setText(Path.of(System.getProperty("user.home"), "uncrumple-tour.mp4").toString());
    HBox.setHgrow(file, Priority.ALWAYS);

    GridPane form = new GridPane();
    form.getStyleClass().add("form");
    form.addRow(0, new Label("Clip"), clip);
    form.addRow(1, new Label("File"), new HBox(6, file, browse));
    form.addRow(2, new Label("Size"), size);
    form.addRow(3, new Label("Frames per second"), fps);
    form.addRow(4, new Label("Seconds (orbit, time-lapse)"), seconds);
    form.addRow(5, new Label("Background"), background);
    form.add(captions, 1, 6);
    status.getStyleClass().add("status");
    status.setWrapText(true);
    bar.setMaxWidth(Double.MAX_VALUE);
    HBox buttons = new HBox(8, export, cancel);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    export.setDefaultButton(true);
    VBox root = new VBox(form, bar, status, buttons);
    root.getStyleClass().add("export-dialog");

    Scene scene = new Scene(root);
    scene.getStylesheets().add(Stylesheet.explorer());
    scene
        .getStylesheets()
        .add(Objects.requireNonNull(getClass().getResource("export-dialog.css")).toExternalForm());
    stage.setScene(scene);
    stage.setTitle("Export animation");
    stage.initOwner(owner);
    stage.initModality(Modality.NONE);

    clip.valueProperty().addListener((o, before, after) -> suggestName(after));
    browse.setOnAction(e -> choose());
    export.setOnAction(e -> start());
    cancel.setOnAction(e -> cancelOrClose());
    stage.setOnCloseRequest(e -> cancelRunning());
  }

  /** Opens the dialog for a still picture (PNG) of the current view. */
  public ExportDialog forStill() {
    clip.setValue(ClipKind.STILL);
    return this;
  }

  public void show() {
    stage.show();
    stage.toFront();
  }

  /**
   * Fills the form as a user would, for the soak and tests: the clip, the file, the size (one of
   * the listed, such as "640x360"), frames per second and seconds.
   */
  public ExportDialog fill(
      ClipKind kind, Path out, String pixels, int framesPerSecond, double length) {
    clip.setValue(kind);
    file.setText(out.toString());
    size.setValue(pixels);
    fps.getValueFactory().setValue(framesPerSecond);
    seconds.getValueFactory().setValue(length);
    return this;
  }

  /** Presses Export. */
  public void pressExport() {
    export.fire();
  }

  /** Whether an export is running. */
  public boolean isExporting() {
    return running != null;
  }

  /** The status line: progress, "Done: …" or what went wrong. */
  public String status() {
    return status.getText();
  }

  /** Presses Close (Cancel while an export runs). */
  public void pressClose() {
    cancel.fire();
  }

  private void suggestName(ClipKind kind) {
    Path current = Path.of(file.getText());
    String extension =
        kind == ClipKind.STILL
            ? "png"
            : current.toString().endsWith(".png") ? "mp4" : extension(current);
    Path folder = current.getParent() == null ? Path.of(".") : current.getParent();
    file.setText(folder.resolve("uncrumple-" + kind.id() + "." + extension).toString());
  }

  private static String extension(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "mp4" : name.substring(dot + 1);
  }

  private void choose() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export to");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("MP4 video", "*.mp4"),
            new FileChooser.ExtensionFilter("Animated GIF", "*.gif"),
            new FileChooser.ExtensionFilter("PNG pictures", "*.png"));
    Path current = Path.of(file.getText());
    if (current.getParent() != null && Files.isDirectory(current.getParent())) {
      chooser.setInitialDirectory(current.getParent().toFile());
    }
    chooser.setInitialFileName(current.getFileName().toString());
    File chosen = chooser.showSaveDialog(stage);
    if (chosen != null) {
      file.setText(chosen.getPath());
    }
  }

  private void start() {
    LoadedScene scene = explorer.scene();
    if (scene == null || running != null) {
      return;
    }
    ExportRequest request;
    try {
      request = request();
      request.validate();
    } catch (ExportException | IllegalArgumentException e) {
      show(e.getMessage(), true);
      return;
    }
    if (Files.exists(request.out()) && !confirmReplace(request.out())) {
      return;
    }
    request = request.toBuilder().force(true).build();
    Snapshot weights = request.clip() == ClipKind.TIMELAPSE ? null : explorer.snapshot();
    ExportThreads threads = ExportThreads.standard();
    ExportJob job = new ExportJob(request, scene, weights, threads);
    running = job;
    setRunning(true);
    AtomicReference<ExportProgress> latest = new AtomicReference<>();
    Thread worker =
        new Thread(
            () -> {
              String message;
              boolean error = false;
              try {
                List<Path> files = job.run(p -> publish(latest, p));
                message =
                    "Done: "
                        + files.get(0)
                        + (files.size() > 1 ? " and " + (files.size() - 1) + " more" : "");
              } catch (ExportException e) {
                message = e.getMessage();
                error = true;
              } catch (CancellationException e) {
                message = "Cancelled; nothing was written.";
              } catch (RuntimeException e) {
                message = "The export failed: " + e;
                error = true;
              } finally {
                threads.close();
              }
              String text = message;
              boolean failed = error;
              Platform.runLater(() -> finished(text, failed));
            },
            "uncrumple-export");
    worker.setDaemon(true);
    worker.start();
  }

  /** Export thread: hands the newest progress to the FX thread, at most one hand-over pending. */
  private void publish(AtomicReference<ExportProgress> latest, ExportProgress progress) {
    if (latest.getAndSet(progress) == null) {
      Platform.runLater(
          () -> {
            ExportProgress newest = latest.getAndSet(null);
            if (newest != null && running != null) {
              bar.setProgress(newest.fraction());
              show(newest.describe(), false);
            }
          });
    }
  }

  private ExportRequest request() {
    String[] wh = size.getValue().split("x");
    int stageShown = explorer.navigator().nearestStage();
    Color fill =
        switch (background.getValue()) {
          case "white" -> Color.WHITE;
          case "transparent (PNG)" -> Color.TRANSPARENT;
          default -> null;
        };
    return ExportRequest.builder(clip.getValue(), Path.of(file.getText().trim()))
        .size(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]))
        .fps(fps.getValue())
        .seconds(seconds.getValue())
        .stage(clip.getValue() == ClipKind.TIMELAPSE ? null : Integer.toString(stageShown))
        .captions(captions.isSelected())
        .background(fill)
        .pose(pose)
        .show(show)
        .build();
  }

  private boolean confirmReplace(Path out) {
    Alert alert =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            out + " exists already. Replace it when the export is done?",
            ButtonType.CANCEL,
            ButtonType.OK);
    alert.setHeaderText("Replace the file?");
    alert.initOwner(stage);
    return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
  }

  private void cancelOrClose() {
    if (running != null) {
      cancelRunning();
    } else {
      stage.close();
    }
  }

  private void cancelRunning() {
    if (running != null) {
      running.cancel();
      show("Cancelling…", false);
    }
  }

  private void finished(String message, boolean error) {
    running = null;
    setRunning(false);
    bar.setProgress(error ? 0 : 1);
    show(message, error);
  }

  private void setRunning(boolean on) {
    export.setDisable(on);
    clip.setDisable(on);
    file.setDisable(on);
    browse.setDisable(on);
    cancel.setText(on ? "Cancel" : "Close");
    if (on) {
      bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
    }
  }

  private void show(String message, boolean error) {
    status.setText(message);
    status.pseudoClassStateChanged(ERROR, error);
  }
}
