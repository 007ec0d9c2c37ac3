package org.uncrumple.scene;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Replaces a file so that nothing is lost whatever happens meanwhile: the new content is written to
 * a temporary file beside the target ({@code .NAME.*.part}), made durable, and moved over the
 * target in one step. A full disk, a read-only folder or an error leaves the old file as it was and
 * no partial file behind; a process killed in the middle leaves the old file or the new one, never
 * a mixture (at most a stray {@code .part} file).
 */
public final class AtomicWrite {
  private static final int BUFFER = 64 * 1024;
  private static final System.Logger LOG = System.getLogger(AtomicWrite.class.getName());

  private AtomicWrite() {}

  /** What fills the temporary file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code bytes} to {@code file} (see the class comment). */
  public static void write(Path file, Storage storage, byte[] bytes) throws IOException {
    write(file, storage, out -> out.write(bytes));
  }

  /**
   * Writes {@code content} to {@code file} (see the class comment); content too big to hold in
   * memory streams to the disk this way.
   *
   * @throws IOException when the file cannot be written; the old file is then unchanged
   */
  public static void write(Path file, Storage storage, Content content) throws IOException {
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    Path temporary = null;
    try {
      temporary = storage.createTemporary(folder, "." + target.getFileName() + ".", ".part");
      try (SeekableByteChannel channel = storage.open(temporary);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER)) {
        content.writeTo(out);
      }
      storage.sync(temporary);
      try {
        Files.move(
            temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
      syncFolder(folder);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temporary, e);
      throw e;
    }
  }

  /**
   * Why a file could not be written, in words for the user, and what became of it: "the disk is
   * full (No space left on device); the old file is unchanged".
   *
   * @param existed whether the target existed before the write began
   */
  public static String explain(IOException e, Path target, boolean existed) {
    return reason(e, target)
        + (existed ? "; the old file is unchanged" : "; no file was left behind");
  }

  /**
   * Why a file could not be written: "the disk is full (No space left on device)". Writers that
   * wrap the system's error (the image writers: "I/O error writing PNG file!") are looked through
   * to the error they wrap.
   */
  public static String reason(IOException e, Path target) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException inner) {
        String known = reasonOf(inner, target);
        if (known != null) {
          return known;
        }
      }
    }
    String known = reasonOf(e, target);
    if (known != null) {
      return known;
    }
    String detail =
        e instanceof FileSystemException fs && fs.getReason() != null
            ? fs.getReason()
            : e.getMessage();
    return detail == null ? e.getClass().getSimpleName() : detail;
  }

  /** The reason in words when {@code e} is one the user can act on, else null. */
  private static String reasonOf(IOException e, Path target) {
    Path folder = target.toAbsolutePath().getParent();
    String detail =
        e instanceof FileSystemException fs && fs.getReason() != null
            ? fs.getReason()
            : e.getMessage();
    String lower = detail == null ? "" : detail.toLowerCase(Locale.ROOT);
    if (lower.contains("no space left") || lower.contains("disk quota")) {
      return "the disk is full (" + detail + ")";
    }
    if (lower.contains("read-only file system")) {
      return "the folder " + folder + " is on a read-only disk";
    }
    if (e instanceof AccessDeniedException || lower.contains("permission denied")) {
      return "permission denied: the folder " + folder + " cannot be written to";
    }
    if (e instanceof NoSuchFileException && !Files.isDirectory(folder)) {
      return "the folder " + folder + " does not exist";
    }
    return null;
  }

  /**
   * Makes the move itself durable (the folder's entry); where a folder cannot be opened that way,
   * the move stands as the file system keeps it.
   */
  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException notSupported) {
      // Some systems (Windows) do not open folders as files; the file's own bytes are synced.
      LOG.log(System.Logger.Level.DEBUG, "cannot sync the folder " + folder, notSupported);
    }
  }

  static void deleteQuietly(Path temporary, Exception cause) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }
}
