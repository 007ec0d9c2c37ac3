package org.uncrumple.view;

import java.nio.IntBuffer;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.image.WritablePixelFormat;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The picture of the point cloud's dots on screen: a {@link PointSplat} shown through an image as
 * big as the view, laid over the 3-D view. It asks its owner to draw in the layout pass, after the
 * pulse's animations have moved the camera and the points, so a pulse draws the dots once however
 * many changes it brought.
 *
 * <p>Only the part of the picture that holds dots is shown: the renderer blends the image over the
 * 3-D view pixel by pixel, which cost a software renderer milliseconds a frame over the whole view.
 * Device pixels follow the window's output scale, so the dots stay sharp on a high-density screen.
 *
 * <p>FX thread only.
 */
final class DotLayer extends Region {
  private final PointSplat splat = new PointSplat();
  private final ImageView image = new ImageView();
  private final Runnable draw;
  private PixelBuffer<IntBuffer> buffer;
  private double scale = 1;

  /**
   * @param draw draws the picture if it is out of date ({@link #begin()} … {@link #end()}); called
   *     in the layout pass
   * @param resized called when the layer's size or visibility changes (the picture is then out of
   *     date)
   */
  DotLayer(Runnable draw, Runnable resized) {
    this.draw = draw;
    setManaged(false);
    setMouseTransparent(true);
    image.setManaged(false);
    image.setVisible(false);
    getChildren().add(image);
    widthProperty().addListener(o -> resized.run());
    heightProperty().addListener(o -> resized.run());
    visibleProperty().addListener(o -> resized.run());
  }

  @Override
  protected void layoutChildren() {
    draw.run();
  }

  /**
   * Sizes the picture to the layer in device pixels and clears it, for a new picture.
   *
   * @return the picture to draw the marks in
   */
  PointSplat begin() {
    Window window = getScene() == null ? null : getScene().getWindow();
    scale = window == null ? 1 : Math.max(1, window.getOutputScaleX());
    int width = (int) Math.ceil(getWidth() * scale);
    int height = (int) Math.ceil(getHeight() * scale);
    if (splat.setSize(width, height) || buffer == null) {
      buffer =
          new PixelBuffer<>(
              Math.max(1, width),
              Math.max(1, height),
              IntBuffer.wrap(width * height == 0 ? new int[1] : splat.pixels()),
              PixelFormat.getIntArgbPreInstance());
      image.setImage(new WritableImage(buffer));
      image.setSmooth(scale != 1);
    }
    splat.begin();
    return splat;
  }

  /**
   * Pixels per unit of (offset / depth) in the picture: half its smaller side over tan(fov / 2).
   */
  double focal() {
    double side = Math.min(splat.width(), splat.height());
    return side / 2 / Math.tan(Math.toRadians(Viewport.FIELD_OF_VIEW) / 2);
  }

  /** Hands the new picture to the renderer: the part that changed, and shows what holds dots. */
  void end() {
    int[] changed = splat.end();
    if (changed[2] > 0 && splat.width() * splat.height() > 0) {
      Rectangle2D region = new Rectangle2D(changed[0], changed[1], changed[2], changed[3]);
      buffer.updateBuffer(b -> region);
    }
    int[] box = splat.drawnBox();
    image.setVisible(box[2] > 0);
    if (box[2] > 0) {
      image.setViewport(new Rectangle2D(box[0], box[1], box[2], box[3]));
      image.relocate(box[0] / scale, box[1] / scale);
      image.setFitWidth(box[2] / scale);
      image.setFitHeight(box[3] / scale);
    }
  }

  /**
   * Lays the dots over {@code picture}, a picture of the 3-D view as big as the layer, as the
   * window shows them (nothing when the layer is hidden).
   *
   * @return the same picture
   */
  WritableImage over(WritableImage picture) {
    int width = (int) picture.getWidth();
    int height = (int) picture.getHeight();
    int[] dots = splat.pixels();
    int sw = splat.width();
    int sh = splat.height();
    if (sw == 0 || sh == 0 || !isVisible()) {
      return picture;
    }
    WritablePixelFormat<IntBuffer> format = PixelFormat.getIntArgbInstance();
    int[] argb = new int[width * height];
    picture.getPixelReader().getPixels(0, 0, width, height, format, argb, 0, width);
    for (int y = 0; y < height; y++) {
      int sy = Math.min(sh - 1, (int) ((long) y * sh / height));
      for (int x = 0; x < width; x++) {
        int dot = dots[sy * sw + Math.min(sw - 1, (int) ((long) x * sw / width))];
        if (dot != 0) {
          argb[y * width + x] = over(dot, argb[y * width + x]);
        }
      }
    }
    picture.getPixelWriter().setPixels(0, 0, width, height, format, argb, 0, width);
    return picture;
  }

  /**
   * A premultiplied pixel {@code top} laid over a straight (not premultiplied) ARGB pixel {@code
   * under}, as straight ARGB.
   */
  static int over(int top, int under) {
    int alpha = top >>> 24;
    if (alpha == 255) {
      return top;
    }
    double keep = 1 - alpha / 255.0;
    double underAlpha = (under >>> 24) / 255.0;
    double outAlpha = alpha / 255.0 + underAlpha * keep;
    if (outAlpha <= 0) {
      return 0;
    }
    int result = (int) Math.round(outAlpha * 255) << 24;
    for (int shift = 16; shift >= 0; shift -= 8) {
      double premultiplied =
          ((top >> shift) & 0xff) + ((under >> shift) & 0xff) * underAlpha * keep;
      result |= (int) Math.min(255, Math.round(premultiplied / outAlpha)) << shift;
    }
    return result;
  }

  /** The picture's pixel at (x, y), premultiplied ARGB; 0 where no dot is (tests). */
  int pixelAt(int x, int y) {
    return splat.pixels()[y * splat.width() + x];
  }

  /** The image showing the picture (tests). */
  ImageView image() {
    return image;
  }
}
