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

  /** A line's pixel covered less than this is left alone: it would change by a level or two. */
  private static final double FAINTEST = 1.0 / 32;

  /** Nearer than this to the camera (data units along its axis), a point is not drawn. */
  private static final double NEAR = 0.05;

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
    marks(view, STAMPS, 1, xyz, order, colours, rims, 0, count);
  }

  /**
   * Draws outlined diamonds, {@value #GEM_SHARE} times a dot's radius, for slots {@code 0..count-1}
   * as {@link #dots} does, each outlined in {@code outline}.
   */
  void gems(View view, float[] xyz, int[] order, int[] colours, int outline, int count) {
    marks(view, DIAMONDS, GEM_SHARE, xyz, order, colours, null, outline, count);
  }

  /**
   * Draws see-through polylines about a pixel wide with smoothed edges (Wu's lines): {@code lines}
   * lines of {@code pointsPerLine} points each, one after the other in {@code xyz}, in {@code
   * colour} (premultiplied ARGB, its alpha the lines' opacity). Drawn over the dots and diamonds
   * that lie behind them and under those in front; they leave the depth buffer as it is, so draw
   * them last.
   */
  void lines(View view, float[] xyz, int lines, int pointsPerLine, int colour) {
    if (width == 0 || height == 0 || xyz == null) {
      return;
    }
    double[] f = view.frame();
    double focal = view.focal();
    double[] a = new double[3];
    double[] b = new double[3];
    for (int line = 0; line < lines; line++) {
      int first = 3 * line * pointsPerLine;
      boolean known = project(f, focal, xyz, first, a);
      for (int k = 1; k < pointsPerLine; k++) {
        boolean next = project(f, focal, xyz, first + 3 * k, b);
        if (known && next) {
          segment(a[0], a[1], a[2], b[0], b[1], b[2], colour);
        }
        double[] swap = a;
        a = b;
        b = swap;
        known = next;
      }
    }
  }

  /** Projects the point at {@code xyz[at]} to (x, y, depth); false if it is behind the camera. */
  private boolean project(double[] f, double focal, float[] xyz, int at, double[] out) {
    double vx = xyz[at] - f[9];
    double vy = xyz[at + 1] - f[10];
    double vz = xyz[at + 2] - f[11];
    double d = -(vx * f[6] + vy * f[7] + vz * f[8]);
    out[0] = width / 2.0 + focal * (vx * f[0] + vy * f[1] + vz * f[2]) / d;
    out[1] = height / 2.0 - focal * (vx * f[3] + vy * f[4] + vz * f[5]) / d;
    out[2] = d;
    return d > NEAR;
  }

  /**
   * One straight piece, two pixels across its minor axis at each step, each covered in proportion
   * to the line's distance from its centre; depth interpolated along it.
   */
  private void segment(
      double xa, double ya, double da, double xb, double yb, double db, int colour) {
    if ((xa < -1 && xb < -1)
        || (ya < -1 && yb < -1)
        || (xa > width && xb > width)
        || (ya > height && yb > height)) {
      return;
    }
    boolean steep = Math.abs(yb - ya) > Math.abs(xb - xa);
    double u0 = steep ? ya : xa;
    double v0 = steep ? xa : ya;
    double u1 = steep ? yb : xb;
    double v1 = steep ? xb : yb;
    double d0 = da;
    double d1 = db;
    if (u0 > u1) {
      double t = u0;
      u0 = u1;
      u1 = t;
      t = v0;
      v0 = v1;
      v1 = t;
      t = d0;
      d0 = d1;
      d1 = t;
    }
    double span = u1 - u0;
    double slope = span == 0 ? 0 : (v1 - v0) / span;
    int limit = steep ? height : width;
    int start = (int) Math.max(0, Math.round(u0));
    int end = (int) Math.min(limit - 1, Math.round(u1));
    for (int u = start; u <= end; u++) {
      double along = span == 0 ? 0 : (u - u0) / span;
      double v = v0 + slope * (u - u0) - 0.5;
      double depthHere = d0 + along * (d1 - d0);
      int vi = (int) Math.floor(v);
      double cover = v - vi;
      if (steep) {
        blend(vi, u, 1 - cover, depthHere, colour);
        blend(vi + 1, u, cover, depthHere, colour);
      } else {
        blend(u, vi, 1 - cover, depthHere, colour);
        blend(u, vi + 1, cover, depthHere, colour);
      }
    }
  }

  /**
   * Lays {@code colour} over pixel (x, y) with the given coverage, unless a mark in front is there.
   */
  private void blend(int x, int y, double cover, double depthHere, int colour) {
    if (x < 0 || y < 0 || x >= width || y >= height || cover < FAINTEST) {
      return;
    }
    int i = y * width + x;
    if (!(depthHere < depth[i])) {
      return;
    }
    // fixed point: coverage in 256ths; what shows through in 256ths of what was there
    int c = (int) (cover * 256);
    int keep = 256 - ((colour >>> 24) * c >> 8);
    int under = pixels[i];
    int alpha = ((colour >>> 24) * c >> 8) + ((under >>> 24) * keep >> 8);
    int red = (((colour >> 16) & 0xff) * c >> 8) + (((under >> 16) & 0xff) * keep >> 8);
    int green = (((colour >> 8) & 0xff) * c >> 8) + (((under >> 8) & 0xff) * keep >> 8);
    int blue = ((colour & 0xff) * c >> 8) + ((under & 0xff) * keep >> 8);
    pixels[i] =
        Math.min(255, alpha) << 24
            | Math.min(255, red) << 16
            | Math.min(255, green) << 8
            | Math.min(255, blue);
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x + 1);
    y1 = Math.max(y1, y + 1);
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
