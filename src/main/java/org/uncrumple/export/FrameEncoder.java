package org.uncrumple.export;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Turns frames, in order, into a file (or files). Called from one thread at a time, the export's
 * encoder thread; an encoder may use further threads of its own.
 */
interface FrameEncoder extends AutoCloseable {
  /** Adds the next frame (ARGB, the size the encoder was made for). */
  void add(BufferedImage frame) throws IOException;

  /** Writes whatever is still pending; the output is complete afterwards. */
  void finish() throws IOException;

  /** Frees what the encoder holds; after a failure or a cancel, without finishing. */
  @Override
  void close() throws IOException;
}
