package org.uncrumple.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.paint.Color;
import org.uncrumple.export.ClipKind;
import org.uncrumple.export.ExportException;
import org.uncrumple.export.ExportJob;
import org.uncrumple.export.ExportProgress;
import org.uncrumple.export.ExportRequest;
import org.uncrumple.export.ExportThreads;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneException;
import org.uncrumple.scene.Show;
import org.uncrumple.scene.ViewSpec;
import org.uncrumple.view.CameraPose;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code uncrumple export SCENE --out FILE}: trains the scene headless (or loads a model), then
 * films a clip into an MP4, a GIF or PNGs, printing progress. Needs a display with OpenGL for the
 * 3D view; on a machine without one, run it under Xvfb.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Film a clip of a scene into an MP4, an animated GIF or PNG frames.",
      "Same scene, seed and options give the same frames. Needs a display (Xvfb will do)."
    })
final class ExportCommand implements Callable<Integer> {
  private static final long PROGRESS_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENE", description = "A scene (.yaml) or your own points (.csv).")
  Path scene;

  @Option(
      names = "--clip",
      paramLabel = "KIND",
      description = "tour, timelapse, orbit or still (default: ${DEFAULT-VALUE}).",
      defaultValue = "tour")
  ClipKind clip;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "FILE.mp4, FILE.gif or FILE.png (an animation as FILE-0001.png, …).")
  Path out;

  @Option(
      names = "--size",
      paramLabel = "WxH",
      defaultValue = "1280x720",
      description = "Frame size in pixels, up to 3840x2160 (default: ${DEFAULT-VALUE}).")
  String size;

  @Option(
      names = "--fps",
      paramLabel = "N",
      defaultValue = "30",
      description = "Frames per second (default: ${DEFAULT-VALUE}).")
  int fps;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "8",
      description = "Length of an orbit or a time-lapse (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(
      names = "--step-seconds",
      paramLabel = "S",
      defaultValue = "0.7",
      description = "Tour: time of each glide to the next stage (default: ${DEFAULT-VALUE}).")
  double stepSeconds;

  @Option(
      names = "--pause-seconds",
      paramLabel = "S",
      defaultValue = "0.3",
      description = "Tour: rest on each stage (default: ${DEFAULT-VALUE}).")
  double pauseSeconds;

  @Option(
      names = "--stage",
      paramLabel = "NAME",
      description =
          "Stage of a still, orbit or time-lapse: input, output, layer2.stretch, … or a number"
              + " (default: output).")
  String stage;

  @Option(
      names = "--train-steps",
      paramLabel = "N",
      description = "Training steps before filming; the scene's own number by default.")
  Long trainSteps;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "Film the weights of this model file instead of training.")
  Path model;

  @Option(
      names = "--captions",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Draw the captions into the frames (default: on).")
  boolean captions;

  @Option(
      names = "--background",
      paramLabel = "COLOUR",
      description = "A colour such as #ffffff, or transparent (PNG only); the window's by default.")
  String background;

  @Option(names = "--force", description = "Replace existing files.")
  boolean force;

  @Option(
      names = "--show",
      paramLabel = "LIST",
      description =
          "What to draw, comma-separated: points, sheets, lattice, surface (the decision"
              + " surface); the scene's own choice by default.")
  String show;

  @Option(
      names = "--projection",
      paramLabel = "WAY",
      description =
          "How a stage wider than three is seen: main-directions or grand-tour; the scene's own"
              + " choice by default. With grand-tour a still is the tour's first frame (the main"
              + " directions) and an orbit turns the tour at its default speed with the camera"
              + " held still; a tour along the stages and a time-lapse keep the main directions.")
  String projection;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadedScene loaded;
    ExportRequest request;
    try {
      loaded = LoadedScene.open(scene);
      request =
          request()
              .pose(pose(loaded))
              .show(show == null ? loaded.spec().view().show() : shows(show))
              .grandTour(
                  projection == null ? loaded.spec().view().grandTour() : grandTour(projection))
              .build();
      request.validate();
    } catch (SceneException | ExportException e) {
      err.println(e.getMessage());
      return 2;
    }
    try {
      request.checkTarget();
    } catch (ExportException e) {
      err.println(e.getMessage());
      return 5;
    }
    startToolkit();
    Progress printer = new Progress(out);
    try (ExportThreads threads = ExportThreads.standard()) {
      ExportJob job = new ExportJob(request, loaded, null, threads);
      List<Path> files = job.run(printer::show);
      out.println(
          files.size() == 1
              ? "Wrote " + files.get(0)
              : "Wrote "
                  + files.size()
                  + " frames, "
                  + files.get(0)
                  + " … "
                  + files.get(files.size() - 1));
      return 0;
    } catch (ExportException e) {
      err.println(e.getMessage());
      return 5;
    } catch (CancellationException e) {
      err.println("Export cancelled; nothing was written.");
      return 5;
    } finally {
      out.flush();
      Platform.exit();
    }
  }

  private ExportRequest.Builder request() throws ExportException {
    String[] parts = size.toLowerCase(Locale.ROOT).split("x");
    int width;
    int height;
    try {
      if (parts.length != 2) {
        throw new NumberFormatException(size);
      }
      width = Integer.parseInt(parts[0].trim());
      height = Integer.parseInt(parts[1].trim());
    } catch (NumberFormatException e) {
      throw new ExportException("--size " + size + ": write it as WIDTHxHEIGHT, e.g. 1280x720");
    }
    return ExportRequest.builder(clip, out)
        .size(width, height)
        .fps(fps)
        .seconds(seconds)
        .tourTiming(stepSeconds, pauseSeconds)
        .stage(stage)
        .training(trainSteps, model)
        .captions(captions)
        .background(colour(background))
        .force(force);
  }

  /** The camera the scene's view asks for, as the window opens it. */
  private static CameraPose pose(LoadedScene loaded) {
    ViewSpec view = loaded.spec().view();
    return new CameraPose(view.yaw(), view.pitch(), view.distance(), 0, 0);
  }

  /** "points,sheets" as a set; an unknown name is refused with the names there are. */
  static boolean grandTour(String text) throws ExportException {
    switch (text) {
      case ViewSpec.GRAND_TOUR:
        return true;
      case ViewSpec.MAIN_DIRECTIONS:
        return false;
      default:
        throw new ExportException(
            "--projection "
                + text
                + " is not a way of seeing; allowed: "
                + ViewSpec.MAIN_DIRECTIONS
                + ", "
                + ViewSpec.GRAND_TOUR);
    }
  }

  static Set<Show> shows(String text) throws ExportException {
    Set<Show> shows = EnumSet.noneOf(Show.class);
    for (String part : text.split(",")) {
      String id = part.trim().toLowerCase(Locale.ROOT);
      if (id.isEmpty()) {
        continue;
      }
      Show kind = Show.fromId(id);
      if (kind == null) {
        String near = closest(id, Show.ids());
        throw new ExportException(
            "--show "
                + text
                + ": \""
                + id
                + "\" is not something to draw"
                + (near == null ? "" : " (did you mean \"" + near + "\"?)")
                + "; choose from "
                + String.join(", ", Show.ids()));
      }
      shows.add(kind);
    }
    if (shows.isEmpty()) {
      throw new ExportException(
          "--show "
              + text
              + ": names nothing to draw; choose from "
              + String.join(", ", Show.ids()));
    }
    return shows;
  }

  /** The known name that begins like {@code id} (or that {@code id} begins like), or null. */
  private static String closest(String id, Set<String> known) {
    for (String name : known) {
      if (name.startsWith(id) || id.startsWith(name)) {
        return name;
      }
    }
    return null;
  }

  private static Color colour(String text) throws ExportException {
    if (text == null) {
      return null;
    }
    if (text.equalsIgnoreCase("transparent")) {
      return Color.TRANSPARENT;
    }
    try {
      return Color.web(text);
    } catch (IllegalArgumentException e) {
      throw new ExportException(
          "--background " + text + ": not a colour; use e.g. #ffffff, white or transparent");
    }
  }

  private static void startToolkit() throws InterruptedException {
    CountDownLatch started = new CountDownLatch(1);
    try {
      Platform.startup(started::countDown);
    } catch (IllegalStateException alreadyRunning) {
      // JavaFX runs already (a test started it); its FX thread serves the export too.
      started.countDown();
    }
    started.await();
    Platform.setImplicitExit(false);
  }

  /** Prints a progress line at most twice a second, and always the last one of a phase. */
  private static final class Progress {
    private final PrintWriter out;
    private long last = Long.MIN_VALUE / 2;

    Progress(PrintWriter out) {
      this.out = out;
    }

    void show(ExportProgress progress) {
      long now = System.nanoTime();
      if (now - last >= PROGRESS_NANOS || progress.done() == progress.total()) {
        out.println(progress.describe());
        out.flush();
        last = now;
      }
    }
  }
}
