package org.uncrumple.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.uncrumple.scene.Storage;

/**
 * A disk that misbehaves, put where the program writes ({@link Storage}): it fills up after a
 * number of bytes (the write that crosses the limit writes what fits, then fails as Linux does, "No
 * space left on device"), or its folders are read-only or forbidden, or the last byte never reaches
 * it. Everything else is the real disk.
 */
public final class FaultyStorage implements Storage {
  /** What goes wrong. */
  public enum Fault {
    FULL,
    /**
     * Full, and the write that finds it so also closes the file's channel, as an interrupt of the
     * writing thread does: every later write fails with {@link
     * java.nio.channels.ClosedChannelException}.
     */
    FULL_THEN_CLOSED,
    READ_ONLY,
    PERMISSION_DENIED,
    SYNC_FAILS
  }

  private final Fault fault;
  private final long room;
  private long written;

  private FaultyStorage(Fault fault, long room) {
    this.fault = fault;
    this.room = room;
  }

  /** A disk with room for {@code bytes} more bytes, shared by every file written through it. */
  public static FaultyStorage fullAfter(long bytes) {
    return new FaultyStorage(Fault.FULL, bytes);
  }

  /**
   * Like {@link #fullAfter}, but the failed write closes the file ({@link Fault#FULL_THEN_CLOSED}).
   */
  public static FaultyStorage fullAfterThenClosed(long bytes) {
    return new FaultyStorage(Fault.FULL_THEN_CLOSED, bytes);
  }

  /** A disk whose folders take no new files. */
  public static FaultyStorage failing(Fault fault) {
    return new FaultyStorage(fault, Long.MAX_VALUE);
  }

  /** Bytes the program got onto this disk (before it filled). */
  public synchronized long written() {
    return written;
  }

  @Override
  public Path createTemporary(Path folder, String prefix, String suffix) throws IOException {
    refuseNewFiles(folder);
    return Storage.super.createTemporary(folder, prefix, suffix);
  }

  @Override
  public Path createTemporaryFolder(Path folder, String prefix, String suffix) throws IOException {
    refuseNewFiles(folder);
    return Storage.super.createTemporaryFolder(folder, prefix, suffix);
  }

  private void refuseNewFiles(Path folder) throws IOException {
    if (fault == Fault.READ_ONLY) {
      throw new FileSystemException(folder.toString(), null, "Read-only file system");
    }
    if (fault == Fault.PERMISSION_DENIED) {
      throw new AccessDeniedException(folder.toString());
    }
  }

  @Override
  public SeekableByteChannel open(Path file) throws IOException {
    if (fault == Fault.READ_ONLY || fault == Fault.PERMISSION_DENIED) {
      refuseNewFiles(file.getParent());
    }
    return new Filling(Storage.super.open(file));
  }

  @Override
  public void sync(Path file) throws IOException {
    if (fault == Fault.SYNC_FAILS) {
      throw new IOException("Input/output error");
    }
    Storage.super.sync(file);
  }

  /** The real channel, until the disk is full. */
  private final class Filling implements SeekableByteChannel {
    private final SeekableByteChannel disk;

    Filling(SeekableByteChannel disk) {
      this.disk = disk;
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
      synchronized (FaultyStorage.this) {
        long left = room - written;
        if (left <= 0 && source.hasRemaining()) {
          if (fault == Fault.FULL_THEN_CLOSED) {
            disk.close();
          }
          throw new IOException("No space left on device");
        }
        int limit = source.limit();
        if (source.remaining() > left) {
          source.limit(source.position() + (int) left);
        }
        try {
          int n = disk.write(source);
          written += n;
          return n;
        } finally {
          source.limit(limit);
        }
      }
    }

    @Override
    public int read(ByteBuffer target) throws IOException {
      return disk.read(target);
    }

    @Override
    public long position() throws IOException {
      return disk.position();
    }

    @Override
    public SeekableByteChannel position(long at) throws IOException {
      disk.position(at);
      return this;
    }

    @Override
    public long size() throws IOException {
      return disk.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) throws IOException {
      disk.truncate(size);
      return this;
    }

    @Override
    public boolean isOpen() {
      return disk.isOpen();
    }

    @Override
    public void close() throws IOException {
      disk.close();
    }
  }

  /** Whether {@code folder} holds only {@code expected} (no temporary or partial file). */
  public static boolean holdsOnly(Path folder, Path... expected) throws IOException {
    try (var files = Files.list(folder)) {
      return files.sorted().toList().equals(java.util.Arrays.stream(expected).sorted().toList());
    }
  }
}
