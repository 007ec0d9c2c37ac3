package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The see-through triangles of the sheets and the surface, drawn in software: what they cover, how
 * they blend over the dots behind them and not over those in front, and that the edges two
 * triangles share are blended once.
 */
class SplatTrianglesTest {
  private static final int W = 200;
  private static final int H = 100;
  private static final int RED = PointSplat.argb(1, 0, 0);

  /** Looking down −z from z = 10: x to the right, y up, 1 unit = 100 pixels at depth 10. */
  private static final double[] FRAME = {1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 10};

  private static final PointSplat.View VIEW = new PointSplat.View(FRAME, 1000, 0.01);

  private static final SplatTriangles.Paint BLUE = new SplatTriangles.Paint(0, 0, 1, 0.5, 0);

  private final PointSplat splat = new PointSplat();

  @BeforeEach
  void size() {
    splat.setSize(W, H);
    splat.begin();
  }

  @Test
  void aGridOfTrianglesIsBlendedOnceAtEveryPixelNoSeamsAndNoGaps() {
    // an 8 × 8 grid of cells over x, y in [−0.6, 0.6] × [−0.3, 0.3], facing the camera, with its
    // vertices off the pixel grid; the picture's pixel (x, y) looks at (x − 100, 50 − y) / 100
    int side = 9;
    float[] xyz = new float[3 * side * side];
    float[] normals = new float[3 * side * side];
    for (int i = 0; i < side; i++) {
      for (int j = 0; j < side; j++) {
        int v = i * side + j;
        xyz[3 * v] = -0.6013f + 1.2f * j / (side - 1);
        xyz[3 * v + 1] = -0.3007f + 0.6f * i / (side - 1);
        normals[3 * v + 2] = 1;
      }
    }
    splat.triangles(VIEW, xyz, normals, SheetMeshes.gridTriangles(side, side), BLUE);
    int alpha = Math.round(0.5f * 255);
    for (int y = 22; y < 78; y++) {
      for (int x = 42; x < 158; x++) {
        assertEquals(alpha, pixel(x, y) >>> 24, "pixel (" + x + ", " + y + ") blended once");
      }
    }
    assertEquals(0, pixel(30, 50), "beside the grid");
    assertEquals(0, pixel(100, 15), "above it");
    int blue = pixel(100, 50) & 0xff;
    assertTrue(blue > 120 && blue <= alpha, "blue, half see-through: " + blue);
    assertEquals(0, (pixel(100, 50) >> 16) & 0xff, "nothing red");
    int[] changed = splat.end();
    assertTrue(changed[0] <= 42 && changed[0] + changed[2] >= 158, "the changed rectangle");
  }

  @Test
  void aDotBehindShowsThroughTintedAndADotInFrontCoversTheTriangle() {
    float[] dots = {-0.3f, 0, -1, 0.3f, 0, 1};
    int[] colours = {RED, RED};
    splat.dots(new PointSplat.View(FRAME, 1000, 0.03), dots, new int[] {0, 1}, colours, colours, 2);
    float[] triangle = {-1, -0.45f, 0, 1, -0.45f, 0, 0, 0.45f, 0};
    float[] normals = {0, 0, 1, 0, 0, 1, 0, 0, 1};
    splat.triangles(VIEW, triangle, normals, new int[] {0, 1, 2}, BLUE);
    // the dot at z = −1 lies behind the triangle: x = 100 − 1000 · 0.3 / 11 ≈ 73
    int behind = pixel(73, 50);
    assertTrue(
        ((behind >> 16) & 0xff) > 80 && (behind & 0xff) > 80,
        "red under blue: " + Integer.toHexString(behind));
    assertEquals(255, behind >>> 24, "opaque: the dot is");
    // the dot at z = 1 lies in front: x = 100 + 1000 · 0.3 / 9 ≈ 133
    assertEquals(RED, pixel(133, 50), "in front, untouched");
  }

  @Test
  void bothSidesAreLitAlikeAndAGlancingSideIsDarker() {
    float[] facing = {-0.5f, -0.3f, 0, 0.5f, -0.3f, 0, 0, 0.3f, 0};
    float[] towards = {0, 0, 1, 0, 0, 1, 0, 0, 1};
    float[] away = {0, 0, -1, 0, 0, -1, 0, 0, -1};
    float[] glancing = {1, 0, 0, 1, 0, 0, 1, 0, 0};
    int front = drawnBlue(facing, towards, new int[] {0, 1, 2});
    int back = drawnBlue(facing, away, new int[] {0, 2, 1});
    int side = drawnBlue(facing, glancing, new int[] {0, 1, 2});
    assertEquals(front, back, "as bright from behind, wound the other way");
    assertTrue(side < front, "a side the light grazes is darker: " + side + " < " + front);
    assertTrue(side > 0, "but not black");
  }

  @Test
  void trianglesSeenThroughTheDecisionPlaneAreTintedByIt() {
    float[] normals = {0, 0, 1, 0, 0, 1, 0, 0, 1};
    float[] behind = {-0.2f, -0.2f, -1, 0.2f, -0.2f, -1, 0, 0.2f, -1};
    float[] front = {-0.2f, -0.2f, 1, 0.2f, -0.2f, 1, 0, 0.2f, 1};
    int plain = drawn(behind, normals);
    assertEquals(plain, drawn(front, normals), "without a plane, lit alike at either depth");
    splat.setVeil(
        new Veil(
            new double[3],
            new double[] {1, 0, 0},
            new double[] {0, 1, 0},
            0.5,
            PointSplat.argb(1, 1, 0, 0.5)));
    int tinted = drawn(behind, normals);
    assertTrue(((tinted >> 16) & 0xff) > 40, "yellowed: " + Integer.toHexString(tinted));
    int clear = drawn(front, normals);
    assertEquals(
        0, (clear >> 16) & 0xff, "in front of the plane, not: " + Integer.toHexString(clear));
  }

  @Test
  void trianglesBehindTheCameraAreNotDrawn() {
    float[] behind = {-1, -1, 11, 1, -1, 11, 0, 1, 11};
    float[] normals = {0, 0, 1, 0, 0, 1, 0, 0, 1};
    splat.triangles(VIEW, behind, normals, new int[] {0, 1, 2}, BLUE);
    assertEquals(0, splat.end()[2], "nothing drawn");
  }

  /** The pixel in the middle of the picture after drawing one triangle alone. */
  private int drawn(float[] xyz, float[] normals) {
    splat.begin();
    splat.triangles(VIEW, xyz, normals, new int[] {0, 1, 2}, BLUE);
    splat.end();
    return pixel(100, 50);
  }

  private int drawnBlue(float[] xyz, float[] normals, int[] triangle) {
    splat.begin();
    splat.triangles(VIEW, xyz, normals, triangle, BLUE);
    splat.end();
    return pixel(100, 50) & 0xff;
  }

  private int pixel(int x, int y) {
    return splat.pixels()[y * W + x];
  }
}
