package org.uncrumple.geometry;

/**
 * Where a {@link GrandTour} has got to: its arc length t, advanced by the caller's clock at a speed
 * ω while playing. The window calls {@link #advance} from its animation timer with the time since
 * the last frame, an export with 1 / frames per second; a pause stops t where it is, and a change
 * of speed takes effect from the next step, so neither ever makes the view jump. Plain state for
 * one thread (the FX thread, or an export's), no clock of its own.
 */
public final class TourPlayer {
  /** The speed a tour starts at, in radians a second: about 5 s a segment at N = 64. */
  public static final double DEFAULT_SPEED = 0.3;

  /** The fastest speed allowed, in radians a second. */
  public static final double MAX_SPEED = 10;

  /** The longest step one call advances by, in seconds, so a stalled frame does not leap. */
  public static final double MAX_STEP_SECONDS = 0.1;

  private double arc;
  private double speed = DEFAULT_SPEED;
  private boolean playing = true;

  /**
   * Moves the tour on by the time since the last call, if playing.
   *
   * @param seconds the time since the last call; clamped to 0 … {@value #MAX_STEP_SECONDS}
   * @return the new arc length t
   */
  public double advance(double seconds) {
    if (playing && seconds > 0) {
      arc += speed * Math.min(seconds, MAX_STEP_SECONDS);
    }
    return arc;
  }

  /** The arc length t, for {@link GrandTour#frameAt(double)}. */
  public double arc() {
    return arc;
  }

  /**
   * Puts the tour at an arc length, such as 0 to start over.
   *
   * @param value t ≥ 0
   */
  public void seek(double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("the arc must be a finite number of 0 or more: " + value);
    }
    arc = value;
  }

  /** The speed ω in radians a second. */
  public double speed() {
    return speed;
  }

  /**
   * Sets the speed from the next step on.
   *
   * @param radiansPerSecond 0 … {@value #MAX_SPEED}
   */
  public void setSpeed(double radiansPerSecond) {
    if (!(radiansPerSecond >= 0 && radiansPerSecond <= MAX_SPEED)) {
      throw new IllegalArgumentException(
          "the speed must be 0 to " + MAX_SPEED + " radians a second: " + radiansPerSecond);
    }
    speed = radiansPerSecond;
  }

  /** Whether {@link #advance} moves the tour. */
  public boolean isPlaying() {
    return playing;
  }

  /** Lets the tour move again from where it stopped. */
  public void play() {
    playing = true;
  }

  /** Stops the tour where it is. */
  public void pause() {
    playing = false;
  }
}
