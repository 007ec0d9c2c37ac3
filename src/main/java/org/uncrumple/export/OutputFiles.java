package org.uncrumple.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.uncrumple.scene.AtomicWrite;
import org.uncrumple.scene.Storage;

/**
 * Where an export's files go, written safely: everything is first written under a temporary name in
 * the target's own folder, then moved into place in one step at the end, so a cancel, an error or a
 * full disk leaves no partial file behind. Existing files are replaced only when asked to.
 *
 * <p>One file (MP4, GIF, a still PNG) is written as {@code .NAME.*.part} and renamed. A PNG
 * sequence is written into a temporary folder {@code .NAME.*.part} and its frames are moved out as
 * {@code STEM-0001.png}, {@code STEM-0002.png}, … (at least four digits).
 */
final class OutputFiles {
  private final Path target;
  private final List<Path> finals;
  private final boolean sequence;
  private final boolean replace;
  private final Storage storage;
  private final boolean existed;
  private Path temporary;
  private String leftBehind;

  private OutputFiles(
      Path target, List<Path> finals, boolean sequence, boolean replace, Storage storage) {
    this.target = target;
    this.finals = finals;
    this.sequence = sequence;
    this.replace = replace;
    this.storage = storage;
    this.existed = finals.stream().anyMatch(Files::exists);
  }

  /**
   * Plans the output and checks it can be written.
   *
   * @param frames how many frames; a PNG with more than one becomes a numbered sequence
   * @param force whether existing files may be replaced
   * @throws ExportException if a file exists and {@code force} is off, or the folder is missing
   */
  static OutputFiles plan(Path out, ExportFormat format, int frames, boolean force)
      throws ExportException {
    return plan(out, format, frames, force, Storage.DISK);
  }

  /** {@link #plan(Path, ExportFormat, int, boolean)}, the files made through {@code storage}. */
  static OutputFiles plan(Path out, ExportFormat format, int frames, boolean force, Storage storage)
      throws ExportException {
    Path target = out.toAbsolutePath().normalize();
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new ExportException(out + ": the folder " + folder + " does not exist");
    }
    boolean sequence = format == ExportFormat.PNG && frames > 1;
    List<Path> finals = sequence ? sequenceNames(target, frames) : List.of(target);
    if (!force) {
      for (Path file : finals) {
        if (Files.exists(file)) {
          throw new ExportException(
              file
                  + " exists already; choose another name or replace it"
                  + " (--force on the command line)");
        }
      }
    }
    return new OutputFiles(target, finals, sequence, force, storage);
  }

  /** STEM-0001.png … for a sequence of {@code frames} frames written as {@code STEM.png}. */
  static List<Path> sequenceNames(Path target, int frames) {
    String name = target.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : "";
    int digits = Math.max(4, String.valueOf(frames).length());
    List<Path> names = new ArrayList<>(frames);
    for (int i = 1; i <= frames; i++) {
      names.add(
          target.resolveSibling(
              String.format(Locale.ROOT, "%s-%0" + digits + "d%s", stem, i, extension)));
    }
    return List.copyOf(names);
  }

  /** The files the export leaves when it succeeds. */
  List<Path> finals() {
    return finals;
  }

  /**
   * Creates the temporary file (or folder, for a sequence) to write into.
   *
   * @return the temporary file, or the temporary folder of a sequence
   */
  Path open() throws ExportException {
    // Made with the default permissions (createTempFile would make them private to the user,
    // and the move would keep that).
    Path folder = target.getParent();
    String prefix = "." + target.getFileName() + ".";
    try {
      temporary =
          sequence
              ? storage.createTemporaryFolder(folder, prefix, ".part")
              : storage.createTemporary(folder, prefix, ".part");
      return temporary;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** Where frame {@code i} (0-based) of a sequence is written before the move. */
  Path temporaryFrame(int i) {
    return temporary.resolve(finals.get(i).getFileName());
  }

  /**
   * Moves the finished output into place. If a move fails, the frames already moved are deleted
   * again and the temporary files too.
   */
  void commit() throws ExportException {
    List<Path> moved = new ArrayList<>();
    try {
      if (sequence) {
        for (int i = 0; i < finals.size(); i++) {
          move(temporaryFrame(i), finals.get(i));
          moved.add(finals.get(i));
        }
        Files.delete(temporary);
      } else {
        move(temporary, target);
      }
      temporary = null;
    } catch (IOException e) {
      ExportException failure = failure(e);
      for (Path file : moved) {
        deleteQuietly(file, failure);
      }
      discard();
      throw failure;
    }
  }

  /**
   * Deletes whatever was written; safe to call more than once. Never throws: a file that cannot be
   * removed is named by {@link #leftBehind} and by the next {@link #failure}.
   */
  void discard() {
    if (temporary == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(temporary)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
      temporary = null;
      leftBehind = null;
    } catch (NoSuchFileException gone) {
      temporary = null;
      leftBehind = null;
    } catch (IOException e) {
      leftBehind = "the temporary " + temporary + " could not be removed (" + e + ")";
    }
  }

  /** What {@link #discard} could not remove and why, or null when nothing was left. */
  String leftBehind() {
    return leftBehind;
  }

  private void move(Path from, Path to) throws IOException {
    CopyOption[] atomic =
        replace
            ? new CopyOption[] {StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING}
            : new CopyOption[] {StandardCopyOption.ATOMIC_MOVE};
    if (!replace && Files.exists(to)) {
      throw new FileAlreadyExistsException(to.toString(), null, "it appeared during the export");
    }
    try {
      Files.move(from, to, atomic);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(
          from,
          to,
          replace ? new CopyOption[] {StandardCopyOption.REPLACE_EXISTING} : new CopyOption[0]);
    }
  }

  /** A message that says what went wrong with the output, for the user. */
  ExportException failure(IOException e) {
    String reason =
        e instanceof FileAlreadyExistsException exists
            ? exists.getFile() + " exists already"
            : AtomicWrite.reason(e, target);
    return new ExportException(
        target
            + ": could not be written ("
            + reason
            + "); "
            + (leftBehind == null ? "nothing was left behind" : leftBehind)
            + (existed ? (leftBehind == null ? " and " : "; ") + "the old file is unchanged" : ""),
        e);
  }

  private static void deleteQuietly(Path file, Exception into) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      into.addSuppressed(e);
    }
  }
}
