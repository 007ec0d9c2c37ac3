package org.uncrumple.app;

import static org.uncrumple.app.FxBench.onFx;
import static org.uncrumple.app.FxBench.runFx;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.uncrumple.app.actions.Action;
import org.uncrumple.app.actions.Actions;
import org.uncrumple.app.files.ExportDialog;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.export.ClipKind;
import org.uncrumple.scene.BundledScenes;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneException;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.scene.Show;

/**
 * A long lesson in fast motion, to find what grows: the real explorer window ({@link
 * ExplorerStage}, remembering into preferences of its own) trains at full speed and plays the tour
 * in a loop while, round after round, every View option is switched on and off, points are followed
 * and nudged, every Lessons window is opened and closed, the next scene of the gallery is opened,
 * and every few minutes a short clip is exported through the export dialog.
 *
 * <p>The figures are taken in the same state at both ends, after a warm-up (class loading, caches
 * and the first export are not leaks): the paper ball reopened and paused, no other window, the
 * workers at rest, then full collections. The warm-up opens every scene of the gallery with all it
 * can show switched on, then does one round: JavaFX's render thread keeps scratch arrays for
 * building meshes ({@code com.sun.prism.impl.MeshTempState}) that grow to the largest mesh it has
 * built and stay that size, about 18 MB here; measured from a warm-up that had not yet met the
 * largest mesh, that looked like a leak. Printed, one {@code name value} a line: {@code
 * soak.heap_start_mb}, {@code soak.heap_end_mb} (heap used after a full GC), {@code
 * soak.threads_start}, {@code soak.threads_end}, {@code soak.rss_start_mb}, {@code
 * soak.rss_end_mb}, {@code soak.max_pulse_gap_ms} (between the two), {@code soak.errors} (records
 * logged at ERROR, an uncaught exception included), and the {@code soak.rounds} and {@code
 * soak.exports} done.
 *
 * <p>Runs on the caller's thread, which must not be the FX thread. Needs a display; the launcher
 * sets {@code prism.forceGPU=true} for Xvfb.
 */
public final class SoakBenchmark {
  private static final System.Logger LOG = System.getLogger(SoakBenchmark.class.getName());
  private static final long WAIT_SECONDS = FxBench.CASE_TIMEOUT_SECONDS;

  /**
   * How long and how busy a soak is.
   *
   * @param length how long the rounds go on after the warm-up
   * @param exportEvery how often a clip is exported (the warm-up round always exports one)
   * @param rest the pause after each action, as a user's
   * @param warmUpEveryScene whether the warm-up also opens every scene of the gallery with
   *     everything shown (see the class comment); the short test leaves it out
   */
  record Plan(Duration length, Duration exportEvery, Duration rest, boolean warmUpEveryScene) {}

  private final PrintStream out;
  private final Plan plan;
  private final Random random = new Random(17);
  private Stage stage;
  private ExplorerStage opened;
  private Path folder;
  private int nextScene;
  private int rounds;
  private int exports;
  private SoakGauges gauges;

  SoakBenchmark(PrintStream out, Plan plan) {
    this.out = out;
    this.plan = plan;
  }

  /** Soaks for {@code minutes} minutes and prints the figures. Starts JavaFX if needed. */
  public static void run(PrintStream out, double minutes)
      throws InterruptedException, SceneException, IOException {
    long seconds = Math.round(minutes * 60);
    new SoakBenchmark(
            out,
            new Plan(
                Duration.ofSeconds(seconds),
                Duration.ofSeconds(Math.min(180, Math.max(1, seconds / 4))),
                Duration.ofMillis(700),
                true))
        .run();
  }

  void run() throws InterruptedException, SceneException, IOException {
    FxBench.startToolkit();
    folder = Files.createTempDirectory("uncrumple-soak");
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    // Uncaught exceptions are logged as errors, so they are counted.
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, error) ->
            LOG.log(
                System.Logger.Level.ERROR,
                "Uncaught on the thread \"" + thread.getName() + "\"",
                error));
    try (SoakGauges gauges = new SoakGauges()) {
      this.gauges = gauges;
      runFx(
          () -> {
            Platform.setImplicitExit(false);
            stage = new Stage();
            opened = new ExplorerStage(stage, new Explorer(), new MemoryPreferences(), List.of());
          });
      await("the first picture", () -> opened.window.hasTrace());
      if (plan.warmUpEveryScene()) {
        for (BundledScenes.Entry entry : BundledScenes.entries()) {
          openScene(entry);
          showEverything();
        }
      }
      round(true);
      settle();
      // Taken first, so that the start's histogram is on the heap in both heap figures.
      Map<String, Long> classesStart = SoakGauges.classHistogram();
      String nativeStart = SoakGauges.nativeMemory();
      double heapStart = SoakGauges.heapAfterFullGcMb();
      int threadsStart = SoakGauges.threads();
      Map<String, Integer> namesStart = SoakGauges.threadNames();
      double rssStart = SoakGauges.residentMb();
      runFx(gauges::startPulses);
      long end = System.nanoTime() + plan.length().toNanos();
      long lastExport = System.nanoTime();
      do {
        boolean export = System.nanoTime() - lastExport >= plan.exportEvery().toNanos();
        round(export);
        if (export) {
          lastExport = System.nanoTime();
        }
      } while (System.nanoTime() < end);
      runFx(gauges::stopPulses);
      settle();
      double heapEnd = SoakGauges.heapAfterFullGcMb();
      int threadsEnd = SoakGauges.threads();
      Map<String, Integer> namesEnd = SoakGauges.threadNames();
      double rssEnd = SoakGauges.residentMb();
      Map<String, Long> classesEnd = SoakGauges.classHistogram();
      String nativeEnd = SoakGauges.nativeMemory();
      int errors = gauges.errors();
      print("soak.minutes", plan.length().toMillis() / 60_000.0);
      out.println("soak.rounds " + rounds);
      out.println("soak.exports " + exports);
      print("soak.heap_start_mb", heapStart);
      print("soak.heap_end_mb", heapEnd);
      out.println("soak.threads_start " + threadsStart);
      out.println("soak.threads_end " + threadsEnd);
      print("soak.rss_start_mb", rssStart);
      print("soak.rss_end_mb", rssEnd);
      print("soak.max_pulse_gap_ms", gauges.maxPulseGapMillis());
      out.println("soak.errors " + errors);
      gauges.logWhatChanged(classesStart, classesEnd, nativeStart, nativeEnd, namesStart, namesEnd);
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
      if (opened != null) {
        runFx(
            () -> {
              opened.close();
              stage.close();
            });
      }
      deleteFolder();
    }
  }

  /** One round of everything a lesson does, the export only if asked. */
  private void round(boolean export) throws InterruptedException, SceneException {
    viewOptions();
    followAndNudge();
    lessonWindows();
    nextScene();
    if (export) {
      exportClip();
    }
    rounds++;
  }

  /** Every View action: the toggles on and off again, the commands once. */
  private void viewOptions() throws InterruptedException {
    for (Action action : actions(Actions.Group.VIEW)) {
      gauges.doing(action.name());
      runFx(action.run());
      rest();
      if (action.state() != null) {
        runFx(action.run());
        rest();
      }
    }
  }

  private void followAndNudge() throws InterruptedException {
    gauges.doing("following and nudging");
    for (int i = 0; i < 3; i++) {
      int size = onFx(() -> opened.explorer.scene().dataset().size());
      int point = random.nextInt(size);
      runFx(() -> opened.window.follow(point));
      rest();
      runFx(opened.window::nudge);
      rest();
    }
    runFx(opened.window::stopFollowing);
  }

  /** Opens each lesson window, lets it work a moment, and closes it as its close button would. */
  private void lessonWindows() throws InterruptedException {
    for (Action lesson : actions(Actions.Group.LESSONS)) {
      Set<Window> before = onFx(() -> new HashSet<>(Window.getWindows()));
      gauges.doing("opening " + lesson.name());
      runFx(lesson.run());
      await(lesson.name(), () -> newStage(before) != null);
      gauges.doing("in " + lesson.name());
      rest();
      rest();
      gauges.doing("closing " + lesson.name());
      runFx(
          () -> {
            Stage window = newStage(before);
            window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
            window.hide();
          });
      rest();
    }
  }

  /** Opens the gallery's next scene. */
  private void nextScene() throws InterruptedException, SceneException {
    List<BundledScenes.Entry> entries = BundledScenes.entries();
    openScene(entries.get(nextScene++ % entries.size()));
  }

  /** Opens a scene as picking it in the gallery would, then trains flat out and tours. */
  private void openScene(BundledScenes.Entry entry) throws InterruptedException {
    LoadedScene was = onFx(opened.explorer::scene);
    gauges.doing("opening " + entry.file());
    runFx(
        () ->
            opened
                .window
                .files()
                .openBundled(() -> LoadedScene.load(SceneReader.readBundled(entry.file()))));
    await(entry.file(), () -> opened.explorer.scene() != was && opened.window.hasTrace());
    runFx(
        () -> {
          opened.explorer.setTrainingSpeed(0);
          opened.explorer.train();
          opened.explorer.navigator().loopProperty().set(true);
          opened.explorer.navigator().play();
        });
    rest();
  }

  /** A one-second orbit through the export dialog, as a user fills it in and presses Export. */
  private void exportClip() throws InterruptedException {
    Path clip = folder.resolve("clip-" + exports + ".gif");
    gauges.doing("exporting");
    ExportDialog dialog =
        onFx(
            () -> {
              ExportDialog shown =
                  new ExportDialog(
                      opened.explorer,
                      opened.window.viewport.getCameraPose(),
                      stage,
                      opened.window.toggles.current());
              shown.fill(ClipKind.ORBIT, clip, "640x360", 10, 1);
              shown.show();
              shown.pressExport();
              return shown;
            });
    await("the export", () -> !dialog.isExporting());
    String status = onFx(dialog::status);
    if (!status.startsWith("Done")) {
      LOG.log(System.Logger.Level.ERROR, "The soak's export failed: " + status);
    }
    runFx(dialog::pressClose);
    exports++;
    try {
      Files.deleteIfExists(clip);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "The soak could not delete its clip " + clip, e);
    }
  }

  /** Switches on everything the view can show, lets it be drawn, and puts the switches back. */
  private void showEverything() throws InterruptedException {
    gauges.doing("showing everything");
    Set<Show> before = onFx(opened.window.toggles::current);
    Object traced = onFx(opened.window::traced);
    runFx(() -> opened.window.toggles.set(EnumSet.allOf(Show.class)));
    // A trace made after the switch carries the decision surface too.
    await("a trace of everything", () -> opened.window.traced() != traced);
    rest();
    rest();
    runFx(() -> opened.window.toggles.set(before));
    rest();
  }

  /** The state both figures are taken in: the paper ball, paused, nothing followed, at rest. */
  private void settle() throws InterruptedException {
    runFx(
        () -> {
          opened.window.stopFollowing();
          opened.explorer.load(ExplorerStage.defaultScene());
          opened.explorer.pause();
          opened.explorer.navigator().pause();
          opened.explorer.navigator().scrubTo(0);
        });
    await(
        "the paper ball",
        () ->
            opened.window.hasTrace()
                && opened.window.traced().snapshot().step() == opened.explorer.snapshot().step());
    // The trace worker rests as long as its last trace took; the loader finishes its work.
    TimeUnit.SECONDS.sleep(2);
  }

  private List<Action> actions(Actions.Group group) throws InterruptedException {
    return onFx(
        () -> opened.window.actions.all().stream().filter(a -> a.group() == group).toList());
  }

  /** The stage that shows now and did not before; FX thread. */
  private static Stage newStage(Set<Window> before) {
    for (Window window : Window.getWindows()) {
      if (!before.contains(window) && window instanceof Stage shown && shown.isShowing()) {
        return shown;
      }
    }
    return null;
  }

  /** Polls {@code condition} on the FX thread; fails the soak if it never holds. */
  private void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (!onFx(condition::getAsBoolean)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the soak waited " + WAIT_SECONDS + " s for " + what);
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  private void rest() throws InterruptedException {
    TimeUnit.NANOSECONDS.sleep(plan.rest().toNanos());
  }

  private void print(String name, double value) {
    out.println(name + " " + String.format(Locale.ROOT, "%.1f", value));
  }

  private void deleteFolder() {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "The soak could not delete " + folder, e);
    }
  }
}
