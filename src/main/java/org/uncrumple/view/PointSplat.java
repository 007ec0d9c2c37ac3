package org.uncrumple.view;

import java.util.Arrays;

/**
 * Draws points as round dots into an array of ARGB pixels, with a depth buffer so that nearer dots
 * cover farther ones: the point cloud's renderer.
 *
 * <p>Done in software because it is the cheap way on every machine: a dot costs about the
 * projection and a dozen pixel writes. A 3-D mesh of one triangle per point cost JavaFX about a
 * microsecond a point to rebuild on its render thread whenever the points moved, plus the drawing
 * (measured under Mesa's software renderer: 25,000 moving points took as long as the whole rest of
 * the window), so a moving cloud of 100,000 could show only a few thousand.
 *
 * <p>A dot's radius shrinks with its distance from the camera, as a ball's would. Dots of two
 * pixels' radius or more get a slightly darker rim, so that a dense cloud reads as separate beads
 * rather than a flat patch of colour. Held-out test points are drawn as larger diamonds with a dark
 * outline ({@link #gems}), in the same depth buffer: told apart at a glance, and hidden only by
 * points in front of them.
 *
 * <p>Everything outside the rectangle drawn last is clear (transparent, infinitely far), so a new
 * picture need clear only that rectangle, and only the union of the old and new rectangles changed.
 * Not thread-safe.
 */
final class PointSplat {
  /** Radii are rounded to quarter pixels. */
  static final int STEPS_PER_PIXEL = 4;

  /** The largest radius drawn, in pixels: a point right in front of the camera stays a dot. */
  static final int MAX_RADIUS = 24;

  /** How much of its colour a dot's rim keeps. */
  private static final double RIM_SHADE = 0.78;

  /** Nearer than this to the camera (data units along its axis), a point is not drawn. */
  static final double NEAR = 0.05;

  /** The stamp of each quantised radius: pixel offsets, and whether each is on the rim. */
  private static final Stamp[] STAMPS = Stamp.all(false);

  /** The same for the test points' diamonds, whose rim is their outline. */
  private static final Stamp[] DIAMONDS = Stamp.all(true);

  /** A diamond's half-diagonal, as a share of the radius a dot of the same point would have. */
  static final double GEM_SHARE = 2.2;

  private int width;
  private int height;
  private int[] pixels = new int[0];
  private float[] depth = new float[0];
  // the rectangle holding every dot drawn, [x0, x1) × [y0, y1); empty when x1 <= x0
  private int[] cleared = new int[4];
  private Veil veil;
  private final SplatLines lineDrawer = new SplatLines();
  private final SplatTriangles triangleDrawer = new SplatTriangles();
  private int x0;
  private int y0;
  private int x1;
  private int y1;

  /** The picture: premultiplied ARGB, row by row, {@link #width()} wide. */
  int[] pixels() {
    return pixels;
  }

  int width() {
    return width;
  }

  /** The rectangle holding every dot drawn, {x, y, width, height}; width 0 when none is. */
  int[] drawnBox() {
    return x1 > x0 ? new int[] {x0, y0, x1 - x0, y1 - y0} : new int[4];
  }

  int height() {
    return height;
  }

  /**
   * Makes the picture {@code width × height} pixels, clear. Nothing happens if it already is that
   * size.
   *
   * @return true if the size changed (the pixel array is a new one)
   */
  boolean setSize(int width, int height) {
    if (width == this.width && height == this.height) {
      return false;
    }
    this.width = Math.max(0, width);
    this.height = Math.max(0, height);
    pixels = new int[this.width * this.height];
    depth = new float[this.width * this.height];
    Arrays.fill(depth, Float.POSITIVE_INFINITY);
    forgetBox();
    return true;
  }

  /** How the points are seen and drawn. */
  record View(double[] frame, double focal, double radius) {
    /**
     * @param frame the camera's right, up and back axes and its eye, as {@link OrbitCamera#frame}
     * @param focal pixels per unit of (offset / depth): half the smaller side over tan(fov / 2)
     * @param radius a dot's radius in data units (its radius in pixels is focal · radius / depth)
     */
    View {}
  }

  /**
   * Points seen through {@code veil} (null for none) are tinted by it, from the next marks drawn.
   */
  void setVeil(Veil veil) {
    this.veil = veil;
  }

  /** Clears the last picture, for a new one drawn by {@link #dots} and {@link #gems}. */
  void begin() {
    cleared = drawnBox();
    clear();
  }

  /**
   * Draws round dots for slots {@code 0..count-1}: slot {@code s} is the point at {@code
   * xyz[3·order[s]]}, coloured {@code colours[s]} with rim {@code rims[s]}.
   */
  void dots(View view, float[] xyz, int[] order, int[] colours, int[] rims, int count) {
    dots(view, 1, xyz, order, colours, rims, count);
  }

  /** Like {@link #dots(View, float[], int[], int[], int[], int)}, {@code share} of the size. */
  void dots(
      View view, double share, float[] xyz, int[] order, int[] colours, int[] rims, int count) {
    marks(view, STAMPS, share, xyz, order, colours, rims, 0, count);
  }

  /**
   * Draws outlined diamonds, {@value #GEM_SHARE} times a dot's radius, for slots {@code 0..count-1}
   * as {@link #dots} does, each outlined in {@code outline}.
   */
  void gems(View view, float[] xyz, int[] order, int[] colours, int outline, int count) {
    marks(view, DIAMONDS, GEM_SHARE, xyz, order, colours, null, outline, count);
  }

  /**
   * Draws see-through polylines about a pixel wide with smoothed edges over the marks behind them
   * ({@link SplatLines}).
   */
  void lines(View view, float[] xyz, int lines, int pointsPerLine, int colour) {
    lineDrawer.draw(this, view, xyz, lines, pointsPerLine, colour);
  }

  /**
   * Blends see-through triangles over the marks behind them ({@link SplatTriangles}): {@code
   * triangles} index the {@code xyz} vertices, whose {@code normals} light them.
   */
  void triangles(
      View view, float[] xyz, float[] normals, int[] triangles, SplatTriangles.Paint paint) {
    triangleDrawer.draw(this, view, xyz, normals, triangles, paint);
  }

  /** The depth of the nearest mark at each pixel, infinite where none is: row by row. */
  float[] depth() {
    return depth;
  }

  /** The tint of marks seen through the decision plane, or null. */
  Veil veil() {
    return veil;
  }

  /** Widens the rectangle holding every mark drawn to take in [left, right) × [top, bottom). */
  void include(int left, int top, int right, int bottom) {
    if (right > left && bottom > top) {
      x0 = Math.min(x0, Math.max(0, left));
      y0 = Math.min(y0, Math.max(0, top));
      x1 = Math.max(x1, Math.min(width, right));
      y1 = Math.max(y1, Math.min(height, bottom));
    }
  }

  /**
   * Ends the picture begun by {@link #begin()}.
   *
   * @return the rectangle that changed since the last picture, {x, y, width, height}: what was
   *     cleared and what was drawn; width 0 when nothing did
   */
  int[] end() {
    int[] drawn = drawnBox();
    if (cleared[2] == 0) {
      return drawn;
    }
    if (drawn[2] == 0) {
      return cleared;
    }
    int left = Math.min(cleared[0], drawn[0]);
    int top = Math.min(cleared[1], drawn[1]);
    int right = Math.max(cleared[0] + cleared[2], drawn[0] + drawn[2]);
    int bottom = Math.max(cleared[1] + cleared[3], drawn[1] + drawn[3]);
    return new int[] {left, top, right - left, bottom - top};
  }

  private void clear() {
    for (int y = y0; y < y1 && x1 > x0; y++) {
      Arrays.fill(pixels, y * width + x0, y * width + x1, 0);
      Arrays.fill(depth, y * width + x0, y * width + x1, Float.POSITIVE_INFINITY);
    }
    forgetBox();
  }

  /** Nothing is drawn: the rectangle holding the dots is empty. */
  private void forgetBox() {
    x0 = Integer.MAX_VALUE;
    y0 = Integer.MAX_VALUE;
    x1 = Integer.MIN_VALUE;
    y1 = Integer.MIN_VALUE;
  }

  private void marks(
      View view,
      Stamp[] stamps,
      double share,
      float[] xyz,
      int[] order,
      int[] colours,
      int[] rims,
      int outline,
      int count) {
    if (width == 0 || height == 0 || xyz == null) {
      return;
    }
    double[] f = view.frame();
    double focal = view.focal();
    double sizeAtUnitDepth = focal * share * view.radius() * STEPS_PER_PIXEL;
    double halfW = width / 2.0;
    double halfH = height / 2.0;
    int[] px = pixels;
    float[] dz = depth;
    int w = width;
    int h = height;
    int minX = x0;
    int minY = y0;
    int maxX = x1;
    int maxY = y1;
    for (int s = 0; s < count; s++) {
      int p = 3 * order[s];
      double vx = xyz[p] - f[9];
      double vy = xyz[p + 1] - f[10];
      double vz = xyz[p + 2] - f[11];
      double d = -(vx * f[6] + vy * f[7] + vz * f[8]);
      if (!(d > NEAR)) {
        continue;
      }
      double sx = halfW + focal * (vx * f[0] + vy * f[1] + vz * f[2]) / d;
      double sy = halfH - focal * (vx * f[3] + vy * f[4] + vz * f[5]) / d;
      int q = (int) Math.min(sizeAtUnitDepth / d + 0.5, stamps.length - 1);
      Stamp stamp = stamps[q];
      int r = stamp.reach();
      if (!(sx > -r - 1 && sx < w + r + 1 && sy > -r - 1 && sy < h + r + 1)) {
        continue;
      }
      int cx = (int) Math.floor(sx);
      int cy = (int) Math.floor(sy);
      float depthHere = (float) d;
      int colour = colours[s];
      int rim = rims == null ? outline : rims[s];
      if (veil != null && veil.covers(f, xyz[p], xyz[p + 1], xyz[p + 2])) {
        colour = veil.tint(colour);
        rim = veil.tint(rim);
      }
      int[] dx = stamp.dx();
      int[] dy = stamp.dy();
      boolean[] onRim = stamp.rim();
      boolean inside = cx - r >= 0 && cx + r < w && cy - r >= 0 && cy + r < h;
      for (int k = 0; k < dx.length; k++) {
        int x = cx + dx[k];
        int y = cy + dy[k];
        if (!inside && (x < 0 || x >= w || y < 0 || y >= h)) {
          continue;
        }
        int i = y * w + x;
        if (depthHere < dz[i]) {
          dz[i] = depthHere;
          px[i] = onRim[k] ? rim : colour;
        }
      }
      minX = Math.min(minX, Math.max(0, cx - r));
      minY = Math.min(minY, Math.max(0, cy - r));
      maxX = Math.max(maxX, Math.min(w, cx + r + 1));
      maxY = Math.max(maxY, Math.min(h, cy + r + 1));
    }
    x0 = minX;
    y0 = minY;
    x1 = maxX;
    y1 = maxY;
  }

  /** The opaque ARGB of a colour given as 0..1 components. */
  static int argb(double red, double green, double blue) {
    return argb(red, green, blue, 1);
  }

  /** The premultiplied ARGB of a colour given as 0..1 components and an opacity. */
  static int argb(double red, double green, double blue, double opacity) {
    return (int) Math.round(opacity * 255) << 24
        | (int) Math.round(red * opacity * 255) << 16
        | (int) Math.round(green * opacity * 255) << 8
        | (int) Math.round(blue * opacity * 255);
  }

  /** The rim's colour for a dot of colour {@code argb}: the same hue, a little darker. */
  static int rimOf(int argb) {
    int r = (int) Math.round(((argb >> 16) & 0xff) * RIM_SHADE);
    int g = (int) Math.round(((argb >> 8) & 0xff) * RIM_SHADE);
    int b = (int) Math.round((argb & 0xff) * RIM_SHADE);
    return 0xff00_0000 | r << 16 | g << 8 | b;
  }
}
