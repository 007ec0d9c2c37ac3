package org.uncrumple.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.uncrumple.scene.Storage;

/**
 * An animated GIF that loops forever, written with {@code javax.imageio}.
 *
 * <p>Every frame is mapped to one fixed {@link GifPalette} made from the first frame. To keep files
 * small, a frame is stored only as the rectangle that changed since the previous one, with its
 * unchanged pixels transparent, and a frame identical to the previous one only lengthens that
 * frame's delay. Delays are in hundredths of a second, rounded so that they add up to the clip's
 * length. Looping needs the NETSCAPE2.0 application extension on the first frame.
 */
final class GifEncoder implements FrameEncoder {
  private final ImageOutputStream stream;
  private final Path file;
  private final Storage storage;
  private final ImageWriter writer;
  private final int width;
  private final int height;
  private final int fps;
  private GifPalette palette;
  private byte[] shown;
  private byte[] current;
  private final List<int[]> samples = new ArrayList<>();
  private Pending pending;
  private int frames;
  private int written;

  /** A frame waiting to be written until its delay is known. */
  private record Pending(BufferedImage image, int x, int y, int startCentis) {}

  GifEncoder(Path file, int width, int height, int fps) throws IOException {
    this(file, width, height, fps, Storage.DISK);
  }

  /** Writes {@code file} through {@code storage}, synced to the disk when finished. */
  GifEncoder(Path file, int width, int height, int fps, Storage storage) throws IOException {
    this.width = width;
    this.height = height;
    this.fps = fps;
    this.file = file;
    this.storage = storage;
    writer = ImageIO.getImageWritersByFormatName("gif").next();
    stream = new ChannelImageOutputStream(storage.open(file));
    writer.setOutput(stream);
  }

  /** Frames written to the file so far (identical frames count once). */
  int written() {
    return written;
  }

  /**
   * Shows the encoder a frame from later in the clip, before the first {@link #add}, so that its
   * colours get into the palette too.
   */
  void samplePalette(BufferedImage frame) {
    samples.add(((DataBufferInt) frame.getRaster().getDataBuffer()).getData().clone());
  }

  @Override
  public void add(BufferedImage frame) throws IOException {
    int[] argb = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
    if (palette == null) {
      samples.add(0, argb);
      palette = GifPalette.forFrames(samples);
      samples.clear();
      writer.prepareWriteSequence(streamMetadata());
      shown = new byte[width * height];
      current = new byte[width * height];
    }
    for (int i = 0; i < current.length; i++) {
      current[i] = (byte) palette.index(argb[i]);
    }
    int start = centis(frames++);
    if (pending == null) {
      queue(0, 0, width, height, start, false);
      return;
    }
    int[] box = changedBox();
    if (box == null) {
      return;
    }
    flush(start);
    queue(box[0], box[1], box[2], box[3], start, true);
  }

  @Override
  public void finish() throws IOException {
    if (pending != null) {
      flush(centis(frames));
    }
    writer.endWriteSequence();
    stream.flush();
    storage.sync(file);
  }

  @Override
  public void close() throws IOException {
    writer.dispose();
    stream.close();
  }

  /** Start of frame {@code i} in hundredths of a second. */
  private int centis(int i) {
    return (int) Math.round(100.0 * i / fps);
  }

  /** x, y, width, height of the pixels that differ from the shown picture, or null. */
  private int[] changedBox() {
    int x0 = width;
    int y0 = height;
    int x1 = -1;
    int y1 = -1;
    for (int y = 0; y < height; y++) {
      int row = y * width;
      if (Arrays.mismatch(current, row, row + width, shown, row, row + width) < 0) {
        continue;
      }
      for (int x = 0; x < width; x++) {
        if (current[row + x] != shown[row + x]) {
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
        }
      }
      y0 = Math.min(y0, y);
      y1 = y;
    }
    return x1 < 0 ? null : new int[] {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
  }

  /** Cuts the rectangle out of the current frame and makes it the shown picture. */
  private void queue(int x, int y, int w, int h, int start, boolean transparent) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, palette.model());
    byte[] out = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    for (int row = 0; row < h; row++) {
      int from = (y + row) * width + x;
      for (int col = 0; col < w; col++) {
        byte value = current[from + col];
        out[row * w + col] =
            transparent && shown[from + col] == value ? (byte) GifPalette.UNCHANGED : value;
      }
      System.arraycopy(current, from, shown, from, w);
    }
    pending = new Pending(image, x, y, start);
  }

  private void flush(int endCentis) throws IOException {
    Pending frame = pending;
    int delay = Math.max(1, endCentis - frame.startCentis());
    ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(frame.image());
    IIOMetadata metadata = writer.getDefaultImageMetadata(type, null);
    String format = metadata.getNativeMetadataFormatName();
    IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
    IIOMetadataNode local = child(root, "LocalColorTable");
    root.removeChild(local);
    IIOMetadataNode descriptor = child(root, "ImageDescriptor");
    descriptor.setAttribute("imageLeftPosition", Integer.toString(frame.x()));
    descriptor.setAttribute("imageTopPosition", Integer.toString(frame.y()));
    descriptor.setAttribute("imageWidth", Integer.toString(frame.image().getWidth()));
    descriptor.setAttribute("imageHeight", Integer.toString(frame.image().getHeight()));
    descriptor.setAttribute("interlaceFlag", "FALSE");
    IIOMetadataNode control = child(root, "GraphicControlExtension");
    control.setAttribute("disposalMethod", "doNotDispose");
    control.setAttribute("userInputFlag", "FALSE");
    control.setAttribute("transparentColorFlag", written > 0 ? "TRUE" : "FALSE");
    control.setAttribute("transparentColorIndex", Integer.toString(GifPalette.UNCHANGED));
    control.setAttribute("delayTime", Integer.toString(delay));
    if (written == 0) {
      IIOMetadataNode extensions = child(root, "ApplicationExtensions");
      IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
      loop.setAttribute("applicationID", "NETSCAPE");
      loop.setAttribute("authenticationCode", "2.0");
      // Sub-block 1, loop count 0 (little-endian): repeat forever.
      loop.setUserObject(new byte[] {1, 0, 0});
      extensions.appendChild(loop);
    }
    metadata.setFromTree(format, root);
    writer.writeToSequence(new IIOImage(frame.image(), null, metadata), null);
    written++;
    pending = null;
  }

  /** The screen size and the palette as the global colour table, shared by every frame. */
  private IIOMetadata streamMetadata() throws IOException {
    IIOMetadata metadata = writer.getDefaultStreamMetadata(null);
    String format = metadata.getNativeMetadataFormatName();
    IIOMetadataNode root = new IIOMetadataNode(format);
    IIOMetadataNode version = new IIOMetadataNode("Version");
    version.setAttribute("value", "89a");
    root.appendChild(version);
    IIOMetadataNode screen = new IIOMetadataNode("LogicalScreenDescriptor");
    screen.setAttribute("logicalScreenWidth", Integer.toString(width));
    screen.setAttribute("logicalScreenHeight", Integer.toString(height));
    screen.setAttribute("colorResolution", "8");
    screen.setAttribute("pixelAspectRatio", "0");
    root.appendChild(screen);
    IIOMetadataNode table = new IIOMetadataNode("GlobalColorTable");
    table.setAttribute("sizeOfGlobalColorTable", "256");
    table.setAttribute("backgroundColorIndex", "0");
    table.setAttribute("sortFlag", "FALSE");
    IndexColorModel model = palette.model();
    for (int i = 0; i < 256; i++) {
      IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
      entry.setAttribute("index", Integer.toString(i));
      entry.setAttribute("red", Integer.toString(model.getRed(i)));
      entry.setAttribute("green", Integer.toString(model.getGreen(i)));
      entry.setAttribute("blue", Integer.toString(model.getBlue(i)));
      table.appendChild(entry);
    }
    root.appendChild(table);
    metadata.setFromTree(format, root);
    return metadata;
  }

  private static IIOMetadataNode child(IIOMetadataNode root, String name) {
    for (int i = 0; i < root.getLength(); i++) {
      if (root.item(i).getNodeName().equals(name)) {
        return (IIOMetadataNode) root.item(i);
      }
    }
    IIOMetadataNode node = new IIOMetadataNode(name);
    root.appendChild(node);
    return node;
  }
}
