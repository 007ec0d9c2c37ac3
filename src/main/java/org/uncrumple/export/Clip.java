package org.uncrumple.export;

import org.uncrumple.geometry.TourPlayer;
import org.uncrumple.view.CameraPose;

/**
 * A clip's frames in time: which weights, which position along the stages and which camera pose
 * each frame shows. Pure arithmetic, no toolkit.
 *
 * <p>Tour: on each stage the view pauses, then glides to the next, eased at both ends (smoothstep,
 * as the window's tour), and it holds on the output at the end so a looping GIF can be read.
 * Time-lapse: {@code frames} evenly spaced training steps from 0 to the last, at one stage. Orbit:
 * one full turn of the camera's yaw at one stage. Still: one frame.
 */
public final class Clip {
  /** How long a tour holds the output at its end, in seconds. */
  static final double END_HOLD_SECONDS = 1.5;

  private final ClipKind kind;
  private final int frames;
  private final int fps;
  private final double stage;
  private final long steps;
  private final CameraPose pose;
  private final int stages;
  private final double moveSeconds;
  private final double pauseSeconds;

  private Clip(
      ClipKind kind,
      int frames,
      int fps,
      double stage,
      long steps,
      CameraPose pose,
      int stages,
      double moveSeconds,
      double pauseSeconds) {
    this.kind = kind;
    this.frames = frames;
    this.fps = fps;
    this.stage = stage;
    this.steps = steps;
    this.pose = pose;
    this.stages = stages;
    this.moveSeconds = moveSeconds;
    this.pauseSeconds = pauseSeconds;
  }

  /**
   * A tour from the input to the output.
   *
   * @param stages how many stages (input, the steps of each layer, output)
   * @param moveSeconds how long the glide from one stage to the next takes
   * @param pauseSeconds how long the view rests on each stage before moving on
   */
  public static Clip tour(
      int stages, int fps, double moveSeconds, double pauseSeconds, long steps, CameraPose pose) {
    requirePositive(fps, "frames per second");
    if (stages < 2) {
      throw new IllegalArgumentException("a tour needs at least two stages, not " + stages);
    }
    if (!(moveSeconds > 0) || !(pauseSeconds >= 0)) {
      throw new IllegalArgumentException(
          "a tour needs a glide time above 0 and a pause of 0 or more seconds");
    }
    double seconds = (stages - 1) * (pauseSeconds + moveSeconds) + END_HOLD_SECONDS;
    int frames = (int) Math.round(seconds * fps) + 1;
    return new Clip(ClipKind.TOUR, frames, fps, 0, steps, pose, stages, moveSeconds, pauseSeconds);
  }

  /** {@code frames} snapshots of training, evenly spaced from step 0 to {@code steps}. */
  public static Clip timelapse(int frames, int fps, double stage, long steps, CameraPose pose) {
    requirePositive(fps, "frames per second");
    requirePositive(frames, "frames");
    return new Clip(ClipKind.TIMELAPSE, frames, fps, stage, steps, pose, 0, 0, 0);
  }

  /** The camera turns once around the data, starting from {@code pose}. */
  public static Clip orbit(int frames, int fps, double stage, long steps, CameraPose pose) {
    requirePositive(fps, "frames per second");
    requirePositive(frames, "frames");
    return new Clip(ClipKind.ORBIT, frames, fps, stage, steps, pose, 0, 0, 0);
  }

  /** One picture. */
  public static Clip still(double stage, long steps, CameraPose pose) {
    return new Clip(ClipKind.STILL, 1, 1, stage, steps, pose, 0, 0, 0);
  }

  public ClipKind kind() {
    return kind;
  }

  public int frames() {
    return frames;
  }

  public int fps() {
    return fps;
  }

  /** The training step of the last (or only) weights shown. */
  public long steps() {
    return steps;
  }

  /** What frame {@code i} (0-based) shows. */
  public Shot shot(int i) {
    if (i < 0 || i >= frames) {
      throw new IndexOutOfBoundsException("frame " + i + " of " + frames);
    }
    switch (kind) {
      case TOUR:
        return new Shot(steps, tourPosition(i / (double) fps), pose);
      case TIMELAPSE:
        long step = frames == 1 ? steps : Math.round((double) steps * i / (frames - 1));
        return new Shot(step, stage, pose);
      case ORBIT:
        double yaw = pose.yaw() + 360.0 * i / frames;
        return new Shot(
            steps,
            stage,
            new CameraPose(yaw, pose.pitch(), pose.distance(), pose.panX(), pose.panY()));
      case STILL:
        return new Shot(steps, stage, pose);
      default:
        throw new IllegalStateException("unknown clip " + kind);
    }
  }

  /**
   * How far a grand tour has turned at frame {@code i}, in radians, for a clip that shows one: an
   * orbit turns it at {@link TourPlayer#DEFAULT_SPEED} from the stage's main directions (the camera
   * then holds still at the clip's pose, so that the tour is the only motion), a still shows its
   * start. NaN for a tour along the stages and a time-lapse, which move through the stages or the
   * training and keep the main directions.
   */
  public double tourArc(int i) {
    shot(i);
    switch (kind) {
      case ORBIT:
        return TourPlayer.DEFAULT_SPEED * i / fps;
      case STILL:
        return 0;
      default:
        return Double.NaN;
    }
  }

  /** The stage at or before which frame {@code i} is, for its caption. */
  public int captionStage(int i) {
    return (int) Math.ceil(shot(i).position() - 1e-6);
  }

  private double tourPosition(double seconds) {
    double perStage = pauseSeconds + moveSeconds;
    int from = (int) Math.floor(seconds / perStage);
    if (from >= stages - 1) {
      return stages - 1;
    }
    double moving = Math.max(0, seconds - from * perStage - pauseSeconds) / moveSeconds;
    return from + ease(Math.min(1, moving));
  }

  /** Smoothstep: starts and ends at rest, as the window's tour. */
  static double ease(double t) {
    return t * t * (3 - 2 * t);
  }

  private static void requirePositive(int value, String what) {
    if (value < 1) {
      throw new IllegalArgumentException(what + " must be 1 or more, not " + value);
    }
  }
}
