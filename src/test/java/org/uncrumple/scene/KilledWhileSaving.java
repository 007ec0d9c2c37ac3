package org.uncrumple.scene;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;

/**
 * The child process of {@link KilledSaveTest}: saves a model to the file named first, and with
 * "hang" as the second argument stops for good once its first 16 KB are on the disk, after saying
 * so on its output, so the test can kill it right there.
 */
final class KilledWhileSaving {
  private KilledWhileSaving() {}

  /** Said once {@link #PART} bytes of the model are on the disk. */
  static final String PARTLY = "partly written";

  static final int PART = 16 * 1024;

  /** The model the child saves: several times {@link #PART}. */
  static Network network() {
    List<LayerSpec> hidden =
        List.of(new LayerSpec(64, Activation.TANH), new LayerSpec(64, Activation.TANH));
    return Network.initialise(new Architecture(3, hidden, 2), 5);
  }

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    boolean hang = args.length > 1 && args[1].equals("hang");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Storage storage = hang ? new Hanging(out) : Storage.DISK;
    ModelFile.write(file, network(), List.of("a", "b"), storage);
    out.println("saved");
  }

  /** The real disk, until {@link #PART} bytes are on it; then the writing thread stops for good. */
  private static final class Hanging implements Storage {
    private final PrintStream out;

    Hanging(PrintStream out) {
      this.out = out;
    }

    @Override
    public SeekableByteChannel open(Path file) throws IOException {
      SeekableByteChannel disk = Storage.super.open(file);
      return new SeekableByteChannel() {
        private long written;

        @Override
        public int write(ByteBuffer source) throws IOException {
          int limit = source.limit();
          source.limit((int) Math.min(limit, source.position() + PART - written));
          int n = disk.write(source);
          source.limit(limit);
          written += n;
          if (written >= PART) {
            out.println(PARTLY);
            while (true) {
              try {
                Thread.sleep(Long.MAX_VALUE);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
              }
            }
          }
          return n;
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
      };
    }
  }
}
