package org.uncrumple.app.files;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.data.ReadProgress;

/**
 * A small window that shows how far the reading of a file is, with a Cancel button. It appears only
 * when the reading takes longer than {@link #DELAY}, so small files open without a flash.
 *
 * <p>The loader thread calls {@link #update} and {@link #cancelled}; they only store the newest
 * figures and read a flag, and at most one repaint waits on the FX thread at a time. Everything
 * else runs on the FX thread.
 */
final class LoadProgressWindow implements ReadProgress {
  /** How long a reading runs before the window appears. */
  static final Duration DELAY = Duration.millis(300);

  /** The id of the Cancel button. */
  static final String CANCEL_ID = "load-cancel";

  /** The id of the line of text saying how far the reading is. */
  static final String TEXT_ID = "load-progress-text";

  private static final double COUNTING_SHARE = 0.2;

  private final String fileName;
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final AtomicReference<long[]> latest = new AtomicReference<>();
  private final AtomicBoolean repaintWaiting = new AtomicBoolean();
  private final Stage stage = new Stage();
  private final ProgressBar bar = new ProgressBar(0);
  private final Label text = new Label();
  private final PauseTransition delay = new PauseTransition(DELAY);
  private boolean closed;

  /** Builds the window and shows it after the delay (FX thread). */
  LoadProgressWindow(String fileName, Window owner) {
    this.fileName = fileName;
    text.setId(TEXT_ID);
    text.setText("Opening " + fileName + "…");
    bar.setPrefWidth(360);
    Button cancel = new Button("Cancel");
    cancel.setId(CANCEL_ID);
    cancel.setCancelButton(true);
    cancel.setOnAction(
        e -> {
          cancelled.set(true);
          text.setText("Cancelling…");
          cancel.setDisable(true);
        });
    VBox box = new VBox(10, text, bar, cancel);
    box.setPadding(new Insets(16));
    Scene scene = new Scene(box);
    scene.getStylesheets().add(Stylesheet.explorer());
    stage.setScene(scene);
    stage.setTitle("Opening " + fileName);
    if (owner != null) {
      stage.initOwner(owner);
    }
    stage.setOnCloseRequest(
        e -> {
          cancelled.set(true);
          e.consume();
        });
    delay.setOnFinished(
        e -> {
          if (!closed) {
            stage.show();
          }
        });
    delay.play();
  }

  @Override
  public void update(Pass pass, long rows, long bytes, long fileBytes) {
    latest.set(new long[] {pass.ordinal(), rows, bytes, fileBytes});
    if (repaintWaiting.compareAndSet(false, true)) {
      Platform.runLater(this::repaint);
    }
  }

  @Override
  public boolean cancelled() {
    return cancelled.get();
  }

  /** Whether the window is on screen (FX thread). */
  boolean showing() {
    return stage.isShowing();
  }

  /** Closes the window, shown or not (FX thread). */
  void close() {
    closed = true;
    delay.stop();
    stage.hide();
  }

  private void repaint() {
    repaintWaiting.set(false);
    long[] figures = latest.get();
    if (figures == null || closed || cancelled.get()) {
      return;
    }
    boolean counting = figures[0] == Pass.COUNTING.ordinal();
    double share = figures[3] > 0 ? Math.min(1, (double) figures[2] / figures[3]) : 0;
    bar.setProgress(
        counting ? COUNTING_SHARE * share : COUNTING_SHARE + (1 - COUNTING_SHARE) * share);
    String of = megabytes(figures[2]) + " of " + megabytes(figures[3]);
    text.setText(
        counting
            ? String.format("Counting the lines of %s: %s", fileName, of)
            : String.format("Reading %s: %,d rows, %s", fileName, figures[1], of));
  }

  private static String megabytes(long bytes) {
    return String.format("%,.0f MB", bytes / 1e6);
  }
}
