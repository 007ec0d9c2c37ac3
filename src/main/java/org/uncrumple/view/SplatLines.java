package org.uncrumple.view;

/**
 * See-through polylines about a pixel wide with smoothed edges (Wu's lines), drawn into a {@link
 * PointSplat}'s picture over the marks behind them and under those in front: the lattice. Not
 * thread-safe.
 */
final class SplatLines {
  /** A line's pixel covered less than this is left alone: it would change by a level or two. */
  private static final double FAINTEST = 1.0 / 32;

  private int[] pixels;
  private float[] depth;
  private int width;
  private int height;
  // the rectangle of the pixels changed by the lines being drawn, [x0, x1) × [y0, y1)
  private int x0;
  private int y0;
  private int x1;
  private int y1;

  /**
   * Draws {@code lines} lines of {@code pointsPerLine} points each, one after the other in {@code
   * xyz}, in {@code colour} (premultiplied ARGB, its alpha the lines' opacity). They leave the
   * depth buffer as it is, so draw them last.
   */
  void draw(
      PointSplat picture,
      PointSplat.View view,
      float[] xyz,
      int lines,
      int pointsPerLine,
      int colour) {
    width = picture.width();
    height = picture.height();
    if (width == 0 || height == 0 || xyz == null) {
      return;
    }
    pixels = picture.pixels();
    depth = picture.depth();
    x0 = Integer.MAX_VALUE;
    y0 = Integer.MAX_VALUE;
    x1 = Integer.MIN_VALUE;
    y1 = Integer.MIN_VALUE;
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
    picture.include(x0, y0, x1, y1);
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
    return d > PointSplat.NEAR;
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
}
