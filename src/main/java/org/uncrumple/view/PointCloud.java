package org.uncrumple.view;

import java.nio.IntBuffer;
import java.util.stream.IntStream;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.image.WritablePixelFormat;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Window;

/**
 * Every point of a data set as a round dot in its class colour, drawn in software over the 3-D view
 * ({@link PointSplat}) and seen through the same camera.
 *
 * <p>Slots follow a fixed random order of the points (a seeded permutation, kept while the point
 * count stays the same): slot {@code i} holds point {@code order[i]}. Drawing a prefix of the slots
 * therefore draws a stable random subset, which is how the viewport keeps its frame rate while the
 * view moves on a slow machine or with a million points (see {@link DetailGovernor}).
 *
 * <p>The dots lie over everything else the 3-D view draws (the cube, sheets, lattice, surface): the
 * points are what the lesson is about, and where a sheet or the surface passes through the cloud
 * the points sit on it anyway. Among themselves the dots are drawn with depth, nearer over farther.
 *
 * <p>Changes only mark the picture out of date; it is drawn once, in the next layout pass (after
 * the pulse's animations have moved the points and the camera), or at once by {@link #drawNow()}.
 *
 * <p>FX thread only; the arrays handed to {@link #update} are read during later pulses too.
 */
public final class PointCloud {
  /**
   * Radius of a point in data units at the distance where a scene used to open (8): the viewport
   * scales it with the camera's distance, so dots keep their size on screen.
   */
  static final double DEFAULT_RADIUS = 0.02;

  /** A dot's radius is this share of the point radius: dots about 5 pixels across in a scene. */
  static final double DOT_SHARE = 0.75;

  private static final long ORDER_SEED = 0x5eed_c10dL;

  private final Motion onMove;
  private Drawn onDrawn = (points, nanos) -> {};
  private final DoubleProperty radius = new SimpleDoubleProperty(this, "radius", DEFAULT_RADIUS);
  private final double[] frame =
      new OrbitCamera(CameraPose.DEFAULT, Viewport.FIELD_OF_VIEW).frame();
  private final PointSplat splat = new PointSplat();
  private final ImageView image = new ImageView();
  private final Layer layer = new Layer();
  private PixelBuffer<IntBuffer> buffer;
  private int count;
  private int[] order = new int[0];
  private boolean inGivenOrder;
  private int[] colours = new int[0];
  private int[] rims = new int[0];
  private float[] xyz;
  private int known;
  private int limit = Integer.MAX_VALUE;
  private int shown;
  private final ReadOnlyIntegerWrapper shownProperty = new ReadOnlyIntegerWrapper(this, "shown");
  private boolean dirty = true;
  private long lastDrawNanos;

  /** Hears that the drawn points changed. */
  @FunctionalInterface
  public interface Motion {
    /**
     * @param moving true when the picture moves (the camera, a glide through the stages), false
     *     when the points only changed where they stand (new weights at the same stage)
     */
    void changed(boolean moving);
  }

  /** Hears what a drawing of the dots took. */
  @FunctionalInterface
  interface Drawn {
    void drew(int points, long nanos);
  }

  /**
   * @param onMove called (on the FX thread) whenever the drawn points move or change
   */
  public PointCloud(Runnable onMove) {
    this(moving -> onMove.run());
  }

  /**
   * @param onMove called (on the FX thread) whenever the drawn points change, saying whether the
   *     picture moves
   */
  public PointCloud(Motion onMove) {
    this.onMove = onMove;
    radius.addListener((obs, was, now) -> invalidate());
  }

  /** The radius of each point, in data units, at the camera's distance from what it looks at. */
  public DoubleProperty radiusProperty() {
    return radius;
  }

  /** How many points there are. */
  public int size() {
    return count;
  }

  /**
   * How many points are drawn now: all at rest, a stable subset while the view moves; never more
   * than those whose positions are known (see {@link #update(float[], int, int, boolean)}).
   */
  public int shownCount() {
    return shown;
  }

  /** {@link #shownCount()} as a property, which changes only when the count does. */
  public ReadOnlyIntegerProperty shownProperty() {
    return shownProperty.getReadOnlyProperty();
  }

  private void setShown(int value) {
    if (value != shown) {
      shown = value;
      shownProperty.set(value);
      invalidate();
    }
  }

  /** How many points the detail loop asks to draw: {@link #shownCount()} once they are known. */
  public int wantedCount() {
    return Math.min(limit, count);
  }

  /**
   * Sets the points' classes; their positions come with the next {@link #update}. The random
   * drawing order is kept if the count is unchanged, so the same points stay visible.
   *
   * @param labels class of each point, {@code labels[i]} for point {@code i}; colours wrap past
   *     {@link Palette#size()} classes
   * @param count how many points, at most {@code labels.length}
   */
  public void setData(int[] labels, int count) {
    setData(labels, count, false);
  }

  /**
   * Like {@link #setData(int[], int)}, but with {@code inGivenOrder} the points are drawn in the
   * order given — for a caller that has shuffled them once itself, so that the points drawn are
   * always a prefix and it need only compute positions for that prefix.
   */
  public void setData(int[] labels, int count, boolean inGivenOrder) {
    if (count < 0 || count > labels.length) {
      throw new IllegalArgumentException(
          "count " + count + " is outside 0.." + labels.length + " (the labels given)");
    }
    if (count != this.count || inGivenOrder != this.inGivenOrder) {
      order =
          inGivenOrder
              ? IntStream.range(0, count).toArray()
              : ShuffledPoints.order(count, ORDER_SEED);
      this.inGivenOrder = inGivenOrder;
      xyz = null;
      known = 0;
    }
    if (colours.length < count) {
      colours = new int[count];
      rims = new int[count];
    }
    this.count = count;
    int[] byClass = new int[Palette.size()];
    for (int c = 0; c < byClass.length; c++) {
      Color colour = Palette.colour(c);
      byClass[c] = PointSplat.argb(colour.getRed(), colour.getGreen(), colour.getBlue());
    }
    for (int slot = 0; slot < count; slot++) {
      int colour = byClass[Math.floorMod(labels[order[slot]], byClass.length)];
      colours[slot] = colour;
      rims[slot] = PointSplat.rimOf(colour);
    }
    setShown(Math.min(wantedCount(), known));
    invalidate();
    onMove.changed(true);
  }

  /**
   * Moves the points, all of them known.
   *
   * @param xyz coordinates, {@code x, y, z} of point {@code i} at {@code 3i}; read again on later
   *     pulses, so refill it only on the FX thread
   * @param count how many points; must equal the count given to {@link #setData}
   */
  public void update(float[] xyz, int count) {
    update(xyz, count, count, true);
  }

  /**
   * Moves the points whose positions are known: the first {@code known} in drawing order (with
   * {@link #setData(int[], int, boolean) inGivenOrder}, the first {@code known} of {@code xyz}). No
   * more than those are drawn, so every point on screen is where it belongs; when more are wanted
   * ({@link #wantedCount()}), the caller works out more positions and updates again.
   *
   * @param moving false when the points only changed where they stand (new weights at the same
   *     stage): the detail loop then does not treat the view as moving
   */
  public void update(float[] xyz, int count, int known, boolean moving) {
    if (count != this.count) {
      throw new IllegalArgumentException(
          "update has " + count + " points but setData had " + this.count);
    }
    if (xyz.length < 3 * count) {
      throw new IllegalArgumentException(
          "xyz holds " + xyz.length / 3 + " points, fewer than the count " + count);
    }
    if (known < count && !inGivenOrder) {
      throw new IllegalArgumentException(
          "only points drawn in the given order can be known in part");
    }
    this.xyz = xyz;
    this.known = Math.max(0, Math.min(known, count));
    setShown(Math.min(wantedCount(), this.known));
    invalidate();
    onMove.changed(moving);
  }

  /** The layer the dots are drawn in: the viewport lays it over its 3-D view, as big. */
  public Region node() {
    return layer;
  }

  /**
   * Draws the first {@code limit} points of the random order (all when the limit exceeds the
   * count); called by the viewport's detail loop.
   */
  public void showAtMost(int limit) {
    this.limit = limit;
    setShown(Math.min(wantedCount(), known));
  }

  /**
   * Sees the points through the camera at {@code cameraFrame}.
   *
   * @param cameraFrame the camera's axes and eye, as {@link OrbitCamera#frame}
   */
  void orient(double[] cameraFrame) {
    orient(cameraFrame, radius.get());
  }

  /** Sees the points through the camera at {@code cameraFrame}, with a new point radius. */
  void orient(double[] cameraFrame, double newRadius) {
    System.arraycopy(cameraFrame, 0, frame, 0, frame.length);
    radius.set(newRadius);
    invalidate();
    onMove.changed(true);
  }

  /** FX-thread time of the last drawing of the dots, in nanoseconds. */
  public long lastDrawNanos() {
    return lastDrawNanos;
  }

  /**
   * Shows only the part of the picture that holds dots: the renderer blends the image over the 3-D
   * view pixel by pixel, which cost a software renderer milliseconds a frame over the whole view.
   */
  private void showOnly(int[] box, double scale) {
    image.setVisible(box[2] > 0);
    if (box[2] > 0) {
      image.setViewport(new Rectangle2D(box[0], box[1], box[2], box[3]));
      image.relocate(box[0] / scale, box[1] / scale);
      image.setFitWidth(box[2] / scale);
      image.setFitHeight(box[3] / scale);
    }
  }

  /** Tells {@code listener} how many points each drawing drew and how long it took. */
  void setOnDrawn(Drawn listener) {
    onDrawn = listener;
  }

  private void invalidate() {
    if (!dirty) {
      dirty = true;
      layer.requestLayout();
    }
  }

  /**
   * Draws the dots now if anything changed since they were last drawn (the window does it in its
   * layout pass; a snapshot needs it before that).
   */
  public void drawNow() {
    if (!dirty) {
      return;
    }
    dirty = false;
    long start = System.nanoTime();
    double scale = pixelScale();
    int width = (int) Math.ceil(layer.getWidth() * scale);
    int height = (int) Math.ceil(layer.getHeight() * scale);
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
    double focal =
        Math.min(width, height) / 2.0 / Math.tan(Math.toRadians(Viewport.FIELD_OF_VIEW) / 2);
    PointSplat.View view = new PointSplat.View(frame, focal, DOT_SHARE * radius.get());
    int drawn = layer.isVisible() && xyz != null ? shown : 0;
    int[] changed = splat.draw(view, xyz, order, colours, rims, drawn);
    if (changed[2] > 0 && width * height > 0) {
      Rectangle2D region = new Rectangle2D(changed[0], changed[1], changed[2], changed[3]);
      buffer.updateBuffer(b -> region);
    }
    showOnly(splat.drawnBox(), scale);
    lastDrawNanos = System.nanoTime() - start;
    onDrawn.drew(drawn, lastDrawNanos);
  }

  /**
   * Lays the dots over {@code picture}, a picture of the 3-D view as big as the layer, as the
   * window shows them (nothing when the layer is hidden).
   *
   * @return the same picture
   */
  public WritableImage over(WritableImage picture) {
    drawNow();
    int width = (int) picture.getWidth();
    int height = (int) picture.getHeight();
    int[] dots = splat.pixels();
    int sw = splat.width();
    int sh = splat.height();
    if (sw == 0 || sh == 0 || !layer.isVisible()) {
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
          argb[y * width + x] = dot;
        }
      }
    }
    picture.getPixelWriter().setPixels(0, 0, width, height, format, argb, 0, width);
    return picture;
  }

  /** The drawn picture's pixel at (x, y), premultiplied ARGB; 0 where no dot is (tests). */
  int pixelAt(int x, int y) {
    return splat.pixels()[y * splat.width() + x];
  }

  /** Device pixels per layout unit of the window showing the layer (1 when none does). */
  private double pixelScale() {
    Window window = layer.getScene() == null ? null : layer.getScene().getWindow();
    return window == null ? 1 : Math.max(1, window.getOutputScaleX());
  }

  /**
   * The dots' layer: an image as big as the view, drawn again in the layout pass when out of date.
   */
  private final class Layer extends Region {
    Layer() {
      setManaged(false);
      setMouseTransparent(true);
      image.setManaged(false);
      getChildren().add(image);
      widthProperty().addListener(o -> invalidate());
      heightProperty().addListener(o -> invalidate());
      visibleProperty().addListener(o -> invalidate());
    }

    @Override
    protected void layoutChildren() {
      drawNow();
    }
  }
}
