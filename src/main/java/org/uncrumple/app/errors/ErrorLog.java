package org.uncrumple.app.errors;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.uncrumple.app.help.ProgramVersion;

/**
 * The per-user log file that the window's problems end in, so that a teacher can send it: {@code
 * $XDG_STATE_HOME/uncrumple/uncrumple.log}, or {@code ~/.local/state/uncrumple/uncrumple.log} when
 * that variable is unset (the XDG Base Directory specification), or the folder named by the system
 * property {@value #FOLDER_PROPERTY}. It holds at most {@value #FILES} files of about 1 MB: {@code
 * uncrumple.log} and the older {@code uncrumple.log.1} and {@code .2}.
 *
 * <p>Every record of level INFO and above logged through {@code System.Logger} (whose default
 * backend is {@code java.util.logging}) goes to the file as well as to the console. If the file
 * cannot be written — a read-only home, a full disk — the program keeps running, and the {@code
 * onTrouble} callback is told once.
 */
public final class ErrorLog implements AutoCloseable {
  /** A system property naming the folder of the log file instead (tests use a temporary one). */
  public static final String FOLDER_PROPERTY = "uncrumple.logDir";

  static final String FILE_NAME = "uncrumple.log";
  static final long FILE_LIMIT = 1_000_000;
  static final int FILES = 3;

  private static final System.Logger LOG = System.getLogger(ErrorLog.class.getName());

  private final Path file;
  private final RotatingFile handler;
  private final Logger root = Logger.getLogger("");
  private volatile String trouble;

  /**
   * Starts logging to {@code folder}/uncrumple.log and writes a first line, so a file that cannot
   * be written is known at once.
   *
   * @param onTrouble told once, with a sentence, when the file cannot be written; on any thread
   */
  ErrorLog(Path folder, long limit, Consumer<String> onTrouble) {
    file = folder.resolve(FILE_NAME);
    handler =
        new RotatingFile(
            file,
            limit,
            FILES,
            message -> {
              this.trouble = message;
              LOG.log(System.Logger.Level.WARNING, message + " Errors are shown but not kept.");
              onTrouble.accept(message);
            });
    handler.setFormatter(new LineFormatter());
    handler.setLevel(Level.INFO);
    root.addHandler(handler);
    // Into the file only: the console need not hear of every start.
    LogRecord started =
        new LogRecord(
            Level.INFO,
            "Uncrumple "
                + ProgramVersion.get()
                + " started (Java "
                + System.getProperty("java.version")
                + ", "
                + System.getProperty("os.name")
                + ")");
    started.setLoggerName(ErrorLog.class.getName());
    handler.publish(started);
  }

  /** Logs to the folder of {@link #folder(Function, Function)} for this user and machine. */
  public static ErrorLog open(Consumer<String> onTrouble) {
    return new ErrorLog(folder(System::getenv, System::getProperty), FILE_LIMIT, onTrouble);
  }

  /**
   * The folder of the log file: the {@value #FOLDER_PROPERTY} property, else {@code
   * $XDG_STATE_HOME/uncrumple}, else {@code ~/.local/state/uncrumple}.
   */
  static Path folder(Function<String, String> environment, Function<String, String> properties) {
    String chosen = properties.apply(FOLDER_PROPERTY);
    if (chosen != null && !chosen.isBlank()) {
      return Path.of(chosen);
    }
    String state = environment.apply("XDG_STATE_HOME");
    // The specification: a relative path in the variable is invalid and is ignored.
    if (state != null && !state.isBlank() && Path.of(state).isAbsolute()) {
      return Path.of(state, "uncrumple");
    }
    return Path.of(properties.apply("user.home"), ".local", "state", "uncrumple");
  }

  /** The current log file (it may not exist if it cannot be written). */
  public Path file() {
    return file;
  }

  /** Why the log file cannot be written, if it could not be the last time it was tried. */
  public Optional<String> trouble() {
    return Optional.ofNullable(trouble);
  }

  @Override
  public void close() {
    root.removeHandler(handler);
    handler.close();
  }

  /** One line a record: time, level, logger, message; then the stack trace, if any. */
  private static final class LineFormatter extends Formatter {
    private static final DateTimeFormatter TIME =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    @Override
    public String format(LogRecord record) {
      StringBuilder line =
          new StringBuilder()
              .append(TIME.format(record.getInstant()))
              .append(' ')
              .append(record.getLevel().getName())
              .append(' ')
              .append(record.getLoggerName())
              .append(": ")
              .append(formatMessage(record))
              .append(System.lineSeparator());
      if (record.getThrown() != null) {
        line.append(stackTrace(record.getThrown()));
      }
      return line.toString();
    }
  }

  /** The stack trace as Java prints it, causes and suppressed exceptions included. */
  static String stackTrace(Throwable error) {
    StringWriter trace = new StringWriter();
    // Into a string, as JUL's SimpleFormatter does; nothing is printed.
    error.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
