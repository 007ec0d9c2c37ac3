package org.uncrumple.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneException;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.view.CameraPose;
import org.uncrumple.view.ExportTrace;
import org.uncrumple.view.FrameSource;

/**
 * Measures exporting at 1280×720: the FX-thread time to draw and snapshot one frame of the paper
 * ball's tour ({@code export.snapshot_ms}, the median of {@value #FRAMES} frames, every point
 * moved), then how fast each encoder takes those {@value #FRAMES} frames from memory, captions
 * included ({@code export.<format>.fps}; PNG compresses on two worker threads), and finally a whole
 * tour exported to MP4 ({@code export.tour_mp4.fps}: drawing and encoding overlapped, as a real
 * export runs). Prints one {@code name value} a line. Needs a display with OpenGL.
 */
public final class ExportBenchmark {
  static final int FRAMES = 120;
  static final int WIDTH = 1280;
  static final int HEIGHT = 720;
  private static final long TRAIN_STEPS = 2000;

  private final PrintStream out;
  private final ExportThreads threads;

  private ExportBenchmark(PrintStream out, ExportThreads threads) {
    this.out = out;
    this.threads = threads;
  }

  /** Runs the benchmark; JavaFX must be running. */
  public static void run(PrintStream out, ExportThreads threads)
      throws SceneException, ExportException, IOException {
    new ExportBenchmark(out, threads).runAll();
  }

  private void runAll() throws SceneException, ExportException, IOException {
    LoadedScene ball = LoadedScene.load(SceneReader.readBundled("paper-ball.yaml"));
    FilmedWeights weights = new FilmedWeights(ball, () -> false);
    ExportTrace trace = ExportTrace.of(ball, weights.at(TRAIN_STEPS, null), null);
    Clip tour = Clip.tour(trace.stageCount(), 30, 0.7, 0.3, TRAIN_STEPS, CameraPose.DEFAULT);
    FrameSource source = fx(() -> new FrameSource(ball, WIDTH, HEIGHT, null));
    List<BufferedImage> frames = new ArrayList<>(FRAMES);
    long[] nanos = new long[FRAMES];
    for (int i = 0; i < FRAMES; i++) {
      Shot shot = tour.shot((int) ((long) i * (tour.frames() - 1) / (FRAMES - 1)));
      long start = System.nanoTime();
      BufferedImage frame = fx(() -> source.render(trace, shot.position(), shot.pose()));
      nanos[i] = System.nanoTime() - start;
      CaptionPainter.paint(frame, trace.caption((int) Math.ceil(shot.position() - 1e-6)));
      frames.add(frame);
    }
    Arrays.sort(nanos);
    print("export.snapshot_ms", nanos[FRAMES / 2] / 1e6);
    Path dir = Files.createTempDirectory("uncrumple-bench-export");
    try {
      for (ExportFormat format : ExportFormat.values()) {
        print("export." + format.extension() + ".fps", encode(format, frames, dir));
      }
      frames.clear();
      print("export.tour_mp4.fps", wholeTour(ball, dir));
    } finally {
      delete(dir);
    }
  }

  private double encode(ExportFormat format, List<BufferedImage> frames, Path dir)
      throws IOException {
    Path file = dir.resolve("bench." + format.extension());
    List<Path> pngs = OutputFiles.sequenceNames(file, frames.size());
    long start = System.nanoTime();
    try (FrameEncoder encoder = open(format, file, pngs)) {
      for (BufferedImage frame : frames) {
        encoder.add(frame);
      }
      encoder.finish();
    }
    return frames.size() / ((System.nanoTime() - start) / 1e9);
  }

  private FrameEncoder open(ExportFormat format, Path file, List<Path> pngs) throws IOException {
    switch (format) {
      case MP4:
        return new Mp4Encoder(file, WIDTH, HEIGHT, 30);
      case GIF:
        return new GifEncoder(file, WIDTH, HEIGHT, 30);
      case PNG:
        return new PngEncoder(pngs::get, false, threads.workers(), 2 * ExportJob.FRAMES_IN_FLIGHT);
      default:
        throw new IllegalStateException("unknown format " + format);
    }
  }

  private double wholeTour(LoadedScene ball, Path dir) throws ExportException {
    ExportRequest request =
        ExportRequest.builder(ClipKind.TOUR, dir.resolve("tour.mp4"))
            .training(TRAIN_STEPS, null)
            .build();
    int[] frames = new int[1];
    long[] start = new long[1];
    new ExportJob(request, ball, null, threads)
        .run(
            p -> {
              if (p.phase().equals("rendering")) {
                if (start[0] == 0) {
                  start[0] = System.nanoTime();
                }
                frames[0] = (int) p.done();
              }
            });
    return (frames[0] - 1) / ((System.nanoTime() - start[0]) / 1e9);
  }

  private <T> T fx(java.util.concurrent.Callable<T> work) throws ExportException {
    try {
      return threads.fx().call(work);
    } catch (Exception e) {
      throw new ExportException("the benchmark could not draw a frame: " + e.getMessage(), e);
    }
  }

  private void print(String name, double value) {
    out.println(name + " " + String.format(Locale.ROOT, "%.1f", value));
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
