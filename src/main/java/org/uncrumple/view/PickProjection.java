package org.uncrumple.view;

/**
 * Where a point of the data coordinates lands on the view, for picking it with the mouse: the
 * camera's frame (see {@link OrbitCamera#frame()}) and a perspective projection whose field of view
 * spans the view's smaller side, as {@link Viewport} sets it up.
 */
public final class PickProjection {
  private final double[] frame;
  private final double focal;
  private final double width;
  private final double height;

  /**
   * @param frame the camera's right, up and back axes and its eye, 12 values
   * @param fieldOfView degrees across the view's smaller side
   */
  PickProjection(double[] frame, double fieldOfView, double width, double height) {
    this.frame = frame.clone();
    this.width = width;
    this.height = height;
    this.focal = Math.min(width, height) / 2 / Math.tan(Math.toRadians(fieldOfView) / 2);
  }

  /**
   * Writes the view position (pixels from the top left) and the depth of the data point (x, y, z)
   * into {@code out}; the depth is not positive for a point behind the camera.
   */
  public void project(double x, double y, double z, double[] out) {
    double vx = x - frame[9];
    double vy = y - frame[10];
    double vz = z - frame[11];
    double right = vx * frame[0] + vy * frame[1] + vz * frame[2];
    double up = vx * frame[3] + vy * frame[4] + vz * frame[5];
    double depth = -(vx * frame[6] + vy * frame[7] + vz * frame[8]);
    out[0] = width / 2 + focal * right / depth;
    out[1] = height / 2 - focal * up / depth;
    out[2] = depth;
  }

  /**
   * The point among the first {@code count} of {@code xyz} that lands nearest the view position (x,
   * y), within {@code maxPixels}; among points equally near, the one nearest the camera. −1 when
   * none is that near.
   */
  public int nearest(float[] xyz, int count, double x, double y, double maxPixels) {
    double[] p = new double[3];
    int best = -1;
    double bestScore = Double.POSITIVE_INFINITY;
    for (int i = 0; i < count; i++) {
      project(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2], p);
      if (!(p[2] > 0)) {
        continue;
      }
      double dx = p[0] - x;
      double dy = p[1] - y;
      double distance = Math.sqrt(dx * dx + dy * dy);
      if (distance > maxPixels) {
        continue;
      }
      // Whole pixels first, then depth: a point in front wins over one just behind it.
      double score = Math.floor(distance) * 1e6 + p[2];
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best;
  }
}
