package org.uncrumple.view;

import java.util.Arrays;

/**
 * The pixels a dot or a diamond of one radius covers, as offsets from its centre pixel, and whether
 * each is on its rim: worked out once for every radius in quarter pixels ({@link
 * PointSplat#STEPS_PER_PIXEL}) up to {@link PointSplat#MAX_RADIUS} times {@link
 * PointSplat#GEM_SHARE}.
 *
 * @param dx horizontal offsets
 * @param dy vertical offsets
 * @param rim whether each pixel is on the rim
 * @param reach the largest offset either way
 */
record Stamp(int[] dx, int[] dy, boolean[] rim, int reach) {
  /** Dots at least this wide in radius (pixels) get a darker rim. */
  private static final double RIM_FROM = 2;

  /**
   * A dot of radius ρ covers the pixels within ρ² + ½ (squared) of its centre pixel: one pixel
   * below half a pixel, a plus at one, a 3×3 square at one and a half; its rim is the outermost
   * pixel's width. A diamond of half-diagonal ρ covers the pixels with |x| + |y| ≤ ρ, and its
   * outline is the outermost one and a bit.
   */
  static Stamp[] all(boolean diamond) {
    int steps = PointSplat.STEPS_PER_PIXEL;
    Stamp[] stamps = new Stamp[(int) (PointSplat.GEM_SHARE * PointSplat.MAX_RADIUS) * steps + 1];
    for (int q = 0; q < stamps.length; q++) {
      double radius = (double) q / steps;
      double outer = diamond ? Math.max(1, radius) : radius * radius + 0.5;
      double inner =
          diamond ? radius - 1.2 : radius >= RIM_FROM ? (radius - 1) * (radius - 1) + 0.5 : outer;
      int reach = diamond ? (int) Math.floor(outer) : (int) Math.floor(Math.sqrt(outer));
      int most = (2 * reach + 1) * (2 * reach + 1);
      int[] dx = new int[most];
      int[] dy = new int[most];
      boolean[] rim = new boolean[most];
      int n = 0;
      for (int y = -reach; y <= reach; y++) {
        for (int x = -reach; x <= reach; x++) {
          int d2 = diamond ? Math.abs(x) + Math.abs(y) : x * x + y * y;
          if (d2 <= outer) {
            dx[n] = x;
            dy[n] = y;
            rim[n] = d2 > inner;
            n++;
          }
        }
      }
      stamps[q] =
          new Stamp(Arrays.copyOf(dx, n), Arrays.copyOf(dy, n), Arrays.copyOf(rim, n), reach);
    }
    return stamps;
  }
}
