package org.uncrumple.app.errors;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.uncrumple.app.look.Stylesheet;

/**
 * What becomes of an exception that nothing caught, on any thread, the FX thread included: it is
 * logged with its stack trace (so it ends in the {@link ErrorLog} file), and an error dialog on the
 * FX thread says what failed, where, and where the log file is. The program keeps running.
 *
 * <p>One dialog at a time: errors that come while one is open are only logged, so an error in every
 * frame cannot open a dialog a frame.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
  /** The style class of the error dialog's pane. */
  static final String STYLE_CLASS = "uncaught-error";

  private static final System.Logger LOG = System.getLogger(UncaughtErrors.class.getName());

  private final ErrorLog log;
  private final Supplier<Window> owner;

  /** The dialog on screen, or null; FX thread only. */
  private Alert open;

  /**
   * @param owner the window the dialog belongs to, or null (read on the FX thread)
   */
  public UncaughtErrors(ErrorLog log, Supplier<Window> owner) {
    this.log = log;
    this.owner = owner;
  }

  /** Makes this the handler of every thread that has none of its own. */
  public void install() {
    Thread.setDefaultUncaughtExceptionHandler(this);
  }

  @Override
  public void uncaughtException(Thread thread, Throwable error) {
    LOG.log(
        System.Logger.Level.ERROR, "Uncaught on the thread \"" + thread.getName() + "\"", error);
    String what = describe(thread, error);
    if (Platform.isFxApplicationThread()) {
      show(what, error);
      return;
    }
    try {
      Platform.runLater(() -> show(what, error));
    } catch (IllegalStateException toolkitGone) {
      // The window has closed: the error is in the log and there is nowhere to show it.
      LOG.log(System.Logger.Level.INFO, "No window to show the error in: " + toolkitGone);
    }
  }

  /**
   * What failed and where: the exception and its message, the first frame of the program's own code
   * (or the top frame), and the thread, e.g. {@code IllegalStateException: no points} / {@code in
   * MainWindow.frame (MainWindow.java:312) on the thread "JavaFX Application Thread"}.
   */
  static String describe(Thread thread, Throwable error) {
    StringBuilder text = new StringBuilder(error.getClass().getSimpleName());
    if (error.getMessage() != null) {
      text.append(": ").append(error.getMessage());
    }
    StackTraceElement[] frames = error.getStackTrace();
    StackTraceElement where = frames.length == 0 ? null : frames[0];
    for (StackTraceElement frame : frames) {
      if (frame.getClassName().startsWith("org.uncrumple.")) {
        where = frame;
        break;
      }
    }
    text.append('\n');
    if (where != null) {
      String type = where.getClassName();
      text.append("in ")
          .append(type.substring(type.lastIndexOf('.') + 1))
          .append('.')
          .append(where.getMethodName())
          .append(" (")
          .append(where.getFileName())
          .append(':')
          .append(where.getLineNumber())
          .append(") ");
    }
    return text.append("on the thread \"").append(thread.getName()).append('"').toString();
  }

  /** FX thread. */
  private void show(String what, Throwable error) {
    if (open != null) {
      return;
    }
    try {
      Alert alert = new Alert(Alert.AlertType.ERROR);
      alert.setTitle("Uncrumple");
      alert.setHeaderText("Something went wrong");
      alert.setContentText(
          what
              + "\n\nUncrumple keeps running, but what it was doing may not have finished. "
              + log.trouble()
                  .map(trouble -> trouble + " The details are only on the console.")
                  .orElse("The details are in " + log.file() + "."));
      TextArea details = new TextArea(ErrorLog.stackTrace(error));
      details.setEditable(false);
      alert.getDialogPane().setExpandableContent(details);
      alert.getDialogPane().getStylesheets().add(Stylesheet.explorer());
      alert.getDialogPane().getStyleClass().add(STYLE_CLASS);
      Window window = owner.get();
      if (window != null && window.isShowing()) {
        alert.initOwner(window);
      }
      alert.setOnHidden(e -> open = null);
      open = alert;
      alert.show();
    } catch (RuntimeException e) {
      // Thrown back from here, it would come to this handler again.
      open = null;
      LOG.log(System.Logger.Level.ERROR, "The error dialog could not be shown", e);
    }
  }
}
