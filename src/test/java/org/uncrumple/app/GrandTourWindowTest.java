package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.awaitFx;
import static org.uncrumple.testing.FxWaits.closeOnPrimaryStage;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;

import java.util.Arrays;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.data.Dataset;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.testing.SmallScenes;
import org.uncrumple.view.TourProjection;
import org.uncrumple.view.TraceWorker;

/**
 * The grand tour in the window, on the 64-pixel digits, driven by its keys headless under Monocle:
 * resting on the input, View › Grand tour turns the picture through frames that stay orthonormal,
 * pause holds it, and View › Main directions gives back the PCA picture.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrandTourWindowTest {
  private LoadedScene digits;
  private Explorer explorer;
  private MainWindow window;
  private FxRobot robot;

  @BeforeAll
  void openDigits() throws Exception {
    digits = SmallScenes.digits();
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        s -> {
          explorer = new Explorer();
          window = new MainWindow(explorer, new TraceWorker(), new MemoryPreferences());
          Scene scene = new Scene(window, 1280, 800);
          scene.getStylesheets().add(Stylesheet.explorer());
          s.setScene(scene);
          s.show();
          s.toFront();
        });
    robot = new FxRobot();
    runFx(() -> explorer.load(digits));
    // 1,797 points of 64 pixels: the first trace measures every stage, which takes seconds
    WaitForAsyncUtils.waitFor(
        120, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(() -> window.traced() != null));
    runFx(() -> explorer.navigator().scrubTo(0));
  }

  @AfterAll
  void closeWindow() throws Exception {
    closeOnPrimaryStage(window::close, explorer::close);
  }

  @Test
  void theGrandTourTurnsTheInputAndMainDirectionsBringsThePcaPictureBack() {
    TourProjection tour = onFx(window::grandTourProjection);
    int count = digits.dataset().size();
    assertFalse(onFx(window.grandTour::isVisible), "no tour controls while main directions");
    assertTrue(onFx(() -> window.tour.caption.getText()).contains("shadow"), "the caption");

    robot.type(KeyCode.U);
    awaitFx("the tour to turn", tour::isTurning, () -> "not turning");
    assertTrue(onFx(window.grandTour::isVisible), "pause and speed shown while it turns");
    assertTrue(onFx(() -> window.tour.caption.getText()).contains("grand tour"));

    Drawn first = drawn(count);
    assertOrthonormal(first.frame);
    assertSeenThrough(first, digits.dataset());
    awaitFx(
        "the tour to move the points",
        () -> drawnNow(count).differsFrom(first, 1e-3),
        () -> "arc " + tour.arc());
    Drawn later = drawn(count);
    assertOrthonormal(later.frame);
    assertSeenThrough(later, digits.dataset());
    assertFalse(Arrays.equals(first.frame, later.frame), "the frame turned");

    robot.press(KeyCode.SHIFT).type(KeyCode.U).release(KeyCode.SHIFT);
    awaitFx("the pause", () -> !tour.playingProperty().get(), () -> "still playing");
    Drawn paused = drawn(count);
    WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
    assertArrayEquals(paused.positions, drawn(count).positions, "paused, nothing moves");
    assertTrue(tour.isTurning(), "paused is still the grand tour's picture");

    double speed = onFx(() -> tour.speedProperty().get());
    robot.type(KeyCode.CLOSE_BRACKET);
    assertTrue(onFx(() -> tour.speedProperty().get()) > speed, "] turns it faster");

    robot.type(KeyCode.M);
    awaitFx("main directions", () -> !tour.isTurning(), () -> "still turning");
    float[] pca = new float[3 * count];
    onFx(
        () -> {
          window.traced().path().positionsAt(0, pca, count);
          return null;
        });
    float[] back = drawn(count).positions;
    for (int i = 0; i < 3 * count; i++) {
      assertEquals(pca[i], back[i], 1e-6, "the PCA picture again, coordinate " + i);
    }
    assertFalse(onFx(window.grandTour::isVisible), "the tour's controls go");
  }

  @Test
  void betweenStagesAndInsideALayerTheOrdinaryPathIsDrawn() {
    TourProjection tour = onFx(window::grandTourProjection);
    runFx(() -> tour.grandTourProperty().set(true));
    runFx(() -> explorer.navigator().scrubTo(2));
    awaitFx("a drawing at layer1.stretch", () -> !tour.isTurning(), () -> "turning");
    runFx(() -> explorer.navigator().scrubTo(0));
    awaitFx("the tour again at the input", tour::isTurning, () -> "not turning");
    runFx(() -> tour.grandTourProperty().set(false));
    awaitFx("main directions", () -> !tour.isTurning(), () -> "still turning");
  }

  /** What the window drew last: the frame it was drawn through and every point's position. */
  private record Drawn(double[] frame, float[] positions) {
    boolean differsFrom(Drawn other, double by) {
      for (int i = 0; i < positions.length; i++) {
        if (Math.abs(positions[i] - other.positions[i]) > by) {
          return true;
        }
      }
      return false;
    }
  }

  private Drawn drawn(int count) {
    return onFx(() -> drawnNow(count));
  }

  /** FX thread: the frame and the positions of one and the same draw. */
  private Drawn drawnNow(int count) {
    double[] frame = window.grandTourProjection().currentFrame();
    float[] positions = new float[3 * count];
    for (int i = 0; i < count; i++) {
      System.arraycopy(window.drawnPosition(i), 0, positions, 3 * i, 3);
    }
    return new Drawn(frame, positions);
  }

  private static void assertOrthonormal(double[] frame) {
    assertNotNull(frame, "a frame while turning");
    int n = frame.length / 3;
    assertEquals(64, n, "the digits' 64 pixels");
    for (int r = 0; r < 3; r++) {
      for (int s = 0; s < 3; s++) {
        double dot = 0;
        for (int j = 0; j < n; j++) {
          dot += frame[r * n + j] * frame[s * n + j];
        }
        assertEquals(r == s ? 1 : 0, dot, 1e-9, "row " + r + " · row " + s);
      }
    }
  }

  /**
   * Every drawn point is P·x of a data point x for the frame P reported: the drawn cloud, axis by
   * axis sorted, equals the data projected here in double (the window shuffles the points).
   */
  private static void assertSeenThrough(Drawn drawn, Dataset data) {
    int n = data.dimensions();
    int count = data.size();
    double[] points = data.points();
    for (int axis = 0; axis < 3; axis++) {
      double[] expected = new double[count];
      double[] seen = new double[count];
      for (int i = 0; i < count; i++) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
          sum += drawn.frame[axis * n + j] * points[i * n + j];
        }
        expected[i] = sum;
        seen[i] = drawn.positions[3 * i + axis];
      }
      Arrays.sort(expected);
      Arrays.sort(seen);
      for (int i = 0; i < count; i++) {
        assertEquals(expected[i], seen[i], 1e-4 * (1 + Math.abs(expected[i])), "axis " + axis);
      }
    }
  }
}
