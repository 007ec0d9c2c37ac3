package org.uncrumple.view;

import java.util.Arrays;

/**
 * See-through triangle meshes, smoothly lit, blended into a {@link PointSplat}'s picture over the
 * marks behind them and over nothing where a mark lies in front: the paper sheets and the decision
 * surface.
 *
 * <p>Drawn here rather than by the 3-D renderer because, without a graphics card, Mesa's software
 * OpenGL cost far more: the sheets and the surface as 3-D meshes took a third of the window's frame
 * rate while they moved (their vertex buffers rebuilt on the render thread every frame, the surface
 * all of it whenever training changed its triangles, and every see-through pixel lit by a shader).
 * Drawn here, a pixel costs a few additions and a blend.
 *
 * <p>Light comes from the camera, as JavaFX's default light does, and lights both sides of a
 * triangle alike: a sheet seen from behind is as bright as from the front. Each vertex is lit from
 * its normal, and the colour is interpolated across the triangle (Gouraud shading), so a crumpled
 * sheet shows its folds without facets. The triangles blend in the order given, and leave the depth
 * buffer as it is: the layers of a see-through sheet all show, whatever their order.
 *
 * <p>Vertices are placed on a grid of {@value #SUB} steps per pixel and edges are decided exactly
 * (the top-left rule), so the pixels along an edge two triangles share are blended once, never
 * twice or not at all: no seams. Not thread-safe.
 */
final class SplatTriangles {
  /** Sub-pixel steps of a vertex's position on screen. */
  static final int SUB = 16;

  /** How bright a side is when it faces away from the light at a grazing angle. */
  static final double AMBIENT = 0.4;

  private static final double DIFFUSE = 1 - AMBIENT;
  private static final double SHININESS = 32;

  /** Screen positions beyond this many pixels are not drawn (a vertex right beside the camera). */
  private static final double FAR_OFF = 1e5;

  /**
   * How a mesh is painted.
   *
   * @param red red of the mesh's colour, 0..1
   * @param green green, 0..1
   * @param blue blue, 0..1
   * @param opacity how much of the mesh's colour a pixel takes, 0..1
   * @param specular the strength of the highlight where a side faces the light squarely, 0..1
   */
  record Paint(double red, double green, double blue, double opacity, double specular) {}

  private long[] screenX = new long[0];
  private long[] screenY = new long[0];
  private float[] inverseDepth = new float[0];
  private float[] red = new float[0];
  private float[] green = new float[0];
  private float[] blue = new float[0];
  private boolean[] seen = new boolean[0];
  private final float[] tinted = new float[9];
  // the pixels of the row being filled, [spanFrom, spanTo]
  private int spanFrom;
  private int spanTo;

  /**
   * Blends the triangles into {@code picture}.
   *
   * @param xyz the vertices, x, y, z each
   * @param normals a unit normal per vertex (either side), x, y, z each
   * @param triangles vertex index triples
   */
  void draw(
      PointSplat picture,
      PointSplat.View view,
      float[] xyz,
      float[] normals,
      int[] triangles,
      Paint paint) {
    int width = picture.width();
    int height = picture.height();
    if (width == 0 || height == 0 || xyz == null || triangles.length == 0) {
      return;
    }
    light(view, xyz, normals, xyz.length / 3, paint, width, height);
    int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
    int alpha = (int) Math.round(paint.opacity() * 255);
    Veil veil = picture.veil();
    for (int t = 0; t + 2 < triangles.length; t += 3) {
      int a = triangles[t];
      int b = triangles[t + 1];
      int c = triangles[t + 2];
      if (!(seen[a] && seen[b] && seen[c])) {
        continue;
      }
      float[] colours = null;
      if (veil != null
          && veil.covers(
              view.frame(),
              (xyz[3 * a] + xyz[3 * b] + xyz[3 * c]) / 3.0,
              (xyz[3 * a + 1] + xyz[3 * b + 1] + xyz[3 * c + 1]) / 3.0,
              (xyz[3 * a + 2] + xyz[3 * b + 2] + xyz[3 * c + 2]) / 3.0)) {
        colours = tint(veil, a, b, c, paint.opacity());
      }
      fill(picture, a, b, c, alpha, colours, box);
    }
    picture.include(box[0], box[1], box[2], box[3]);
  }

  /** Projects and lights every vertex. */
  private void light(
      PointSplat.View view,
      float[] xyz,
      float[] normals,
      int vertices,
      Paint paint,
      int width,
      int height) {
    if (seen.length < vertices) {
      int room = Math.max(vertices, 2 * seen.length);
      screenX = new long[room];
      screenY = new long[room];
      inverseDepth = new float[room];
      red = new float[room];
      green = new float[room];
      blue = new float[room];
      seen = new boolean[room];
    }
    double[] f = view.frame();
    double focal = view.focal();
    for (int v = 0; v < vertices; v++) {
      double vx = xyz[3 * v] - f[9];
      double vy = xyz[3 * v + 1] - f[10];
      double vz = xyz[3 * v + 2] - f[11];
      double d = -(vx * f[6] + vy * f[7] + vz * f[8]);
      double x = width / 2.0 + focal * (vx * f[0] + vy * f[1] + vz * f[2]) / d;
      double y = height / 2.0 - focal * (vx * f[3] + vy * f[4] + vz * f[5]) / d;
      seen[v] = d > PointSplat.NEAR && Math.abs(x) < FAR_OFF && Math.abs(y) < FAR_OFF;
      if (!seen[v]) {
        continue;
      }
      screenX[v] = Math.round(x * SUB);
      screenY[v] = Math.round(y * SUB);
      inverseDepth[v] = (float) (1 / d);
      // the cosine between the normal and the way to the camera, whichever side faces it
      double distance = Math.sqrt(vx * vx + vy * vy + vz * vz);
      double facing =
          Math.abs(normals[3 * v] * vx + normals[3 * v + 1] * vy + normals[3 * v + 2] * vz)
              / distance;
      facing = Math.min(1, facing);
      double shade = AMBIENT + DIFFUSE * facing;
      // the light is at the eye, so the reflected light meets the eye at 2·cos² − 1
      double glint = paint.specular() * Math.pow(Math.max(0, 2 * facing * facing - 1), SHININESS);
      double premultiplied = 255 * paint.opacity();
      red[v] = (float) (premultiplied * Math.min(1, paint.red() * shade + glint));
      green[v] = (float) (premultiplied * Math.min(1, paint.green() * shade + glint));
      blue[v] = (float) (premultiplied * Math.min(1, paint.blue() * shade + glint));
    }
  }

  /**
   * The three vertices' colours seen through the veil, premultiplied by {@code opacity}: red,
   * green, blue of a, b, c.
   */
  private float[] tint(Veil veil, int a, int b, int c, double opacity) {
    int[] corners = {a, b, c};
    for (int k = 0; k < 3; k++) {
      int v = corners[k];
      int argb =
          0xff00_0000
              | channel(red[v] / opacity) << 16
              | channel(green[v] / opacity) << 8
              | channel(blue[v] / opacity);
      int seenThrough = veil.tint(argb);
      tinted[3 * k] = (float) (((seenThrough >> 16) & 0xff) * opacity);
      tinted[3 * k + 1] = (float) (((seenThrough >> 8) & 0xff) * opacity);
      tinted[3 * k + 2] = (float) ((seenThrough & 0xff) * opacity);
    }
    return tinted;
  }

  private static int channel(double value) {
    return (int) Math.max(0, Math.min(255, Math.round(value)));
  }

  /**
   * Blends one triangle: the pixels whose centres lie inside it, or on a top or left edge, and that
   * no mark covers in front of it. Grows {@code box} ({x0, y0, x1, y1}) by the pixels blended.
   *
   * @param colours the vertices' colours if not their own (seen through the veil), else null
   */
  private void fill(
      PointSplat picture, int a, int b, int c, int alpha, float[] colours, int[] box) {
    long ax = screenX[a];
    long ay = screenY[a];
    long bx = screenX[b];
    long by = screenY[b];
    long cx = screenX[c];
    long cy = screenY[c];
    long area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    if (area == 0) {
      return;
    }
    if (area < 0) {
      // wound the other way: swap b and c so that the edge functions are positive inside
      int swap = b;
      b = c;
      c = swap;
      long sx = bx;
      long sy = by;
      bx = cx;
      by = cy;
      cx = sx;
      cy = sy;
      area = -area;
      if (colours != null) {
        colours = Arrays.copyOf(colours, 9);
        for (int k = 3; k < 6; k++) {
          float keep = colours[k];
          colours[k] = colours[k + 3];
          colours[k + 3] = keep;
        }
      }
    }
    int width = picture.width();
    int height = picture.height();
    int left = (int) Math.max(0, Math.floorDiv(Math.min(ax, Math.min(bx, cx)), SUB));
    int top = (int) Math.max(0, Math.floorDiv(Math.min(ay, Math.min(by, cy)), SUB));
    int right = (int) Math.min(width - 1, Math.floorDiv(Math.max(ax, Math.max(bx, cx)), SUB));
    int bottom = (int) Math.min(height - 1, Math.floorDiv(Math.max(ay, Math.max(by, cy)), SUB));
    if (left > right || top > bottom) {
      return;
    }
    // Edge functions at the first pixel's centre; each is positive on the triangle's side of its
    // edge and grows by a fixed step per pixel. e0 is the edge opposite a, so e0 / area is a's
    // weight; likewise e1 for b and e2 for c.
    long px = (long) left * SUB + SUB / 2;
    long py = (long) top * SUB + SUB / 2;
    long e0 = edge(bx, by, cx, cy, px, py);
    long e1 = edge(cx, cy, ax, ay, px, py);
    long e2 = edge(ax, ay, bx, by, px, py);
    long e0x = -(cy - by) * SUB;
    long e1x = -(ay - cy) * SUB;
    long e2x = -(by - ay) * SUB;
    long e0y = (cx - bx) * SUB;
    long e1y = (ax - cx) * SUB;
    long e2y = (bx - ax) * SUB;
    float qa = inverseDepth[a];
    float qb = inverseDepth[b];
    float qc = inverseDepth[c];
    float ra = colours == null ? red[a] : colours[0];
    float ga = colours == null ? green[a] : colours[1];
    float ba = colours == null ? blue[a] : colours[2];
    float rb = colours == null ? red[b] : colours[3];
    float gb = colours == null ? green[b] : colours[4];
    float bb = colours == null ? blue[b] : colours[5];
    float rc = colours == null ? red[c] : colours[6];
    float gc = colours == null ? green[c] : colours[7];
    float bc = colours == null ? blue[c] : colours[8];
    // Each quantity (inverse depth, red, green, blue) is a plane over the screen: its value at the
    // first pixel's centre and its change per pixel along x and y.
    double w0 = (double) e0 / area;
    double w1 = (double) e1 / area;
    double w2 = (double) e2 / area;
    double x0 = (double) e0x / area;
    double x1 = (double) e1x / area;
    double x2 = (double) e2x / area;
    double y0 = (double) e0y / area;
    double y1 = (double) e1y / area;
    double y2 = (double) e2y / area;
    float q = (float) (w0 * qa + w1 * qb + w2 * qc);
    float qx = (float) (x0 * qa + x1 * qb + x2 * qc);
    float qy = (float) (y0 * qa + y1 * qb + y2 * qc);
    float r = (float) (w0 * ra + w1 * rb + w2 * rc);
    float rx = (float) (x0 * ra + x1 * rb + x2 * rc);
    float ry = (float) (y0 * ra + y1 * rb + y2 * rc);
    float g = (float) (w0 * ga + w1 * gb + w2 * gc);
    float gx = (float) (x0 * ga + x1 * gb + x2 * gc);
    float gy = (float) (y0 * ga + y1 * gb + y2 * gc);
    float bl = (float) (w0 * ba + w1 * bb + w2 * bc);
    float blx = (float) (x0 * ba + x1 * bb + x2 * bc);
    float bly = (float) (y0 * ba + y1 * bb + y2 * bc);
    // pixels exactly on an edge belong to the triangle only if the edge is a top or left one
    e0 -= topLeft(bx, by, cx, cy) ? 0 : 1;
    e1 -= topLeft(cx, cy, ax, ay) ? 0 : 1;
    e2 -= topLeft(ax, ay, bx, by) ? 0 : 1;
    int[] pixels = picture.pixels();
    float[] depth = picture.depth();
    int keep = 256 - alpha;
    boolean any = false;
    for (int y = top; y <= bottom; y++, e0 += e0y, e1 += e1y, e2 += e2y) {
      // the pixels of this row inside all three edges, [from, to]
      spanFrom = left;
      spanTo = right;
      inside(e0, e0x, left);
      inside(e1, e1x, left);
      inside(e2, e2x, left);
      int dy = y - top;
      int dx = spanFrom - left;
      float depthHere = q + qx * dx + qy * dy;
      float redHere = r + rx * dx + ry * dy;
      float greenHere = g + gx * dx + gy * dy;
      float blueHere = bl + blx * dx + bly * dy;
      int row = y * width;
      for (int x = spanFrom;
          x <= spanTo;
          x++, depthHere += qx, redHere += rx, greenHere += gx, blueHere += blx) {
        int i = row + x;
        if (depthHere * depth[i] > 1) {
          int under = pixels[i];
          int outRed = (int) redHere + (((under >> 16) & 0xff) * keep >> 8);
          int outGreen = (int) greenHere + (((under >> 8) & 0xff) * keep >> 8);
          int outBlue = (int) blueHere + ((under & 0xff) * keep >> 8);
          int al = alpha + ((under >>> 24) * keep >> 8);
          pixels[i] =
              Math.min(255, al) << 24
                  | Math.min(255, outRed) << 16
                  | Math.min(255, outGreen) << 8
                  | Math.min(255, outBlue);
          any = true;
        }
      }
    }
    if (any) {
      box[0] = Math.min(box[0], left);
      box[1] = Math.min(box[1], top);
      box[2] = Math.max(box[2], right + 1);
      box[3] = Math.max(box[3], bottom + 1);
    }
  }

  /**
   * Narrows the span [{@code spanFrom}, {@code spanTo}] of a row to the pixels where an edge
   * function that is {@code value} at pixel {@code left} and grows by {@code step} a pixel is not
   * negative: worked out exactly, so that it says what testing each pixel would.
   */
  private void inside(long value, long step, int left) {
    if (step == 0) {
      if (value < 0) {
        spanTo = spanFrom - 1;
      }
    } else if (step > 0) {
      if (value < 0) {
        spanFrom =
            (int)
                Math.max(spanFrom, left + Math.min(Integer.MAX_VALUE, (-value + step - 1) / step));
      }
    } else if (value < 0) {
      spanTo = spanFrom - 1;
    } else {
      spanTo = (int) Math.min(spanTo, left + value / -step);
    }
  }

  /** Twice the signed area of (from, to, p): positive when p lies on the inner side. */
  private static long edge(long fromX, long fromY, long toX, long toY, long px, long py) {
    return (toX - fromX) * (py - fromY) - (toY - fromY) * (px - fromX);
  }

  /**
   * Whether the edge from → to is a top edge (level, the triangle below it on screen) or a left
   * one, for triangles wound so that the edge functions are positive inside.
   */
  private static boolean topLeft(long fromX, long fromY, long toX, long toY) {
    long dy = toY - fromY;
    return dy < 0 || (dy == 0 && toX > fromX);
  }
}
