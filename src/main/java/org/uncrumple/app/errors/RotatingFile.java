package org.uncrumple.app.errors;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * A {@code java.util.logging} handler that appends to one file and, when it would grow past a size
 * limit, keeps the previous ones the way logrotate does: {@code uncrumple.log} is always the
 * newest, then {@code uncrumple.log.1}, {@code uncrumple.log.2}, … (JUL's own {@code FileHandler}
 * names the newest {@code uncrumple.log.0} and needs lock files).
 *
 * <p>A record that cannot be written is dropped: the program goes on, and the first failure (with
 * its reason) is handed to {@code trouble}, once. Later records try again, so a disk that had no
 * room is used again once it has some. Thread-safe: records come from any thread.
 */
final class RotatingFile extends Handler {
  private final Path file;
  private final long limit;
  private final int files;
  private final Consumer<String> trouble;
  private OutputStream out;
  private long written;
  private boolean troubleTold;

  /**
   * @param limit bytes one file may hold before it is rotated (a longer record still gets written)
   * @param files how many files are kept, the current one included
   * @param trouble told once, with a sentence, when the file cannot be written
   */
  RotatingFile(Path file, long limit, int files, Consumer<String> trouble) {
    this.file = file;
    this.limit = limit;
    this.files = files;
    this.trouble = trouble;
  }

  @Override
  public synchronized void publish(LogRecord record) {
    if (!isLoggable(record)) {
      return;
    }
    byte[] text = getFormatter().format(record).getBytes(StandardCharsets.UTF_8);
    try {
      if (out == null) {
        open();
      }
      if (written > 0 && written + text.length > limit) {
        rotate();
      }
      out.write(text);
      out.flush();
      written += text.length;
    } catch (IOException | RuntimeException e) {
      closeQuietly();
      if (!troubleTold) {
        troubleTold = true;
        trouble.accept(
            "The log file "
                + file
                + " cannot be written ("
                + e.getClass().getSimpleName()
                + ": "
                + e.getMessage()
                + ").");
      }
    }
  }

  private void open() throws IOException {
    Files.createDirectories(file.getParent());
    out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    written = Files.size(file);
  }

  /** uncrumple.log.2 → .3 … dropped past {@code files}; uncrumple.log → uncrumple.log.1. */
  private void rotate() throws IOException {
    out.close();
    out = null;
    Files.deleteIfExists(numbered(files - 1));
    for (int i = files - 2; i >= 1; i--) {
      if (Files.exists(numbered(i))) {
        Files.move(numbered(i), numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    if (files > 1) {
      Files.move(file, numbered(1), StandardCopyOption.REPLACE_EXISTING);
    } else {
      Files.delete(file);
    }
    open();
  }

  private Path numbered(int generation) {
    return file.resolveSibling(file.getFileName() + "." + generation);
  }

  private void closeQuietly() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException alreadyFailing) {
        // The failure that brought us here is the one reported; this one adds nothing.
      } finally {
        out = null;
      }
    }
  }

  /** Nothing to do: every record is flushed as it is written. */
  @Override
  public void flush() {}

  @Override
  public synchronized void close() {
    closeQuietly();
  }
}
