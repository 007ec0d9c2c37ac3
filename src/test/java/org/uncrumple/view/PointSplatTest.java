package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The software dots: where they land, what they cover, and what a new picture clears. */
class PointSplatTest {
  private static final int W = 200;
  private static final int H = 100;
  private static final int RED = PointSplat.argb(1, 0, 0);
  private static final int BLUE = PointSplat.argb(0, 0, 1);

  /** Looking down −z from z = 10: x to the right, y up, 1 unit = 100 pixels at depth 10. */
  private static final double[] FRAME = {1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 10};

  private static final double FOCAL = 1000;

  private final PointSplat splat = new PointSplat();

  @BeforeEach
  void size() {
    assertTrue(splat.setSize(W, H));
    assertFalse(splat.setSize(W, H), "the same size again changes nothing");
  }

  @Test
  void aPointLandsWhereTheCameraSeesIt() {
    draw(0.001, new float[] {0.5f, 0.25f, 0}, RED);
    // x: 100 + 1000 · 0.5 / 10 = 150; y: 50 − 1000 · 0.25 / 10 = 25
    assertEquals(RED, pixel(150, 25));
    assertEquals(1, coloured(), "a dot of a tenth of a pixel is one pixel");
  }

  @Test
  void dotsGrowWithTheirRadiusAndGetADarkerRim() {
    draw(0.05, new float[] {0, 0, 0}, RED);
    // radius 1000 · 0.05 / 10 = 5 pixels
    assertEquals(RED, pixel(100, 50), "the centre");
    assertEquals(PointSplat.rimOf(RED), pixel(105, 50), "the rim");
    assertEquals(0, pixel(106, 50), "outside");
    int area = coloured();
    assertTrue(area > 70 && area < 100, "about π·5² pixels: " + area);
  }

  @Test
  void nearerDotsCoverFartherOnes() {
    float[] xyz = {0, 0, -2, 0, 0, 2};
    int[] colours = {BLUE, RED};
    draw(view(0.01), xyz, new int[] {0, 1}, colours, colours, 2);
    assertEquals(RED, pixel(100, 50), "the point at z = 2 is nearer the camera at z = 10");
  }

  @Test
  void pointsBehindTheCameraOrOutsideTheViewAreNotDrawn() {
    float[] xyz = {0, 0, 11, 50, 0, 0, 0.99f, 0, 0};
    int[] colours = {RED, RED, RED};
    draw(view(0.03), xyz, new int[] {0, 1, 2}, colours, colours, 3);
    // only the third, at the right edge (x = 199), is drawn, and only its part inside the picture
    assertEquals(RED, pixel(199, 50));
    int whole = 29; // pixels within 3² + ½ of the centre
    assertTrue(coloured() > whole / 3 && coloured() < whole * 2 / 3, "half a dot: " + coloured());
  }

  @Test
  void aNewPictureClearsTheOldAndSaysWhatChanged() {
    int[] first = draw(0.01, new float[] {-0.5f, 0, 0}, RED);
    assertArrayEquals(new int[] {49, 49, 3, 3}, first, "a 3×3 dot at (50, 50)");
    int[] second = draw(0.01, new float[] {0.5f, 0, 0}, BLUE);
    assertEquals(0, pixel(50, 50), "the old dot is gone");
    assertEquals(BLUE, pixel(150, 50));
    assertArrayEquals(new int[] {49, 49, 103, 3}, second, "both dots' rectangle");
    int[] none = draw(view(0.01), new float[0], new int[0], new int[0], new int[0], 0);
    assertEquals(0, coloured());
    assertArrayEquals(new int[] {149, 49, 3, 3}, none, "only the cleared dot changed");
    int[] nothing = draw(view(0.01), new float[0], new int[0], new int[0], new int[0], 0);
    assertEquals(0, nothing[2], "nothing to clear, nothing changed");
  }

  @Test
  void aLineIsAboutAPixelWideAndSeeThrough() {
    int grey = PointSplat.argb(0.5, 0.5, 0.5, 0.5);
    splat.begin();
    // from x = -0.8 to 0.8 at y = 0.2: pixels 20..180, row 30
    splat.lines(view(0.01), new float[] {-0.8f, 0.2f, 0, 0.8f, 0.2f, 0}, 1, 2, grey);
    int[] changed = splat.end();
    for (int x = 25; x < 175; x += 10) {
      int alpha = 0;
      for (int y = 26; y < 35; y++) {
        alpha += pixel(x, y) >>> 24;
      }
      assertEquals(128, alpha, 3, "opacity summed across the line at x = " + x);
    }
    assertEquals(0, pixel(100, 25), "one or two pixels across, no more");
    assertTrue(changed[2] >= 160 && changed[3] <= 3, "the line's rectangle: " + changed[2]);
  }

  @Test
  void aLineGoesBehindNearerDotsAndOverFartherOnes() {
    int black = PointSplat.argb(0, 0, 0, 1);
    float[] dots = {-0.5f, 0, 1, 0.5f, 0, -1};
    int[] colours = {RED, BLUE};
    splat.begin();
    splat.dots(view(0.02), dots, new int[] {0, 1}, colours, colours, 2);
    // a line at z = 0 along y = 0 from x = -1 to 1, between the two dots in depth
    splat.lines(view(0.02), new float[] {-1, 0, 0, 1, 0, 0}, 1, 2, black);
    splat.end();
    // x = 100 + 1000 · (−0.5) / 9 and 100 + 1000 · 0.5 / 11; the line covers rows 49 and 50 by half
    int nearDot = pixel(44, 50);
    assertEquals(RED, nearDot, "the nearer dot (z = 1) covers the line");
    int farDot = pixel(145, 50);
    assertTrue(farDot != BLUE, "the line crosses the farther dot: " + Integer.toHexString(farDot));
  }

  @Test
  void aNewSizeStartsClear() {
    draw(0.01, new float[] {0, 0, 0}, RED);
    assertTrue(splat.setSize(W / 2, H / 2));
    assertEquals(0, coloured());
    assertEquals(W / 2 * (H / 2), splat.pixels().length);
    draw(0.01, new float[] {0, 0, 0}, BLUE);
    assertEquals(BLUE, splat.pixels()[H / 4 * (W / 2) + W / 4], "drawn at the new size's centre");
  }

  private int[] draw(double radius, float[] xyz, int colour) {
    int[] colours = {colour};
    return draw(view(radius), xyz, new int[] {0}, colours, new int[] {PointSplat.rimOf(colour)}, 1);
  }

  /** A new picture of round dots: the changed rectangle. */
  private int[] draw(
      PointSplat.View view, float[] xyz, int[] order, int[] colours, int[] rims, int count) {
    splat.begin();
    splat.dots(view, xyz, order, colours, rims, count);
    return splat.end();
  }

  @Test
  void pointsBehindTheVeilAreTintedAndOthersAreNot() {
    // a square in the plane z = 0, 1 across; the camera looks from z = 10
    int grey = PointSplat.argb(0.45, 0.45, 0.45, 0.3);
    splat.setVeil(
        new Veil(new double[3], new double[] {1, 0, 0}, new double[] {0, 1, 0}, 0.5, grey));
    float[] xyz = {0, 0, -1, 0.3f, 0.3f, 1, 0.9f, 0, -1};
    int[] colours = {RED, RED, RED};
    draw(view(0.001), xyz, new int[] {0, 1, 2}, colours, colours, 3);
    int behind = pixel(100, 50);
    assertTrue(behind != RED && (behind >> 8 & 0xff) > 0, "tinted: " + Integer.toHexString(behind));
    // (0.3, 0.3, 1) at depth 9 lands at 100 + 300/9, 50 − 300/9
    assertEquals(RED, pixel(133, 16), "in front of the veil");
    // (0.9, 0, −1) at depth 11: behind the plane but beside the square
    assertEquals(RED, pixel(181, 50), "beside the veil");
    splat.setVeil(null);
    draw(view(0.001), xyz, new int[] {0, 1, 2}, colours, colours, 3);
    assertEquals(RED, pixel(100, 50), "no veil");
  }

  private static PointSplat.View view(double radius) {
    return new PointSplat.View(FRAME, FOCAL, radius);
  }

  private int pixel(int x, int y) {
    return splat.pixels()[y * W + x];
  }

  private int coloured() {
    int n = 0;
    for (int p : splat.pixels()) {
      n += p != 0 ? 1 : 0;
    }
    return n;
  }
}
