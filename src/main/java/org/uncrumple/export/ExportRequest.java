package org.uncrumple.export;

import java.nio.file.Path;
import java.util.Set;
import javafx.scene.paint.Color;
import org.uncrumple.scene.Show;
import org.uncrumple.view.CameraPose;

/**
 * Everything an export is asked to do. Immutable; the {@code with…} methods give changed copies.
 *
 * @param clip what to film
 * @param out the file to write; its extension says the format
 * @param width frame width in pixels, 16 to 3840
 * @param height frame height in pixels, 16 to 2160
 * @param fps frames per second, 1 to 60
 * @param seconds length of an orbit or a time-lapse
 * @param moveSeconds a tour's glide from one stage to the next
 * @param pauseSeconds how long a tour rests on each stage
 * @param stage the stage an orbit, a still or a time-lapse shows: "input", "output", an id such as
 *     "layer2.stretch", or a number; null for the output
 * @param trainSteps training steps before filming (the time-lapse's last step); null for the
 *     scene's own number
 * @param model a model file whose weights are filmed instead of training; null to train
 * @param captions whether the captions are drawn into the frames
 * @param background null for the window's background, else a colour or {@link Color#TRANSPARENT}
 *     (PNG only)
 * @param force whether an existing file may be replaced
 * @param pose where the camera is (an orbit starts there)
 * @param show what the frames draw: points, sheets, lattice, decision surface
 */
public record ExportRequest(
    ClipKind clip,
    Path out,
    int width,
    int height,
    int fps,
    double seconds,
    double moveSeconds,
    double pauseSeconds,
    String stage,
    Long trainSteps,
    Path model,
    boolean captions,
    Color background,
    boolean force,
    CameraPose pose,
    Set<Show> show) {
  public static final int MAX_WIDTH = 3840;
  public static final int MAX_HEIGHT = 2160;

  /** The defaults: 1280×720 at 30 frames a second, captions on, the window's background. */
  public static ExportRequest of(ClipKind clip, Path out) {
    return new ExportRequest(
        clip,
        out,
        1280,
        720,
        30,
        8,
        0.7,
        0.3,
        null,
        null,
        null,
        true,
        null,
        false,
        CameraPose.DEFAULT,
        Show.DEFAULT);
  }

  public ExportRequest withSize(int w, int h) {
    return new ExportRequest(
        clip,
        out,
        w,
        h,
        fps,
        seconds,
        moveSeconds,
        pauseSeconds,
        stage,
        trainSteps,
        model,
        captions,
        background,
        force,
        pose,
        show);
  }

  public ExportRequest withFps(int value) {
    return new ExportRequest(
        clip,
        out,
        width,
        height,
        value,
        seconds,
        moveSeconds,
        pauseSeconds,
        stage,
        trainSteps,
        model,
        captions,
        background,
        force,
        pose,
        show);
  }

  public ExportRequest withSeconds(double value) {
    return new ExportRequest(
        clip,
        out,
        width,
        height,
        fps,
        value,
        moveSeconds,
        pauseSeconds,
        stage,
        trainSteps,
        model,
        captions,
        background,
        force,
        pose,
        show);
  }

  public ExportRequest withTourTiming(double move, double pause) {
    return new ExportRequest(
        clip,
        out,
        width,
        height,
        fps,
        seconds,
        move,
        pause,
        stage,
        trainSteps,
        model,
        captions,
        background,
        force,
        pose,
        show);
  }

  public ExportRequest withStage(String value) {
    return new ExportRequest(
        clip,
        out,
        width,
        height,
        fps,
        seconds,
        moveSeconds,
        pauseSeconds,
        value,
        trainSteps,
        model,
        captions,
        background,
        force,
        pose,
        show);
  }

  public ExportRequest withTraining(Long steps, Path modelFile) {
    return new ExportRequest(
        clip,
        out,
        width,
        height,
        fps,
        seconds,
        moveSeconds,
        pauseSeconds,
        stage,
        steps,
        modelFile,
        captions,
        background,
        force,
        pose,
        show);
  }

  public ExportRequest withCaptions(boolean value) {
    return new ExportRequest(
        clip,
        out,
        width,
        height,
        fps,
        seconds,
        moveSeconds,
        pauseSeconds,
        stage,
        trainSteps,
        model,
        value,
        background,
        force,
        pose,
        show);
  }

  public ExportRequest withBackground(Color value) {
    return new ExportRequest(
        clip,
        out,
        width,
        height,
        fps,
        seconds,
        moveSeconds,
        pauseSeconds,
        stage,
        trainSteps,
        model,
        captions,
        value,
        force,
        pose,
        show);
  }

  public ExportRequest withForce(boolean value) {
    return new ExportRequest(
        clip,
        out,
        width,
        height,
        fps,
        seconds,
        moveSeconds,
        pauseSeconds,
        stage,
        trainSteps,
        model,
        captions,
        background,
        value,
        pose,
        show);
  }

  public ExportRequest withPose(CameraPose value) {
    return new ExportRequest(
        clip,
        out,
        width,
        height,
        fps,
        seconds,
        moveSeconds,
        pauseSeconds,
        stage,
        trainSteps,
        model,
        captions,
        background,
        force,
        value,
        show);
  }

  /**
   * Checks that the output can be written: its folder exists and, unless {@link #force}, nothing is
   * there yet. Cheap: worth calling before any training. Checked again when the export starts.
   */
  public void checkTarget() throws ExportException {
    OutputFiles.plan(out, ExportFormat.of(out), clip == ClipKind.STILL ? 1 : 2, force);
  }

  /** Checks the numbers and the combination of options; the message names the option. */
  public void validate() throws ExportException {
    ExportFormat format = ExportFormat.of(out);
    if (width < 16 || width > MAX_WIDTH || height < 16 || height > MAX_HEIGHT) {
      throw new ExportException(
          "--size "
              + width
              + "x"
              + height
              + ": the size must be from 16x16 up to "
              + MAX_WIDTH
              + "x"
              + MAX_HEIGHT);
    }
    if (format == ExportFormat.MP4 && (width % 2 != 0 || height % 2 != 0)) {
      throw new ExportException(
          "--size " + width + "x" + height + ": MP4 video needs an even width and height");
    }
    if (fps < 1 || fps > 60) {
      throw new ExportException("--fps " + fps + ": frames per second must be from 1 to 60");
    }
    if (!(seconds > 0) || seconds > 600) {
      throw new ExportException("--seconds " + seconds + ": must be above 0 and at most 600");
    }
    if (!(moveSeconds > 0) || !(pauseSeconds >= 0)) {
      throw new ExportException(
          "--step-seconds must be above 0 and --pause-seconds 0 or more, not "
              + moveSeconds
              + " and "
              + pauseSeconds);
    }
    if (trainSteps != null && trainSteps < 0) {
      throw new ExportException("--train-steps " + trainSteps + ": must be 0 or more");
    }
    if (background != null && background.getOpacity() < 1 && format != ExportFormat.PNG) {
      throw new ExportException(
          "--background transparent: only PNG keeps transparency; "
              + format.extension().toUpperCase(java.util.Locale.ROOT)
              + " cannot");
    }
    if (clip == ClipKind.TIMELAPSE && model != null) {
      throw new ExportException(
          "--model: a time-lapse re-trains from the scene's seed, so it cannot start from a model");
    }
  }

  public ExportRequest withShow(Set<Show> value) {
    return new ExportRequest(
        clip,
        out,
        width,
        height,
        fps,
        seconds,
        moveSeconds,
        pauseSeconds,
        stage,
        trainSteps,
        model,
        captions,
        background,
        force,
        pose,
        value);
  }
}
