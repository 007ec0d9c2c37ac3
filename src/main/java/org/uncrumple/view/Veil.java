package org.uncrumple.view;

/**
 * A see-through square in the picture, the decision plane: the marks the point cloud draws seen
 * through it (those behind it as the camera looks: dots, diamonds, the sheets' and the surface's
 * triangles) are tinted with its colour, as they would be behind the translucent plane the 3-D view
 * draws (the point cloud's picture lies over the 3-D view, so the plane cannot cover them itself).
 *
 * @param centre the square's centre
 * @param a one unit vector along the square
 * @param b the other, perpendicular to {@code a}
 * @param half half the square's side
 * @param colour the tint, premultiplied ARGB: its alpha is how much of it a point takes on
 */
record Veil(double[] centre, double[] a, double[] b, double half, int colour) {
  /**
   * Whether the segment from the camera's eye to the point (x, y, z) passes through the square.
   *
   * @param frame the camera's axes and eye, as {@link OrbitCamera#frame}
   */
  boolean covers(double[] frame, double x, double y, double z) {
    double ex = frame[9];
    double ey = frame[10];
    double ez = frame[11];
    double nx = a[1] * b[2] - a[2] * b[1];
    double ny = a[2] * b[0] - a[0] * b[2];
    double nz = a[0] * b[1] - a[1] * b[0];
    double eyeSide = nx * (ex - centre[0]) + ny * (ey - centre[1]) + nz * (ez - centre[2]);
    double pointSide = nx * (x - centre[0]) + ny * (y - centre[1]) + nz * (z - centre[2]);
    if (!(eyeSide * pointSide < 0)) {
      return false;
    }
    double t = eyeSide / (eyeSide - pointSide);
    double qx = ex + t * (x - ex) - centre[0];
    double qy = ey + t * (y - ey) - centre[1];
    double qz = ez + t * (z - ez) - centre[2];
    return Math.abs(qx * a[0] + qy * a[1] + qz * a[2]) <= half
        && Math.abs(qx * b[0] + qy * b[1] + qz * b[2]) <= half;
  }

  /** An opaque colour seen through the veil. */
  int tint(int argb) {
    int keep = 256 - (colour >>> 24);
    int red = ((colour >> 16) & 0xff) + (((argb >> 16) & 0xff) * keep >> 8);
    int green = ((colour >> 8) & 0xff) + (((argb >> 8) & 0xff) * keep >> 8);
    int blue = (colour & 0xff) + ((argb & 0xff) * keep >> 8);
    return 0xff00_0000 | Math.min(255, red) << 16 | Math.min(255, green) << 8 | Math.min(255, blue);
  }
}
