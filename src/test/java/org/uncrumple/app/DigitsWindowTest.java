package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.awaitFx;
import static org.uncrumple.testing.FxWaits.closeOnPrimaryStage;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.view.PixelPicture;
import org.uncrumple.view.TraceWorker;

/**
 * The bundled handwritten digits in the window, headless under Monocle: a followed digit shows its
 * 8 × 8 picture, pixel for pixel the row of the CSV file it came from, and a nudge shows the
 * original, the nudged digit and their difference.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigitsWindowTest {
  private static final int SIDE = 8;

  private LoadedScene digits;
  private List<double[]> rows;
  private Explorer explorer;
  private MainWindow window;
  private FxRobot robot;

  @BeforeAll
  void openWindow() throws Exception {
    digits = LoadedScene.load(SceneReader.readBundled("digits.yaml").withRunning(false));
    rows = csvRows(Path.of("scenes/data/digits.csv"));
    Preferences preferences = new MemoryPreferences();
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        s -> {
          explorer = new Explorer();
          window = new MainWindow(explorer, new TraceWorker(), preferences);
          Scene scene = new Scene(window, 1280, 800);
          scene.getStylesheets().add(Stylesheet.explorer());
          s.setScene(scene);
          s.show();
        });
    robot = new FxRobot();
  }

  @BeforeEach
  void loadTheDigits() {
    runFx(() -> explorer.load(digits));
    awaitFx("the first trace", () -> window.traced() != null, () -> "no trace yet");
  }

  @AfterAll
  void closeWindow() throws Exception {
    closeOnPrimaryStage(window::close, explorer::close);
  }

  @Test
  void aFollowedDigitShowsItsPictureAsInTheFile() {
    for (int index : new int[] {0, 5, 1234}) {
      runFx(() -> window.follow(index));
      ImageView shown = robot.lookup("#follow-picture").queryAs(ImageView.class);
      awaitFx(
          "the picture of digit " + index,
          () -> shown.isVisible() && shown.getImage() != null,
          () -> "visible " + shown.isVisible());

      double[] row = fileRowOf(onFx(() -> window.inputOf(index)));
      Image image = onFx(shown::getImage);
      assertEquals(SIDE * PixelPicture.ZOOM, (int) image.getWidth());
      assertEquals(SIDE * PixelPicture.ZOOM, (int) image.getHeight());
      PixelReader pixels = image.getPixelReader();
      for (int r = 0; r < SIDE; r++) {
        for (int c = 0; c < SIDE; c++) {
          // 0 (blank) is white, 16 (full ink) black
          int level = (int) Math.round(255 * (1 - row[r * SIDE + c] / 16));
          int expected = 0xFF000000 | level << 16 | level << 8 | level;
          for (int[] corner : new int[][] {{0, 0}, {7, 7}, {3, 5}}) {
            int x = c * PixelPicture.ZOOM + corner[0];
            int y = r * PixelPicture.ZOOM + corner[1];
            assertEquals(
                Integer.toHexString(expected),
                Integer.toHexString(pixels.getArgb(x, y)),
                "digit " + index + ", pixel row " + r + " column " + c);
          }
        }
      }
    }
  }

  @Test
  void aNudgedDigitShowsTheOriginalTheNudgedDigitAndTheChange() {
    runFx(() -> window.follow(7));
    double[] original = fileRowOf(onFx(() -> window.inputOf(7)));
    runFx(window::nudge);
    awaitFx(
        "the nudge to finish",
        () -> !window.follower.picture.changeNote().isEmpty(),
        () -> "note: " + window.follower.note());

    ImageView before = robot.lookup("#nudge-before").queryAs(ImageView.class);
    ImageView after = robot.lookup("#nudge-after").queryAs(ImageView.class);
    ImageView change = robot.lookup("#nudge-change").queryAs(ImageView.class);
    for (ImageView view : List.of(before, after, change)) {
      assertNotNull(view.getImage(), view.getId());
      assertTrue(onFx(() -> view.isVisible() && view.getScene() != null), view.getId());
    }
    String said = onFx(() -> window.follower.note());
    assertTrue(said.contains("now says"), said);
    assertFalse(said.contains("Infinity") || said.contains("(0.000)"), "a gap measured in 64-D");
    PixelReader first = before.getImage().getPixelReader();
    PixelReader second = after.getImage().getPixelReader();
    PixelReader difference = change.getImage().getPixelReader();
    int changed = 0;
    int coloured = 0;
    for (int r = 0; r < SIDE; r++) {
      for (int c = 0; c < SIDE; c++) {
        int x = c * PixelPicture.ZOOM + 4;
        int y = r * PixelPicture.ZOOM + 4;
        int level = (int) Math.round(255 * (1 - original[r * SIDE + c] / 16));
        assertEquals(level, first.getArgb(x, y) & 0xFF, "before is the file's digit");
        changed += first.getArgb(x, y) != second.getArgb(x, y) ? 1 : 0;
        coloured += difference.getArgb(x, y) != 0xFFFFFFFF ? 1 : 0;
      }
    }
    assertTrue(changed > 0, "the nudged digit differs");
    assertTrue(coloured > 0, "the change is drawn");
    String note = onFx(window.follower.picture::changeNote);
    assertTrue(
        note.matches("(?s).*No pixel moved more than [0-9.]+ of the 16 grey levels.*"), note);
  }

  @Test
  void aSceneOfOtherDataShowsNoPicture() throws Exception {
    LoadedScene iris = LoadedScene.load(SceneReader.readBundled("iris.yaml").withRunning(false));
    runFx(() -> explorer.load(iris));
    awaitFx("the iris trace", () -> window.traced() != null, () -> "no trace yet");
    runFx(() -> window.follow(3));

    ImageView shown = robot.lookup("#follow-picture").queryAs(ImageView.class);
    assertFalse(onFx(shown::isVisible));
    assertTrue(onFx(() -> window.follower.panel().isVisible()));
  }

  /** The CSV row (64 grey levels) whose normalised values the window holds for a point. */
  private double[] fileRowOf(double[] input) {
    double[] raw = digits.dataset().normalisation().toRaw(input);
    for (double[] row : rows) {
      boolean same = true;
      for (int j = 0; j < raw.length && same; j++) {
        same = Math.abs(row[j] - raw[j]) < 1e-9;
      }
      if (same) {
        return row;
      }
    }
    throw new AssertionError("no row of the file holds " + Arrays.toString(raw));
  }

  private static List<double[]> csvRows(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .skip(1)
        .filter(line -> !line.isBlank())
        .map(line -> Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray())
        .toList();
  }
}
