package org.uncrumple.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import javax.imageio.stream.ImageOutputStreamImpl;

/**
 * An image output stream for {@code javax.imageio}'s writers onto a channel that {@link
 * org.uncrumple.scene.Storage} opened, so GIF and PNG files are written where every other file is
 * (a full disk then fails them as it fails any other write). Writes are gathered in a buffer of
 * {@value #BUFFER} bytes; the writers seek back only to fill in lengths, which goes through the
 * channel's position.
 */
final class ChannelImageOutputStream extends ImageOutputStreamImpl {
  private static final int BUFFER = 64 * 1024;

  private final SeekableByteChannel channel;
  private final ByteBuffer pending = ByteBuffer.allocate(BUFFER);

  /** Where the bytes in {@link #pending} start in the file. */
  private long pendingAt;

  ChannelImageOutputStream(SeekableByteChannel channel) {
    this.channel = channel;
  }

  @Override
  public void write(int b) throws IOException {
    flushBits();
    place();
    if (!pending.hasRemaining()) {
      drain();
    }
    pending.put((byte) b);
    streamPos++;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    flushBits();
    place();
    if (len > pending.remaining()) {
      drain();
    }
    if (len > pending.capacity()) {
      writeFully(ByteBuffer.wrap(b, off, len), streamPos);
    } else {
      pending.put(b, off, len);
    }
    streamPos += len;
  }

  /** Starts a new buffer where the stream is now if the buffered bytes do not end there. */
  private void place() throws IOException {
    if (pendingAt + pending.position() != streamPos) {
      drain();
      pendingAt = streamPos;
    }
  }

  /** Writes the buffered bytes to the channel; afterwards the buffer starts at the stream. */
  private void drain() throws IOException {
    if (pending.position() > 0) {
      pending.flip();
      writeFully(pending, pendingAt);
      pending.clear();
    }
    pendingAt = streamPos;
  }

  private void writeFully(ByteBuffer bytes, long at) throws IOException {
    channel.position(at);
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  /** Reads back what was written (writing bits reads the partial byte); rare, so unbuffered. */
  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    checkClosed();
    bitOffset = 0;
    drain();
    channel.position(streamPos);
    int n = channel.read(ByteBuffer.wrap(b, off, len));
    if (n > 0) {
      streamPos += n;
    }
    return n;
  }

  @Override
  public long length() {
    try {
      return Math.max(channel.size(), pendingAt + pending.position());
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public void flush() throws IOException {
    super.flush();
    drain();
  }

  @Override
  public void close() throws IOException {
    try {
      drain();
    } finally {
      super.close();
      channel.close();
    }
  }
}
