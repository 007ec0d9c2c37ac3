package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.awaitFx;
import static org.uncrumple.testing.FxWaits.closeOnPrimaryStage;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;
import static org.uncrumple.testing.FxWaits.waitForFrames;

import javafx.scene.Scene;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxToolkit;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.testing.SmallScenes;
import org.uncrumple.view.TraceWorker;

/**
 * While the tour plays, the window outside its 3-D view is laid out (and so painted) again only on
 * the frames where something there changed: a new stage (caption, strip), new figures of training
 * (twice a second), the frame rate (once a second). Measured with {@link PanelWork}, which counts
 * the parts that need layout before every pulse; the tour's slider, whose thumb moves every frame
 * by design, is left out. Runs headless under Monocle.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PanelRedrawTest {
  private static final int FRAMES = 90;

  private Explorer explorer;
  private MainWindow window;
  private final MemoryPreferences preferences = new MemoryPreferences();

  @BeforeAll
  void openWindow() throws Exception {
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        stage -> {
          explorer = new Explorer();
          window = new MainWindow(explorer, new TraceWorker(), preferences);
          Scene scene = new Scene(window, 1280, 800);
          scene.getStylesheets().add(Stylesheet.explorer());
          stage.setScene(scene);
          stage.show();
        });
  }

  @BeforeEach
  void playTheTour() throws Exception {
    var ball = SmallScenes.paperBall();
    runFx(
        () -> {
          explorer.load(ball);
          explorer.navigator().loopProperty().set(true);
          explorer.navigator().speedProperty().set(2);
          explorer.navigator().play();
        });
    awaitFx("the first trace", () -> window.hasTrace(), () -> "no trace");
    waitForFrames(10);
  }

  @AfterAll
  void closeWindow() throws Exception {
    closeOnPrimaryStage(window::close, explorer::close);
  }

  @Test
  void whileOnlyTheTourMovesThePanelsAreLaidOutOnlyWhenTheStageChanges() {
    PanelWork work = measure();

    // Two stages a second, each changing the caption and the strip's highlight; the frame rate's
    // figure once a second.
    assertTrue(
        work.busyPulsesPerSecond() <= 5,
        "pulses a second that lay out panels: "
            + work.busyPulsesPerSecond()
            + " ("
            + work.busyPulses()
            + " of "
            + work.pulses()
            + ")");
  }

  @Test
  void whileTrainingRunsThePanelsAreLaidOutOnlyWhenTheirFiguresChange() {
    runFx(() -> explorer.train());
    PanelWork work = measure();

    // Besides the above, new figures (Explorer.FIGURES_PER_SECOND: the numbers, the chart, the
    // timeline and the caption together) and new measures under the strip (once a second): at
    // most about ten pulses a second, where every pulse (60 a second here) used to lay out the
    // bars around the tour's slider.
    assertTrue(
        work.busyPulsesPerSecond() <= 15,
        "pulses a second that lay out panels: "
            + work.busyPulsesPerSecond()
            + " ("
            + work.busyPulses()
            + " of "
            + work.pulses()
            + ")");
  }

  private PanelWork measure() {
    PanelWork work =
        onFx(() -> new PanelWork(window.getScene(), window.viewport, window.tour.slider));
    runFx(work::start);
    waitForFrames(FRAMES);
    runFx(work::stop);
    return work;
  }
}
