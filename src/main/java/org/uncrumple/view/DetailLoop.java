package org.uncrumple.view;

import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;

/**
 * The viewport's per-pulse work: turns the camera when auto-rotation is on, turns the point
 * triangles towards the camera after it moved, and asks the {@link DetailGovernor} how many points
 * to draw. Runs only while something is moving or auto-rotation is on; {@link #wake()} restarts it.
 * FX thread only.
 */
final class DetailLoop extends AnimationTimer {
  /** Auto-rotation speed, degrees of yaw per second. */
  static final double DEGREES_PER_SECOND = 10;

  private final OrbitCamera camera;
  private final PointCloud cloud;
  private final DetailGovernor governor;
  private final BooleanProperty autoRotate;
  private final BooleanSupplier shown;
  private final double[] frame = new double[12];
  private boolean running;
  private boolean cameraMoved;
  private boolean pointsMoved;
  private long lastPulse = Long.MIN_VALUE;

  /**
   * @param shown whether the viewport is in a scene; auto-rotation pauses while it is not
   */
  DetailLoop(
      OrbitCamera camera,
      PointCloud cloud,
      DetailGovernor governor,
      BooleanProperty autoRotate,
      BooleanSupplier shown) {
    this.camera = camera;
    this.cloud = cloud;
    this.governor = governor;
    this.autoRotate = autoRotate;
    this.shown = shown;
  }

  /** Notes that the camera moved since the last pulse. */
  void cameraMoved() {
    cameraMoved = true;
    wake();
  }

  /** Notes that the points moved or changed since the last pulse. */
  void pointsMoved() {
    pointsMoved = true;
    wake();
  }

  /** Starts the loop if it is not running. */
  void wake() {
    if (!running) {
      running = true;
      lastPulse = Long.MIN_VALUE;
      start();
    }
  }

  @Override
  public void handle(long now) {
    boolean rotating = autoRotate.get() && shown.getAsBoolean();
    if (rotating && lastPulse != Long.MIN_VALUE) {
      camera.turn(DEGREES_PER_SECOND * (now - lastPulse) / 1e9);
    }
    lastPulse = now;
    boolean moving = cameraMoved || pointsMoved;
    if (cameraMoved) {
      camera.frame(frame);
      cloud.orient(frame);
    }
    // orient() above reports the points as moved; that is this pulse's motion, already counted.
    cameraMoved = false;
    pointsMoved = false;
    int drawn = governor.onPulse(now, moving, cloud.size());
    cloud.showAtMost(drawn);
    if (governor.isResting() && governor.isSettledAtRest(cloud.size()) && !rotating) {
      running = false;
      stop();
    }
  }
}
