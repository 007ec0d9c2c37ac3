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
 * The fit takes the camera position nearest the data that satisfies both for every point, with the
 * data centred on screen (see {@link #fit}).
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
  static final double NEAREST_DEPTH = 0.5;

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
   * {@code out[3]}, for the share {@code fill} of the view, solved exactly for perspective.
   *
   * <p>Put the camera at s·r + t·u + D·b (data coordinates) and let sx = 1 / (f·tx). A point (x, y,
   * w) is inside across the width if |x − s|·sx ≤ D − w, that is s ≥ (w + x·sx − D) / sx and s ≤ (D
   * − w + x·sx) / sx. With A = max(w + x·sx) and B = max(w − x·sx) over the points, some s fits if
   * and only if D ≥ (A + B) / 2, and the middle of the s that fit is (A − B) / (2·sx), whatever D.
   * The same holds across the height; D is the larger of the two bounds (and keeps the nearest
   * point in front of the camera), s and t the middles, so the data's extent on screen is centred
   * along the side it reaches first and inside along the other. The orbit centre is at the depth of
   * the middle of the data's extent along b.
   */
  static void fit(
      float[] xyz, int n, double[] frame, double tx, double ty, double fill, double[] out) {
    double sx = 1 / (fill * tx);
    double sy = 1 / (fill * ty);
    double rightA = Double.NEGATIVE_INFINITY;
    double rightB = Double.NEGATIVE_INFINITY;
    double upA = Double.NEGATIVE_INFINITY;
    double upB = Double.NEGATIVE_INFINITY;
    double near = Double.NEGATIVE_INFINITY;
    double far = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double px = xyz[3 * i];
      double py = xyz[3 * i + 1];
      double pz = xyz[3 * i + 2];
      double x = px * frame[0] + py * frame[1] + pz * frame[2];
      double y = px * frame[3] + py * frame[4] + pz * frame[5];
      double w = px * frame[6] + py * frame[7] + pz * frame[8];
      rightA = Math.max(rightA, w + x * sx);
      rightB = Math.max(rightB, w - x * sx);
      upA = Math.max(upA, w + y * sy);
      upB = Math.max(upB, w - y * sy);
      near = Math.max(near, w);
      far = Math.min(far, w);
    }
    double depth = (near + far) / 2;
    double camera =
        Math.max(
            Math.max((rightA + rightB) / 2, (upA + upB) / 2),
            Math.max(near + NEAREST_DEPTH, depth + MIN_DISTANCE));
    double alongR = (rightA - rightB) / (2 * sx);
    double alongU = (upA - upB) / (2 * sy);
    if (camera > Math.max((rightA + rightB) / 2, (upA + upB) / 2)) {
      // The camera is held back by the nearest point (the data are deeper than wide, say a line
      // seen end-on) or by the least distance: centre their extent on screen at that distance.
      alongR = centred(xyz, n, frame, 0, camera, alongR);
      alongU = centred(xyz, n, frame, 3, camera, alongU);
    }
    for (int i = 0; i < 3; i++) {
      out[i] = alongR * frame[i] + alongU * frame[3 + i] + depth * frame[6 + i];
    }
    out[3] = Math.min(camera - depth, OrbitCamera.MAX_DISTANCE);
  }

  /**
   * Where along the camera's axis at {@code offset} (0 for r, 3 for u) the camera, at {@code
   * camera} along b, centres the points' extent on screen: the s at which the furthest point on one
   * side, max (x − s) / (camera − w), is as far out as on the other, max (s − x) / (camera − w).
   * The difference falls as s grows, so it is found by halving; {@code guess} is returned if the
   * points do not all lie in front of the camera.
   */
  private static double centred(
      float[] xyz, int n, double[] frame, int offset, double camera, double guess) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double x = along(xyz, i, frame, offset);
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
      if (camera - along(xyz, i, frame, 6) <= 0) {
        return guess;
      }
    }
    for (int round = 0; round < 40 && hi - lo > 1e-9; round++) {
      double s = (lo + hi) / 2;
      double right = Double.NEGATIVE_INFINITY;
      double left = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        double depth = camera - along(xyz, i, frame, 6);
        double x = along(xyz, i, frame, offset);
        right = Math.max(right, (x - s) / depth);
        left = Math.max(left, (s - x) / depth);
      }
      if (right > left) {
        lo = s;
      } else {
        hi = s;
      }
    }
    return (lo + hi) / 2;
  }

  /** Point {@code i} along the camera's axis at {@code offset} of {@code frame}. */
  private static double along(float[] xyz, int i, double[] frame, int offset) {
    return xyz[3 * i] * frame[offset]
        + xyz[3 * i + 1] * frame[offset + 1]
        + xyz[3 * i + 2] * frame[offset + 2];
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
