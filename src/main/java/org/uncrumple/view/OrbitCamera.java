package org.uncrumple.view;

import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.transform.Affine;

/**
 * The maths of an orbiting camera: yaw, pitch, distance and pan as properties, the gestures that
 * change them, and the camera's frame in data coordinates.
 *
 * <p>Symbols (data coordinates, y up): {@code b} = (sin yaw cos pitch, sin pitch, cos yaw cos
 * pitch) points from the orbit centre back to the camera, {@code r} = (cos yaw, 0, −sin yaw) is
 * screen-right and {@code u} = b × r is screen-up. The eye is at {@code e = c + panX·r + panY·u +
 * distance·b}, where {@code c} is the orbit centre: the origin unless the viewport's {@link
 * Framing} moved it to the middle of the data. The scene graph of JavaFX has y down and z into the
 * screen, so the viewport shows the data through {@code F} = diag(1, −1, −1), a 180° turn about x.
 *
 * <p>Used on the FX thread only.
 */
final class OrbitCamera {
  static final double MAX_PITCH = 89;
  static final double MIN_DISTANCE = 0.5;
  static final double MAX_DISTANCE = 150;

  /** Degrees of orbit per pixel dragged. */
  private static final double DEGREES_PER_PIXEL = 0.4;

  /** Scroll units (pixels of wheel delta) that change the distance by a factor of e. */
  private static final double SCROLL_PER_E_FOLD = 400;

  private final DoubleProperty yaw = new SimpleDoubleProperty(this, "yaw");
  private final DoubleProperty pitch = new SimpleDoubleProperty(this, "pitch");
  private final DoubleProperty distance = new SimpleDoubleProperty(this, "distance");
  private final DoubleProperty panX = new SimpleDoubleProperty(this, "panX");
  private final DoubleProperty panY = new SimpleDoubleProperty(this, "panY");
  private final DoubleProperty centreX = new SimpleDoubleProperty(this, "centreX");
  private final DoubleProperty centreY = new SimpleDoubleProperty(this, "centreY");
  private final DoubleProperty centreZ = new SimpleDoubleProperty(this, "centreZ");
  private final double fieldOfView;
  private CameraPose home;

  /**
   * @param home the pose that {@link #reset()} returns to
   * @param fieldOfView the camera's field of view in degrees, across the smaller side of the view
   */
  OrbitCamera(CameraPose home, double fieldOfView) {
    this.home = home;
    this.fieldOfView = fieldOfView;
    setPose(home);
  }

  DoubleProperty yawProperty() {
    return yaw;
  }

  DoubleProperty pitchProperty() {
    return pitch;
  }

  DoubleProperty distanceProperty() {
    return distance;
  }

  DoubleProperty panXProperty() {
    return panX;
  }

  DoubleProperty panYProperty() {
    return panY;
  }

  double fieldOfView() {
    return fieldOfView;
  }

  /** Calls the listener whenever any part of the pose changes. */
  void addListener(InvalidationListener listener) {
    for (DoubleProperty p :
        new DoubleProperty[] {yaw, pitch, distance, panX, panY, centreX, centreY, centreZ}) {
      p.addListener(listener);
    }
  }

  /**
   * The pose as seen from the origin: the orbit centre folded into the pan and the distance, so the
   * same pose shows the same picture in a view that orbits the origin (an export, a saved scene).
   */
  CameraPose pose() {
    double[] f = frame(new double[12]);
    double cr = centreX.get() * f[0] + centreY.get() * f[1] + centreZ.get() * f[2];
    double cu = centreX.get() * f[3] + centreY.get() * f[4] + centreZ.get() * f[5];
    double cb = centreX.get() * f[6] + centreY.get() * f[7] + centreZ.get() * f[8];
    return new CameraPose(
        yaw.get(), pitch.get(), distance.get() + cb, panX.get() + cr, panY.get() + cu);
  }

  /**
   * Moves to a pose; pitch and distance are clamped to their ranges, yaw kept within ±180°. The
   * orbit centre goes back to the origin.
   */
  void setPose(CameraPose pose) {
    centreX.set(0);
    centreY.set(0);
    centreZ.set(0);
    yaw.set(wrapDegrees(pose.yaw()));
    pitch.set(clamp(pose.pitch(), -MAX_PITCH, MAX_PITCH));
    distance.set(clamp(pose.distance(), MIN_DISTANCE, MAX_DISTANCE));
    panX.set(pose.panX());
    panY.set(pose.panY());
  }

  /** The point the camera orbits and looks at (before panning), in data coordinates. */
  double[] centre() {
    return new double[] {centreX.get(), centreY.get(), centreZ.get()};
  }

  /**
   * Moves the orbit centre to {@code c} and scales the distance by {@code scale}, keeping the
   * angles and the pan: the framing's adjustment, which leaves the user's own zoom and pan as they
   * were relative to it.
   */
  void reframe(double[] c, double scale) {
    centreX.set(c[0]);
    centreY.set(c[1]);
    centreZ.set(c[2]);
    distance.set(clamp(distance.get() * scale, MIN_DISTANCE, MAX_DISTANCE));
  }

  /** Sets the distance from the orbit centre, within its range. */
  void setDistance(double value) {
    distance.set(clamp(value, MIN_DISTANCE, MAX_DISTANCE));
  }

  /** Makes a pose the one {@link #reset()} returns to. */
  void setHome(CameraPose pose) {
    home = pose;
  }

  void reset() {
    setPose(home);
  }

  /**
   * Orbits for a mouse drag: the data turns with the pointer, so dragging right swings the camera
   * left (yaw falls) and dragging down lifts it (pitch rises).
   */
  void orbit(double dxPixels, double dyPixels) {
    yaw.set(wrapDegrees(yaw.get() - dxPixels * DEGREES_PER_PIXEL));
    pitch.set(clamp(pitch.get() + dyPixels * DEGREES_PER_PIXEL, -MAX_PITCH, MAX_PITCH));
  }

  /** Turns the camera about the vertical axis, as auto-rotation does. */
  void turn(double degrees) {
    yaw.set(wrapDegrees(yaw.get() + degrees));
  }

  /** Zooms for a scroll: a positive delta (wheel away from the user) moves closer. */
  void zoom(double scrollDelta) {
    double d = distance.get() * Math.exp(-scrollDelta / SCROLL_PER_E_FOLD);
    distance.set(clamp(d, MIN_DISTANCE, MAX_DISTANCE));
  }

  /**
   * Pans for a drag so that a point at the orbit centre's depth follows the pointer.
   *
   * @param viewPixels the smaller side of the view in pixels (the one the field of view spans)
   */
  void pan(double dxPixels, double dyPixels, double viewPixels) {
    double unitsPerPixel = unitsPerPixel(viewPixels);
    panX.set(panX.get() - dxPixels * unitsPerPixel);
    panY.set(panY.get() + dyPixels * unitsPerPixel);
  }

  /** Data units per screen pixel at the orbit centre's depth. */
  double unitsPerPixel(double viewPixels) {
    double span = 2 * distance.get() * Math.tan(Math.toRadians(fieldOfView / 2));
    return span / Math.max(1, viewPixels);
  }

  /**
   * The camera's frame in data coordinates: {@code frame[0..2]} = r (screen right), {@code
   * frame[3..5]} = u (screen up), {@code frame[6..8]} = b (towards the camera), {@code
   * frame[9..11]} = e (the eye).
   */
  double[] frame() {
    return frame(new double[12]);
  }

  /** Writes {@link #frame()} into {@code frame} (12 entries) and returns it. */
  double[] frame(double[] frame) {
    double cy = Math.cos(Math.toRadians(yaw.get()));
    double sy = Math.sin(Math.toRadians(yaw.get()));
    double cp = Math.cos(Math.toRadians(pitch.get()));
    double sp = Math.sin(Math.toRadians(pitch.get()));
    // r = (cos yaw, 0, −sin yaw)
    frame[0] = cy;
    frame[1] = 0;
    frame[2] = -sy;
    // b = (sin yaw cos pitch, sin pitch, cos yaw cos pitch)
    frame[6] = sy * cp;
    frame[7] = sp;
    frame[8] = cy * cp;
    // u = b × r
    frame[3] = frame[7] * frame[2] - frame[8] * frame[1];
    frame[4] = frame[8] * frame[0] - frame[6] * frame[2];
    frame[5] = frame[6] * frame[1] - frame[7] * frame[0];
    // e = c + panX·r + panY·u + distance·b
    double px = panX.get();
    double py = panY.get();
    double d = distance.get();
    frame[9] = centreX.get() + px * frame[0] + py * frame[3] + d * frame[6];
    frame[10] = centreY.get() + px * frame[1] + py * frame[4] + d * frame[7];
    frame[11] = centreZ.get() + px * frame[2] + py * frame[5] + d * frame[8];
    return frame;
  }

  /**
   * Writes the camera node's transform in JavaFX coordinates: its local x, y, z axes are F·r,
   * F·(−u), F·(−b) (right, down, forward) and its origin is F·e.
   */
  void applyTo(Affine affine, double[] scratch) {
    double[] f = frame(scratch);
    affine.setToTransform(
        f[0], -f[3], -f[6], f[9], //
        -f[1], f[4], f[7], -f[10], //
        -f[2], f[5], f[8], -f[11]);
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  private static double wrapDegrees(double degrees) {
    double w = degrees % 360;
    if (w > 180) {
      w -= 360;
    } else if (w <= -180) {
      w += 360;
    }
    return w;
  }
}
