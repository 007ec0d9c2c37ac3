package org.uncrumple.view;

/**
 * Keeps the data filling the view: where the camera should look and from how far so that every
 * point falls inside the view and the data spans {@link #FILL} of it along the side it reaches
 * first, and a smooth way there.
 *
 * <p>Symbols as in {@link OrbitCamera}: the camera's axes r (right), u (up) and b (back, towards
 * the camera); {@code tx} and {@code ty} are the tangents of half the field of view across the
 * view's width and height. For an orbit centre c and a data point p let x = (p − c)·r, y = (p −
 * c)·u and w = (p − c)·b. Seen from distance d along b, p lands at x / (d − w) and y / (d − w); it
 * lies within the share f of the view's half-width and half-height if
 *
 * <pre>
 *   d ≥ w + |x| / (f·tx)   and   d ≥ w + |y| / (f·ty).
 * </pre>
 *
 * The fit puts c in the middle of the data's extent along r, u and b and takes the smallest d that
 * satisfies both for every point.
 *
 * <p>The framing eases towards the fit (time constant {@link #EASE_SECONDS}) so a glide through the
 * stages never makes the camera jump, and once it has arrived it stays put until the fit moves by
 * more than {@link #DEAD_BAND}, so small changes (training nudging the points) do not keep the view
 * moving. Whatever the easing, the distance never falls below what keeps every point within {@link
 * #MAX_FILL} of the view. Only the first {@link #SAMPLE} points are looked at: the picture's points
 * are in a random order, so that is a fair subset of a large cloud.
 *
 * <p>Pure logic; the viewport calls it on the FX thread once a pulse.
 */
final class Framing {
  /** The share of the view the data spans along the side it reaches first. */
  static final double FILL = 0.8;

  /** No point is ever framed further out than this share of the view's half-extent. */
  static final double MAX_FILL = 0.96;

  /** How quickly the camera follows the fit: it covers 63 % of the way in this time. */
  static final double EASE_SECONDS = 0.2;

  /** Relative change of the fit below which a settled framing does not move. */
  static final double DEAD_BAND = 0.04;

  /** Once this close (relative), the framing snaps to the fit and is settled. */
  private static final double ARRIVED = 0.004;

  /** Points looked at, at most. */
  static final int SAMPLE = 20_000;

  /** The fit never comes closer than this: data collapsed to a speck is not blown up. */
  static final double MIN_DISTANCE = 1.0;

  /** The nearest a framed point comes to the camera, in data units (the near clip is 0.05). */
  private static final double NEAREST_DEPTH = 0.5;

  private float[] xyz;
  private int count;
  private boolean jump = true;
  private boolean settled;
  private boolean jumped;
  private final double[] centre = new double[3];
  private final double[] target = new double[4];
  private double distance = Double.NaN;

  /**
   * The data to frame: the first {@code count} points of {@code xyz} (x, y, z each). The array is
   * read on later pulses too.
   */
  void setData(float[] xyz, int count) {
    this.xyz = xyz;
    this.count = count;
  }

  /** Go straight to the next fit instead of easing (a new scene). */
  void jumpNextTime() {
    jump = true;
  }

  boolean hasData() {
    return xyz != null && count > 0;
  }

  /** Where the camera should orbit now, data coordinates. */
  double[] centre() {
    return centre.clone();
  }

  /** The distance of the fit reached so far (before the user's own zoom). */
  double distance() {
    return distance;
  }

  /** Whether the last step went straight to the fit (the first, or after {@link #jumpNextTime}). */
  boolean jumped() {
    return jumped;
  }

  /** Whether the framing has arrived and will not move until the data or the angle change much. */
  boolean isSettled() {
    return settled;
  }

  /**
   * One pulse: moves the framing towards the fit for the camera's present angle.
   *
   * @param seconds time since the previous pulse
   * @param frame the camera's axes r, u, b at 0..8 (see {@link OrbitCamera#frame()})
   * @param tx tangent of half the field of view across the width
   * @param ty the same across the height
   * @return whether the framing moved (or jumped)
   */
  boolean step(double seconds, double[] frame, double tx, double ty) {
    jumped = false;
    if (!hasData()) {
      return false;
    }
    int n = Math.min(count, SAMPLE);
    fit(xyz, n, frame, tx, ty, FILL, target);
    if (jump || Double.isNaN(distance)) {
      System.arraycopy(target, 0, centre, 0, 3);
      distance = target[3];
      jump = false;
      jumped = true;
      settled = true;
      return true;
    }
    double off = offset();
    if (settled && off < DEAD_BAND) {
      return keepInside(n, frame, tx, ty);
    }
    settled = false;
    if (off < ARRIVED) {
      System.arraycopy(target, 0, centre, 0, 3);
      distance = target[3];
      settled = true;
      return true;
    }
    // Exponential easing: each pulse covers the share a of what is left.
    double a = 1 - Math.exp(-Math.max(0, seconds) / EASE_SECONDS);
    for (int i = 0; i < 3; i++) {
      centre[i] += a * (target[i] - centre[i]);
    }
    distance = Math.exp(Math.log(distance) + a * (Math.log(target[3]) - Math.log(distance)));
    keepInside(n, frame, tx, ty);
    return true;
  }

  /** Backs off at once if the framing reached so far would leave a point outside MAX_FILL. */
  private boolean keepInside(int n, double[] frame, double tx, double ty) {
    double needed = distanceFor(xyz, n, frame, centre, tx, ty, MAX_FILL);
    if (needed > distance) {
      distance = needed;
      return true;
    }
    return false;
  }

  /** How far the fit is from the framing reached so far, relative to the distance. */
  private double offset() {
    double dc =
        Math.sqrt(
            sq(target[0] - centre[0]) + sq(target[1] - centre[1]) + sq(target[2] - centre[2]));
    return Math.max(dc / target[3], Math.abs(Math.log(target[3] / distance)));
  }

  /**
   * The fit of the first {@code n} points: centre (x, y, z) at {@code out[0..2]} and distance at
   * {@code out[3]}, for the share {@code fill} of the view. The centre starts in the middle of the
   * data's extent along r, u and b; as near points look bigger than far ones, it is then moved
   * twice so that the points' extent on screen is centred too.
   */
  static void fit(
      float[] xyz, int n, double[] frame, double tx, double ty, double fill, double[] out) {
    double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
    double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (int i = 0; i < n; i++) {
      double px = xyz[3 * i];
      double py = xyz[3 * i + 1];
      double pz = xyz[3 * i + 2];
      for (int axis = 0; axis < 3; axis++) {
        double v = px * frame[3 * axis] + py * frame[3 * axis + 1] + pz * frame[3 * axis + 2];
        lo[axis] = Math.min(lo[axis], v);
        hi[axis] = Math.max(hi[axis], v);
      }
    }
    // c = ((lo+hi)/2 along r)·r + (… along u)·u + (… along b)·b
    for (int i = 0; i < 3; i++) {
      out[i] = 0;
      for (int axis = 0; axis < 3; axis++) {
        out[i] += (lo[axis] + hi[axis]) / 2 * frame[3 * axis + i];
      }
    }
    for (int round = 0; round < 2; round++) {
      double d = distanceFor(xyz, n, frame, out, tx, ty, fill);
      // The screen extent X = x / (d − w), Y = y / (d − w); its middle, times d, is how far the
      // centre is off along r and u at the centre's depth.
      double minX = Double.POSITIVE_INFINITY;
      double maxX = Double.NEGATIVE_INFINITY;
      double minY = Double.POSITIVE_INFINITY;
      double maxY = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        double px = xyz[3 * i] - out[0];
        double py = xyz[3 * i + 1] - out[1];
        double pz = xyz[3 * i + 2] - out[2];
        double depth = d - (px * frame[6] + py * frame[7] + pz * frame[8]);
        double x = (px * frame[0] + py * frame[1] + pz * frame[2]) / depth;
        double y = (px * frame[3] + py * frame[4] + pz * frame[5]) / depth;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
      double shiftR = (minX + maxX) / 2 * d;
      double shiftU = (minY + maxY) / 2 * d;
      for (int i = 0; i < 3; i++) {
        out[i] += shiftR * frame[i] + shiftU * frame[3 + i];
      }
    }
    out[3] = distanceFor(xyz, n, frame, out, tx, ty, fill);
  }

  /**
   * The smallest distance from {@code c} at which the first {@code n} points lie within the share
   * {@code fill} of the view: max over the points of w + max(|x| / (f·tx), |y| / (f·ty)), and at
   * least {@link #MIN_DISTANCE} and a little more than the nearest point's depth.
   */
  static double distanceFor(
      float[] xyz, int n, double[] frame, double[] c, double tx, double ty, double fill) {
    double sx = 1 / (fill * tx);
    double sy = 1 / (fill * ty);
    double d = MIN_DISTANCE;
    for (int i = 0; i < n; i++) {
      double px = xyz[3 * i] - c[0];
      double py = xyz[3 * i + 1] - c[1];
      double pz = xyz[3 * i + 2] - c[2];
      double x = px * frame[0] + py * frame[1] + pz * frame[2];
      double y = px * frame[3] + py * frame[4] + pz * frame[5];
      double w = px * frame[6] + py * frame[7] + pz * frame[8];
      d = Math.max(d, w + Math.max(Math.abs(x) * sx, Math.abs(y) * sy));
      d = Math.max(d, w + NEAREST_DEPTH);
    }
    return Math.min(d, OrbitCamera.MAX_DISTANCE);
  }

  private static double sq(double v) {
    return v * v;
  }
}
