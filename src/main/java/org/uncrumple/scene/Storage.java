package org.uncrumple.scene;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where the program's files are written: the one way every writer (scenes, models, layer
 * coordinates, exported clips) makes its temporary file and opens it. The program uses {@link
 * #DISK}; tests put a full disk, a read-only folder or a process killed mid-write in its place.
 */
public interface Storage {
  /** The real file system. */
  Storage DISK = new Storage() {};

  /**
   * Makes a new, empty temporary file in {@code folder}, named {@code prefix…suffix}, with the
   * folder's default permissions (the file keeps them when it is moved into place).
   */
  default Path createTemporary(Path folder, String prefix, String suffix) throws IOException {
    return Files.createFile(folder.resolve(prefix + TemporaryNames.next() + suffix));
  }

  /** Makes a new, empty temporary folder in {@code folder}, named {@code prefix…suffix}. */
  default Path createTemporaryFolder(Path folder, String prefix, String suffix) throws IOException {
    return Files.createDirectory(folder.resolve(prefix + TemporaryNames.next() + suffix));
  }

  /**
   * Opens {@code file} for writing from its start, creating it if needed; it can be read back too
   * (image writers read a partial byte back to add bits to it).
   */
  default SeekableByteChannel open(Path file) throws IOException {
    return FileChannel.open(
        file,
        StandardOpenOption.CREATE,
        StandardOpenOption.READ,
        StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  /**
   * Makes what was written to {@code file} durable before it is moved into place, so a power cut
   * after the move finds the new bytes, not an empty file.
   */
  default void sync(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }
}
