package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.runFx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The dots that the point cloud draws, read back from its picture without a screen (Monocle). The
 * points sit on a grid facing the camera, far enough apart that no two dots touch, so each point's
 * centre pixel says whether it is drawn and in which colour.
 */
class PointCloudTest {
  private static final int SIDE = 20;
  private static final int N = SIDE * SIDE;
  private static final int WIDTH = 400;
  private static final int HEIGHT = 300;

  private final int[] moves = {0};
  private final double[] frame = new OrbitCamera(new CameraPose(0, 0, 8, 0, 0), 30).frame();
  private PointCloud cloud;
  private int[] labels;
  private float[] xyz;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void cloudOnAGrid() {
    runFx(
        () -> {
          cloud = new PointCloud(() -> moves[0]++);
          cloud.node().resize(WIDTH, HEIGHT);
          Random random = new Random(3);
          labels = new int[N];
          xyz = new float[3 * N];
          for (int i = 0; i < N; i++) {
            labels[i] = random.nextInt(3);
            xyz[3 * i] = -1 + 2f * (i % SIDE) / (SIDE - 1);
            xyz[3 * i + 1] = -1 + 2f * (i / SIDE) / (SIDE - 1);
          }
          cloud.setData(labels, N);
          cloud.update(xyz, N);
          cloud.orient(frame);
        });
  }

  @Test
  void eachPointIsADotOfItsClassColourWhereTheCameraSeesIt() {
    runFx(
        () -> {
          List<Integer> drawn = drawnPoints();
          assertEquals(N, drawn.size(), "every point drawn at rest");
          for (int i = 0; i < N; i++) {
            assertEquals(argb(Palette.colour(labels[i])), centre(i), "point " + i);
          }
        });
  }

  @Test
  void aSmallerLimitDrawsAStableNestedSubset() {
    runFx(
        () -> {
          cloud.showAtMost(50);
          Set<Integer> fifty = new HashSet<>(drawnPoints());
          cloud.showAtMost(120);
          Set<Integer> hundredTwenty = new HashSet<>(drawnPoints());
          cloud.showAtMost(50);
          assertEquals(50, cloud.shownCount());
          assertEquals(50, fifty.size());
          assertEquals(120, hundredTwenty.size());
          assertEquals(fifty, new HashSet<>(drawnPoints()), "the same points come back");
          assertTrue(hundredTwenty.containsAll(fifty), "more points add to the fewer");
        });
  }

  @Test
  void theSubsetIsSpreadOverTheClasses() {
    runFx(
        () -> {
          cloud.showAtMost(150);
          int[] perClass = new int[3];
          drawnPoints().forEach(p -> perClass[labels[p]]++);
          for (int c = 0; c < 3; c++) {
            assertTrue(perClass[c] > 25, "class " + c + " has " + perClass[c] + " of 150");
          }
        });
  }

  @Test
  void theSameCountKeepsTheSameSubsetAcrossNewLabels() {
    runFx(
        () -> {
          cloud.showAtMost(40);
          Set<Integer> before = new HashSet<>(drawnPoints());
          cloud.setData(new int[N], N);
          cloud.update(xyz, N);
          assertEquals(before, new HashSet<>(drawnPoints()));
          assertEquals(argb(Palette.colour(0)), centre(before.iterator().next()), "the new colour");
        });
  }

  @Test
  void updateMovesTheDotsAndNotifies() {
    runFx(
        () -> {
          int heard = moves[0];
          float[] shifted = xyz.clone();
          for (int i = 1; i < shifted.length; i += 3) {
            shifted[i] += 0.05f;
          }
          cloud.update(shifted, N);
          assertTrue(moves[0] > heard);
          cloud.drawNow();
          int[] old = pixelOf(0);
          xyz = shifted;
          int[] now = pixelOf(0);
          assertNotEquals(old[1], now[1], "the dot moved up the picture");
          assertEquals(N, drawnPoints().size(), "every dot where its point now is");
        });
  }

  @Test
  void nearerDotsCoverFartherOnes() {
    runFx(
        () -> {
          // point 1 straight behind point 0 as the camera sees it, in another class
          float[] pair = {0, 0, 1, 0, 0, -1};
          cloud.setData(new int[] {0, 1}, 2);
          cloud.update(pair, 2);
          cloud.drawNow();
          int[] at = pixelOf(pair, 0);
          assertEquals(
              argb(Palette.colour(0)), cloud.pixelAt(at[0], at[1]), "the nearer point's colour");
          cloud.setData(new int[] {1, 0}, 2);
          cloud.update(pair, 2);
          cloud.drawNow();
          assertEquals(
              argb(Palette.colour(1)), cloud.pixelAt(at[0], at[1]), "whichever is drawn first");
        });
  }

  @Test
  void aLargerRadiusDrawsLargerDots() {
    runFx(
        () -> {
          int small = colouredPixels();
          cloud.radiusProperty().set(3 * PointCloud.DEFAULT_RADIUS);
          cloud.drawNow();
          int large = colouredPixels();
          assertTrue(large > 4 * small, "coloured pixels " + small + " → " + large);
        });
  }

  @Test
  void labelsPastThePaletteWrapAround() {
    runFx(
        () -> {
          int[] many = new int[N];
          many[0] = Palette.size() + 1;
          cloud.setData(many, N);
          cloud.drawNow();
          assertEquals(argb(Palette.colour(1)), centre(0));
        });
  }

  @Test
  void countsThatDoNotMatchAreRejected() {
    runFx(
        () -> {
          assertThrows(IllegalArgumentException.class, () -> cloud.setData(new int[3], 4));
          assertThrows(IllegalArgumentException.class, () -> cloud.update(xyz, N - 1));
          assertThrows(IllegalArgumentException.class, () -> cloud.update(new float[3], N));
        });
  }

  @Test
  void anEmptyOrHiddenCloudDrawsNothing() {
    runFx(
        () -> {
          cloud.setVisible(false);
          cloud.drawNow();
          assertEquals(0, colouredPixels(), "hidden");
          cloud.setVisible(true);
          cloud.setData(new int[0], 0);
          cloud.update(new float[0], 0);
          cloud.drawNow();
          assertEquals(0, cloud.shownCount());
          assertEquals(0, colouredPixels(), "empty");
        });
  }

  @Test
  void onlyThePartOfThePictureHoldingDotsIsShown() {
    runFx(
        () -> {
          ImageView image = cloud.image();
          cloud.setData(new int[] {0}, 1);
          cloud.update(new float[] {0, 0, 0}, 1);
          cloud.drawNow();
          int[] at = pixelOf(new float[] {0, 0, 0}, 0);
          Rectangle2D shown = image.getViewport();
          assertTrue(image.isVisible());
          assertTrue(shown.getWidth() < 12 && shown.getHeight() < 12, "one dot: " + shown);
          assertTrue(shown.contains(at[0] + 0.5, at[1] + 0.5), shown + " holds the dot");
          assertEquals(shown.getMinX(), image.getLayoutX(), "laid where it is in the view");
          assertEquals(shown.getWidth(), image.getFitWidth());
          cloud.showAtMost(0);
          cloud.drawNow();
          assertFalse(image.isVisible(), "nothing to show");
        });
  }

  @Test
  void pointsBehindTheDecisionPlaneAreTinted() {
    runFx(
        () -> {
          // a plane between the camera (z = 8) and the grid (z = 0), covering the middle point
          int grey = PointSplat.argb(0.45, 0.45, 0.45, 0.3);
          double[] x = {1, 0, 0};
          double[] y = {0, 1, 0};
          cloud.setVeil(new Veil(new double[] {0, 0, 0.5}, x, y, 0.2, grey));
          int middle = SIDE / 2 * SIDE + SIDE / 2;
          cloud.drawNow();
          int seen = centre(middle);
          assertNotEquals(argb(Palette.colour(labels[middle])), seen, "tinted");
          assertEquals(argb(Palette.colour(labels[0])), centre(0), "a corner point, beside it");
          cloud.setVeil(null);
          cloud.drawNow();
          assertEquals(argb(Palette.colour(labels[middle])), centre(middle), "no plane");
        });
  }

  @Test
  void drawsOnlyWhenSomethingChangedAndSaysWhatItDrew() {
    runFx(
        () -> {
          List<Integer> heard = new ArrayList<>();
          cloud.setOnDrawn((points, nanos) -> heard.add(points));
          cloud.drawNow();
          cloud.drawNow();
          assertEquals(List.of(N), heard, "one drawing of every point");
          cloud.showAtMost(10);
          cloud.drawNow();
          assertEquals(List.of(N, 10), heard);
        });
  }

  @Test
  void theDotsLieOverAPictureOfTheView() {
    runFx(
        () -> {
          WritableImage picture = new WritableImage(WIDTH, HEIGHT);
          for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
              picture.getPixelWriter().setArgb(x, y, 0xff_ffffff);
            }
          }
          assertSame(picture, cloud.over(picture));
          int[] at = pixelOf(7);
          assertEquals(
              argb(Palette.colour(labels[7])), picture.getPixelReader().getArgb(at[0], at[1]));
          assertEquals(
              0xff_ffffff, picture.getPixelReader().getArgb(0, 0), "the view where no dot is");
        });
  }

  /** The points whose centre pixel is coloured. */
  private List<Integer> drawnPoints() {
    cloud.drawNow();
    List<Integer> drawn = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      if (centre(i) != 0) {
        drawn.add(i);
      }
    }
    return drawn;
  }

  private int centre(int point) {
    int[] at = pixelOf(point);
    return cloud.pixelAt(at[0], at[1]);
  }

  private int[] pixelOf(int point) {
    return pixelOf(xyz, point);
  }

  private int[] pixelOf(float[] points, int point) {
    double[] p = new double[3];
    new PickProjection(frame, Viewport.FIELD_OF_VIEW, WIDTH, HEIGHT)
        .project(points[3 * point], points[3 * point + 1], points[3 * point + 2], p);
    return new int[] {(int) Math.floor(p[0]), (int) Math.floor(p[1])};
  }

  private int colouredPixels() {
    cloud.drawNow();
    int n = 0;
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        n += cloud.pixelAt(x, y) != 0 ? 1 : 0;
      }
    }
    return n;
  }

  private static int argb(Color colour) {
    return PointSplat.argb(colour.getRed(), colour.getGreen(), colour.getBlue());
  }
}
