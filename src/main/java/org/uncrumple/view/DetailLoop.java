package org.uncrumple.view;

import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;

/**
 * The viewport's per-pulse work: turns the camera when auto-rotation is on, lets the framing move
 * the camera towards the data, shows the points through the camera after it moved (dots sized to
 * look the same on screen at any distance), and asks the {@link DetailGovernor} how many points to
 * draw. Runs only while something is moving, the framing is on its way or auto-rotation is on;
 * {@link #wake()} restarts it. FX thread only.
 */
final class DetailLoop extends AnimationTimer {
  /** Auto-rotation speed, degrees of yaw per second. */
  static final double DEGREES_PER_SECOND = 10;

  /** The framing's step for one pulse; true while it is still on its way. */
  @FunctionalInterface
  interface Framer {
    boolean ease(double seconds);
  }

  private final OrbitCamera camera;
  private final PointCloud cloud;
  private final DetailGovernor governor;
  private final BooleanSupplier rotating;
  private final Framer framer;
  private final double[] frame = new double[12];
  private boolean running;
  private boolean cameraMoved;
  private boolean cameraTurned;
  private boolean pointsMoved;
  private long lastPulse = Long.MIN_VALUE;

  /**
   * @param rotating whether auto-rotation is on and the viewport is in a scene
   * @param framer moves the camera towards the framing of the data
   */
  DetailLoop(
      OrbitCamera camera,
      PointCloud cloud,
      DetailGovernor governor,
      BooleanSupplier rotating,
      Framer framer) {
    this.camera = camera;
    this.cloud = cloud;
    this.governor = governor;
    this.rotating = rotating;
    this.framer = framer;
  }

  /**
   * Notes that the camera moved since the last pulse.
   *
   * @param moving whether that is motion of the view (a drag, the wheel, auto-rotation), which
   *     thins the points; the framing easing towards the data is not
   */
  void cameraMoved(boolean moving) {
    cameraTurned = true;
    cameraMoved |= moving;
    wake();
  }

  /**
   * Notes that the points changed since the last pulse.
   *
   * @param moving whether that is motion of the picture (else new weights at the same stage, which
   *     does not make the governor thin the points)
   */
  void pointsMoved(boolean moving) {
    pointsMoved |= moving;
    wake();
  }

  /** Whether the loop has stopped: nothing moves, the framing has arrived, every point is drawn. */
  boolean isIdle() {
    return !running;
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
    boolean turning = rotating.getAsBoolean();
    double seconds = lastPulse == Long.MIN_VALUE ? 0 : (now - lastPulse) / 1e9;
    if (turning) {
      camera.turn(DEGREES_PER_SECOND * seconds);
    }
    lastPulse = now;
    boolean easing = framer.ease(seconds);
    boolean moving = cameraMoved || pointsMoved;
    if (cameraTurned) {
      camera.frame(frame);
      cloud.orient(frame, Viewport.POINT_RADIUS_PER_DISTANCE * camera.distanceProperty().get());
    }
    // orient() above reports the points as moved; that is this pulse's camera, already counted.
    cameraTurned = false;
    cameraMoved = false;
    pointsMoved = false;
    int drawn = governor.onPulse(now, moving, cloud.size());
    cloud.showAtMost(drawn);
    if (governor.isResting()
        && governor.isSettledAtRest(cloud.size())
        && !turning
        && !easing
        && !moving) {
      running = false;
      stop();
    }
  }
}
