package org.uncrumple.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.Storage;
import org.uncrumple.train.Snapshot;
import org.uncrumple.view.CameraPose;
import org.uncrumple.view.ExportTrace;
import org.uncrumple.view.FrameSource;

/**
 * One export from start to finish: makes the weights, plans the clip, draws every frame on the FX
 * thread, burns captions in and encodes on the encoder thread while the next frame is drawn, and
 * moves the finished file into place. A cancel, an error or a full disk leaves nothing behind.
 *
 * <p>{@link #run} blocks its caller, which must not be the FX thread; {@link #cancel} may be called
 * from any thread.
 */
public final class ExportJob {
  /** Frames drawn but not yet encoded, at most: bounds the memory of a fast FX thread. */
  static final int FRAMES_IN_FLIGHT = 3;

  private final ExportRequest request;
  private final LoadedScene scene;
  private final Snapshot current;
  private final ExportThreads threads;
  private final Storage storage;
  private volatile boolean cancelled;

  /**
   * @param current the weights to film (the window's); null to train from the scene's seed or load
   *     the request's model. A time-lapse always trains from the seed.
   */
  public ExportJob(
      ExportRequest request, LoadedScene scene, Snapshot current, ExportThreads threads) {
    this(request, scene, current, threads, Storage.DISK);
  }

  /** An export whose files are made and written through {@code storage}. */
  public ExportJob(
      ExportRequest request,
      LoadedScene scene,
      Snapshot current,
      ExportThreads threads,
      Storage storage) {
    this.request = request;
    this.scene = scene;
    this.current = current;
    this.threads = threads;
    this.storage = storage;
  }

  /** Stops the export at the next frame; {@link #run} then throws {@link CancellationException}. */
  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  /**
   * Runs the export.
   *
   * @param progress told about training and each frame, on this thread
   * @return the files written
   * @throws ExportException with a message for the user when the export cannot be done
   * @throws CancellationException when cancelled; nothing is left behind
   */
  public List<Path> run(Consumer<ExportProgress> progress) throws ExportException {
    request.validate();
    ExportFormat format = ExportFormat.of(request.out());
    // Fail on an existing file before any training; checked again once the frames are known.
    request.checkTarget();
    FilmedWeights weights = new FilmedWeights(scene, () -> cancelled);
    long steps = request.trainSteps() != null ? request.trainSteps() : scene.spec().steps();
    ExportTrace first = firstTrace(weights, steps, progress);
    Clip clip = clip(first, steps);
    OutputFiles files =
        OutputFiles.plan(request.out(), format, clip.frames(), request.force(), storage);
    Path temporary = files.open();
    try {
      film(clip, first, weights, format, files, temporary, progress);
      checkCancelled();
      files.commit();
      return files.finals();
    } catch (IOException e) {
      files.discard();
      throw files.failure(e);
    } catch (ExportException e) {
      files.discard();
      throw files.leftBehind() == null
          ? e
          : new ExportException(e.getMessage() + "; " + files.leftBehind(), e);
    } catch (RuntimeException | Error e) {
      files.discard();
      if (files.leftBehind() != null) {
        e.addSuppressed(new IOException(files.leftBehind()));
      }
      throw e;
    }
  }

  private ExportTrace firstTrace(
      FilmedWeights weights, long steps, Consumer<ExportProgress> progress) throws ExportException {
    Snapshot snapshot;
    if (request.clip() == ClipKind.TIMELAPSE) {
      snapshot = weights.at(0, null);
    } else if (request.model() != null) {
      snapshot = FilmedWeights.fromModel(scene, request.model());
    } else if (current != null) {
      snapshot = current;
    } else {
      snapshot = weights.at(steps, progress);
    }
    return ExportTrace.of(scene, snapshot, null, request.show());
  }

  private Clip clip(ExportTrace trace, long steps) throws ExportException {
    int fps = request.fps();
    long shown = trace.snapshot().step();
    switch (request.clip()) {
      case TOUR:
        return Clip.tour(
            trace.stageCount(),
            fps,
            request.moveSeconds(),
            request.pauseSeconds(),
            shown,
            request.pose());
      case ORBIT:
        return Clip.orbit(
            frames(), fps, Stages.parse(request.stage(), trace), shown, request.pose());
      case TIMELAPSE:
        return Clip.timelapse(
            frames(), fps, Stages.parse(request.stage(), trace), steps, request.pose());
      case STILL:
        return Clip.still(Stages.parse(request.stage(), trace), shown, request.pose());
      default:
        throw new IllegalStateException("unknown clip " + request.clip());
    }
  }

  private int frames() {
    return Math.max(1, (int) Math.round(request.seconds() * request.fps()));
  }

  private void film(
      Clip clip,
      ExportTrace first,
      FilmedWeights weights,
      ExportFormat format,
      OutputFiles files,
      Path temporary,
      Consumer<ExportProgress> progress)
      throws ExportException, IOException {
    int width = request.width();
    int height = request.height();
    FrameEncoder encoder = onEncoder(() -> open(format, files, temporary));
    Deque<Future<?>> inFlight = new ArrayDeque<>();
    Throwable failure = null;
    try {
      FrameSource source =
          onFx(() -> new FrameSource(scene, width, height, request.background(), request.show()));
      if (encoder instanceof GifEncoder gif && clip.kind() != ClipKind.TIMELAPSE) {
        // The GIF's one palette also gets the colours of the last frame (the decision plane).
        Shot last = clip.shot(clip.frames() - 1);
        double lastArc = tourArc(clip, clip.frames() - 1);
        BufferedImage sample =
            onFx(() -> source.render(first, last.position(), last.pose(), lastArc));
        CaptionPainter.paint(
            sample, request.captions() ? caption(clip, clip.frames() - 1, first) : null);
        gif.samplePalette(sample);
      }
      ExportTrace trace = first;
      long start = System.nanoTime();
      for (int i = 0; i < clip.frames(); i++) {
        checkCancelled();
        Shot shot = clip.shot(i);
        if (shot.step() != trace.snapshot().step() && clip.kind() == ClipKind.TIMELAPSE) {
          trace = ExportTrace.of(scene, weights.at(shot.step(), null), trace, request.show());
        }
        ExportTrace drawn = trace;
        double arc = tourArc(clip, i);
        // A grand tour turns the data; the camera holds still at the clip's first pose.
        CameraPose pose = Double.isNaN(arc) ? shot.pose() : clip.shot(0).pose();
        BufferedImage frame = onFx(() -> source.render(drawn, shot.position(), pose, arc));
        String caption = request.captions() ? caption(clip, i, drawn) : null;
        while (inFlight.size() >= FRAMES_IN_FLIGHT) {
          await(inFlight.removeFirst());
        }
        inFlight.addLast(
            threads
                .encoder()
                .submit(
                    () -> {
                      CaptionPainter.paint(frame, caption);
                      encoder.add(frame);
                      return null;
                    }));
        double perFrame = (System.nanoTime() - start) / 1e9 / (i + 1);
        progress.accept(
            new ExportProgress(
                "rendering", i + 1, clip.frames(), perFrame * (clip.frames() - i - 1)));
      }
      while (!inFlight.isEmpty()) {
        await(inFlight.removeFirst());
      }
      checkCancelled();
      onEncoder(
          () -> {
            encoder.finish();
            return null;
          });
    } catch (ExportException | IOException | RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      // Not interrupted: an interrupt closes the file's channel under a frame being written, and
      // closing the encoder then failed with that instead of the first error (a full disk).
      inFlight.forEach(f -> f.cancel(false));
      closeEncoder(encoder, failure);
    }
  }

  /**
   * Closes the encoder on its thread. When the film already failed, a failure to close is added to
   * that first error, which is the one to report, rather than replacing it.
   */
  private void closeEncoder(FrameEncoder encoder, Throwable failure) throws IOException {
    try {
      onEncoder(
          () -> {
            encoder.close();
            return null;
          });
    } catch (IOException | RuntimeException e) {
      if (failure == null) {
        throw e;
      }
      failure.addSuppressed(e);
    }
  }

  private FrameEncoder open(ExportFormat format, OutputFiles files, Path temporary)
      throws IOException {
    int w = request.width();
    int h = request.height();
    switch (format) {
      case MP4:
        return new Mp4Encoder(temporary, w, h, request.fps(), storage);
      case GIF:
        return new GifEncoder(temporary, w, h, request.fps(), storage);
      case PNG:
        boolean alpha = request.background() != null && request.background().getOpacity() < 1;
        boolean sequence = files.finals().size() > 1;
        return new PngEncoder(
            i -> sequence ? files.temporaryFrame(i) : temporary,
            alpha,
            threads.workers(),
            2 * FRAMES_IN_FLIGHT,
            storage);
      default:
        throw new IllegalStateException("unknown format " + format);
    }
  }

  /** The grand tour's arc at frame {@code i}, or NaN where the main directions are shown. */
  private double tourArc(Clip clip, int i) {
    return request.grandTour() ? clip.tourArc(i) : Double.NaN;
  }

  private String caption(Clip clip, int frame, ExportTrace trace) {
    String words = trace.caption(clip.captionStage(frame), !Double.isNaN(tourArc(clip, frame)));
    if (clip.kind() == ClipKind.TIMELAPSE) {
      return String.format(Locale.ROOT, "Training step %,d. %s", trace.snapshot().step(), words);
    }
    return words;
  }

  private void checkCancelled() {
    if (cancelled) {
      throw new CancellationException("export cancelled");
    }
  }

  /** Work on the encoder thread, waited for; its I/O errors come back as they are. */
  private <T> T onEncoder(java.util.concurrent.Callable<T> work) throws IOException {
    return await(threads.encoder().submit(work));
  }

  private <T> T onFx(java.util.concurrent.Callable<T> work) throws ExportException {
    try {
      return threads.fx().call(work);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ExportException("a frame could not be drawn: " + e.getMessage(), e);
    }
  }

  private static <T> T await(Future<T> work) throws IOException {
    try {
      return work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause.getMessage(), cause);
    }
  }
}
