package org.uncrumple.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.uncrumple.scene.Storage;

/**
 * PNG files, one per frame, compressed on worker threads while later frames are captured: PNG's
 * deflate is the slow part and frames are independent. Opaque frames are written as RGB, frames
 * with a transparent background as RGBA. The bytes depend only on the pixels (no time stamps).
 */
final class PngEncoder implements FrameEncoder {
  /**
   * The JDK's PNG writer turns a compression quality q into deflate level 9 × (1 − q): 0.85 gives
   * level 1 whether that is rounded or cut off.
   */
  private static final float FAST_DEFLATE_QUALITY = 0.85f;

  private final IntFunction<Path> file;
  private final Storage storage;
  private final boolean alpha;
  private final ExecutorService workers;
  private final int inFlight;
  private final Deque<Future<?>> pending = new ArrayDeque<>();
  private volatile boolean abandoned;
  private int next;

  /**
   * @param file where frame {@code i} (0-based) goes
   * @param alpha whether to keep the alpha channel (a transparent background)
   * @param workers threads that compress; at most {@code inFlight} frames wait for them
   */
  PngEncoder(IntFunction<Path> file, boolean alpha, ExecutorService workers, int inFlight) {
    this(file, alpha, workers, inFlight, Storage.DISK);
  }

  /** Writes every frame through {@code storage}, each synced to the disk once written. */
  PngEncoder(
      IntFunction<Path> file,
      boolean alpha,
      ExecutorService workers,
      int inFlight,
      Storage storage) {
    this.storage = storage;
    this.file = file;
    this.alpha = alpha;
    this.workers = workers;
    this.inFlight = Math.max(1, inFlight);
  }

  @Override
  public void add(BufferedImage frame) throws IOException {
    while (pending.size() >= inFlight) {
      await(pending.removeFirst());
    }
    Path target = file.apply(next++);
    BufferedImage image = alpha ? frame : opaqueView(frame);
    pending.addLast(
        workers.submit(
            () -> {
              if (abandoned) {
                return;
              }
              try {
                write(image, target, storage);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }));
  }

  @Override
  public void finish() throws IOException {
    while (!pending.isEmpty()) {
      await(pending.removeFirst());
    }
  }

  /**
   * Frames not yet begun are dropped; frames being written are waited for, so no worker writes into
   * the export's folder once this returns (the export deletes it next). Their errors are not
   * reported: the export failed or was cancelled already.
   */
  @Override
  public void close() {
    abandoned = true;
    boolean interrupted = false;
    while (!pending.isEmpty()) {
      try {
        pending.peekFirst().get();
        pending.removeFirst();
      } catch (ExecutionException | CancellationException failed) {
        // Already reported, or not needed: the export is being abandoned.
        pending.removeFirst();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Writes one PNG with fast deflate (level 1): about 1.5 times as fast as the writer's default
   * level 4 on frames like these, for files about a third larger.
   */
  private static void write(BufferedImage image, Path target, Storage storage) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream out = new ChannelImageOutputStream(storage.open(target))) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(FAST_DEFLATE_QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    storage.sync(target);
  }

  /** The same pixels as RGB without alpha, sharing the ARGB image's memory. */
  static BufferedImage opaqueView(BufferedImage argb) {
    DataBufferInt data = (DataBufferInt) argb.getRaster().getDataBuffer();
    int[] masks = {0xff0000, 0xff00, 0xff};
    WritableRaster raster =
        Raster.createPackedRaster(
            data, argb.getWidth(), argb.getHeight(), argb.getWidth(), masks, null);
    return new BufferedImage(
        new DirectColorModel(24, masks[0], masks[1], masks[2]), raster, false, null);
  }

  private static void await(Future<?> write) throws IOException {
    try {
      write.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException unchecked) {
        throw unchecked.getCause();
      }
      throw new IOException(cause.getMessage(), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while writing PNG frames");
    }
  }
}
