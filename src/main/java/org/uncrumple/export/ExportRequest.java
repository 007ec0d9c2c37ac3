package org.uncrumple.export;

import java.nio.file.Path;
import java.util.Set;
import javafx.scene.paint.Color;
import org.uncrumple.scene.Show;
import org.uncrumple.view.CameraPose;

/**
 * Everything an export is asked to do. Immutable; made by a {@link Builder}, which starts from the
 * defaults ({@link #builder}) or from another request ({@link #toBuilder}).
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
 * @param grandTour whether a stage wider than three is seen through a grand tour rather than its
 *     main directions: a still shows the tour's first frame (the main directions), an orbit turns
 *     the tour at its default speed over the clip's frames with the camera held still; tours along
 *     the stages and time-lapses ignore it (see {@link Clip#tourArc})
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
    Set<Show> show,
    boolean grandTour) {
  public static final int MAX_WIDTH = 3840;
  public static final int MAX_HEIGHT = 2160;

  /** The defaults: 1280×720 at 30 frames a second, captions on, the window's background. */
  public static Builder builder(ClipKind clip, Path out) {
    return new Builder(clip, out);
  }

  /** A builder that starts from this request. */
  public Builder toBuilder() {
    return new Builder(this);
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

  /** Sets the fields of a request one by one; {@link #build} makes it. Not thread-safe. */
  public static final class Builder {
    private final ClipKind clip;
    private final Path out;
    private int width = 1280;
    private int height = 720;
    private int fps = 30;
    private double seconds = 8;
    private double moveSeconds = 0.7;
    private double pauseSeconds = 0.3;
    private String stage;
    private Long trainSteps;
    private Path model;
    private boolean captions = true;
    private Color background;
    private boolean force;
    private CameraPose pose = CameraPose.DEFAULT;
    private Set<Show> show = Show.DEFAULT;
    private boolean grandTour;

    private Builder(ClipKind clip, Path out) {
      this.clip = clip;
      this.out = out;
    }

    private Builder(ExportRequest from) {
      this(from.clip, from.out);
      width = from.width;
      height = from.height;
      fps = from.fps;
      seconds = from.seconds;
      moveSeconds = from.moveSeconds;
      pauseSeconds = from.pauseSeconds;
      stage = from.stage;
      trainSteps = from.trainSteps;
      model = from.model;
      captions = from.captions;
      background = from.background;
      force = from.force;
      pose = from.pose;
      show = from.show;
      grandTour = from.grandTour;
    }

    public Builder size(int w, int h) {
      width = w;
      height = h;
      return this;
    }

    public Builder fps(int value) {
      fps = value;
      return this;
    }

    public Builder seconds(double value) {
      seconds = value;
      return this;
    }

    /** A tour's glide from one stage to the next, and its rest on each. */
    public Builder tourTiming(double move, double pause) {
      moveSeconds = move;
      pauseSeconds = pause;
      return this;
    }

    public Builder stage(String value) {
      stage = value;
      return this;
    }

    /** Training steps before filming (null: the scene's own), or a model file to film instead. */
    public Builder training(Long steps, Path modelFile) {
      trainSteps = steps;
      model = modelFile;
      return this;
    }

    public Builder captions(boolean value) {
      captions = value;
      return this;
    }

    public Builder background(Color value) {
      background = value;
      return this;
    }

    public Builder force(boolean value) {
      force = value;
      return this;
    }

    public Builder pose(CameraPose value) {
      pose = value;
      return this;
    }

    public Builder show(Set<Show> value) {
      show = Set.copyOf(value);
      return this;
    }

    /** Whether wide stages are seen through a grand tour (see {@link ExportRequest#grandTour}). */
    public Builder grandTour(boolean value) {
      grandTour = value;
      return this;
    }

    public ExportRequest build() {
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
          show,
          grandTour);
    }
  }
}
