package org.uncrumple.view;

import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Every point of a data set as a round dot in its class colour, drawn in software over the 3-D view
 * ({@link PointSplat}) and seen through the same camera.
 *
 * <p>Slots follow a fixed random order of the points (a seeded permutation, kept while the point
 * count stays the same): slot {@code i} holds point {@code order[i]}. Drawing a prefix of the slots
 * therefore draws a stable random subset, which is how the viewport keeps its frame rate while the
 * view moves on a slow machine or with a million points (see {@link DetailGovernor}).
 *
 * <p>The same picture holds what is drawn with the points: the probes and the held-out test points
 * among the dots, nearer over farther; then, see-through, the paper sheets, the decision surface
 * and the lattice, over the dots behind them and under those in front. The picture lies over the
 * 3-D view (the cube, the output's plane), which it always covers.
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
  private final DotLayer layer = new DotLayer(this::drawNow, this::invalidate);
  private final TestMarks tests = new TestMarks(this::invalidate);
  private final ProbeDots probes = new ProbeDots(this::invalidate);
  private final SheetMeshes sheets = new SheetMeshes(this::invalidate);
  private final SurfaceMesh surface = new SurfaceMesh(this::invalidate);
  private Veil veil;
  private final LatticeLines lattice = new LatticeLines(Overlays.LATTICE_COLOUR, this::invalidate);
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
  private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
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
    visible.addListener((obs, was, now) -> invalidate());
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

  /** Draws the training points' dots, or not (the test points are drawn either way). */
  public void setVisible(boolean on) {
    visible.set(on);
  }

  /** Whether the training points' dots are drawn. */
  public boolean isVisible() {
    return visible.get();
  }

  /** {@link #isVisible()} as a property. */
  public BooleanProperty visibleProperty() {
    return visible;
  }

  /** The paper sheets, drawn see-through among the dots. */
  SheetMeshes sheets() {
    return sheets;
  }

  /** The decision surface, drawn see-through among the dots. */
  SurfaceMesh surface() {
    return surface;
  }

  /** The probes off the data, drawn among the dots as grey dots. */
  public ProbeDots probes() {
    return probes;
  }

  /** The held-out test points, drawn among the dots as outlined diamonds. */
  public TestMarks testPoints() {
    return tests;
  }

  /**
   * Tints the points seen through {@code veil}, the decision plane (null for none): the dots lie
   * over the 3-D view, so the plane itself cannot cover those behind it.
   */
  public void setVeil(Veil veil) {
    if (veil != this.veil) {
      this.veil = veil;
      invalidate();
    }
  }

  /** The lattice's lines, drawn over and among the dots. */
  public LatticeLines lattice() {
    return lattice;
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
    PointSplat picture = layer.begin();
    picture.setVeil(veil);
    PointSplat.View view = new PointSplat.View(frame, layer.focal(), DOT_SHARE * radius.get());
    int drawn = visible.get() && xyz != null ? shown : 0;
    picture.dots(view, xyz, order, colours, rims, drawn);
    probes.drawInto(picture, view, shown, count);
    tests.drawInto(picture, view, shown, count);
    // what the points cost, with the probes and test points thinned alike; the lattice costs the
    // same whatever
    // their number
    long points = System.nanoTime() - start;
    // see-through, over the dots behind them
    sheets.drawInto(picture, view);
    surface.drawInto(picture, view);
    lattice.drawInto(picture, view);
    layer.end();
    lastDrawNanos = System.nanoTime() - start;
    onDrawn.drew(drawn, points);
  }

  /**
   * Lays the dots over {@code picture}, a picture of the 3-D view as big as the view, as the window
   * shows them.
   *
   * @return the same picture
   */
  public WritableImage over(WritableImage picture) {
    drawNow();
    return layer.over(picture);
  }

  /** The drawn picture's pixel at (x, y), premultiplied ARGB; 0 where no dot is (tests). */
  int pixelAt(int x, int y) {
    return layer.pixelAt(x, y);
  }

  /** The image showing the dots (tests). */
  ImageView image() {
    return layer.image();
  }
}
