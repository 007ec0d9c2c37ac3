package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.runFx;

import java.util.List;
import java.util.Set;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The held-out test points as the point cloud draws them, read back from its picture without a
 * screen (Monocle): outlined diamonds in their class colours, among the training points' dots,
 * thinned with them while the view moves; and the grey probes, drawn and thinned the same way.
 */
class TestMarksTest {
  private static final int WIDTH = 400;
  private static final int HEIGHT = 300;
  private static final int N = 400;

  private final double[] frame = new OrbitCamera(new CameraPose(0, 0, 8, 0, 0), 30).frame();
  private PointCloud cloud;
  private TestMarks marks;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void cloudWithTwoTestPoints() {
    runFx(
        () -> {
          cloud = new PointCloud(() -> {});
          cloud.node().resize(WIDTH, HEIGHT);
          // training points far off to the left, out of the test points' way
          float[] xyz = new float[3 * N];
          for (int i = 0; i < N; i++) {
            xyz[3 * i] = -1.2f;
            xyz[3 * i + 1] = -1 + 2f * i / N;
          }
          cloud.setData(new int[N], N);
          cloud.update(xyz, N);
          cloud.orient(frame);
          marks = cloud.testPoints();
          marks.setPoints(new int[] {0, 1});
          marks.update(new float[] {0, 0, 0, 0.8f, 0, 0});
          marks.setVisible(true);
        });
  }

  @Test
  void eachIsADiamondOfItsClassColourOutlinedInInk() {
    runFx(
        () -> {
          cloud.drawNow();
          assertEquals(2, marks.drawnCount());
          int[] centre = pixelOf(0, 0, 0);
          assertEquals(argb(Palette.colour(0)), cloud.pixelAt(centre[0], centre[1]));
          int[] other = pixelOf(0.8f, 0, 0);
          assertEquals(argb(Palette.colour(1)), cloud.pixelAt(other[0], other[1]));
          // along the row from the centre: colour, then the outline, then nothing
          int ink = argb(TestMarks.OUTLINE);
          int x = centre[0];
          while (cloud.pixelAt(x, centre[1]) == argb(Palette.colour(0))) {
            x++;
          }
          assertEquals(ink, cloud.pixelAt(x, centre[1]), "the outline");
          assertTrue(x - centre[0] >= 2, "a diamond larger than a dot: " + (x - centre[0]));
          int up = centre[1];
          while (cloud.pixelAt(centre[0], up) != 0) {
            up--;
          }
          assertEquals(x - centre[0], centre[1] - up - 1, 1, "as tall as it is wide");
        });
  }

  @Test
  void aTrainingPointInFrontHidesATestPointAndOneBehindDoesNot() {
    runFx(
        () -> {
          float[] xyz = new float[3 * N];
          xyz[2] = 1; // training point 0 just in front of test point 0 (the camera is at z = 8)
          xyz[5] = -1; // training point 1 right behind test point 1
          xyz[3] = 0.8f;
          for (int i = 2; i < N; i++) {
            xyz[3 * i] = -1.2f;
          }
          cloud.update(xyz, N);
          cloud.drawNow();
          int[] front = pixelOf(0, 0, 1);
          assertEquals(argb(Palette.colour(0)), cloud.pixelAt(front[0], front[1]));
          int[] behind = pixelOf(0.8f, 0, 0);
          assertEquals(argb(Palette.colour(1)), cloud.pixelAt(behind[0], behind[1]), "test point");
        });
  }

  @Test
  void theyAreThinnedWithTheTrainingPointsAndHiddenWhenAsked() {
    runFx(
        () -> {
          marks.setPoints(new int[1_000]);
          marks.update(new float[3_000]);
          cloud.showAtMost(N / 4);
          cloud.drawNow();
          assertEquals(250, marks.drawnCount(), "a quarter, as of the training points");
          cloud.showAtMost(1);
          cloud.drawNow();
          assertEquals(3, marks.drawnCount(), "rounded up");
          cloud.showAtMost(Integer.MAX_VALUE);
          cloud.drawNow();
          assertEquals(1_000, marks.drawnCount(), "all at rest");
          marks.setVisible(false);
          cloud.drawNow();
          assertEquals(0, marks.drawnCount());
          assertThrows(IllegalArgumentException.class, () -> marks.update(new float[3]));
        });
  }

  @Test
  void theyAreDrawnWhenTheTrainingPointsAreHidden() {
    runFx(
        () -> {
          cloud.setVisible(false);
          cloud.drawNow();
          assertEquals(2, marks.drawnCount());
          int[] centre = pixelOf(0, 0, 0);
          assertEquals(argb(Palette.colour(0)), cloud.pixelAt(centre[0], centre[1]));
          int[] training = pixelOf(-1.2f, -1, 0);
          assertEquals(0, cloud.pixelAt(training[0], training[1]), "no training point");
        });
  }

  @Test
  void theLatticeIsDrawnAsSeeThroughLinesUntilHidden() {
    runFx(
        () -> {
          LatticeLines lattice = cloud.lattice();
          // one line of two points across the middle of the view, at y = 0.5
          lattice.setShape(1, 2);
          lattice.update(new float[] {-0.9f, 0.5f, 0, 0.9f, 0.5f, 0});
          lattice.setVisible(true);
          cloud.drawNow();
          int[] on = pixelOf(0, 0.5f, 0);
          int alpha =
              (cloud.pixelAt(on[0], on[1]) >>> 24) + (cloud.pixelAt(on[0], on[1] - 1) >>> 24);
          assertTrue(alpha > 0 && alpha < 255, "see-through, about a pixel wide: " + alpha);
          lattice.setVisible(false);
          cloud.drawNow();
          assertEquals(0, cloud.pixelAt(on[0], on[1]), "hidden");
          assertThrows(IllegalArgumentException.class, () -> lattice.update(new float[3]));
        });
  }

  @Test
  void probesAreGreyDotsAmongThePointsThinnedWithThemThroughTheOverlays() {
    runFx(
        () -> {
          marks.setVisible(false);
          Overlays overlays = new Overlays(cloud);
          double[] probes = new double[3 * 1_500];
          // probe 0 in the middle of the view, the rest off to the right
          for (int i = 1; i < 1_500; i++) {
            probes[3 * i] = 1.2;
          }
          overlays.setScene(
              new SceneGeometry(
                  List.of(),
                  new double[0],
                  new int[0],
                  new double[0],
                  new int[0],
                  2,
                  Set.of(),
                  probes,
                  new double[0],
                  new int[0]));
          ProbeDots dots = cloud.probes();
          assertEquals(1_500, dots.size());
          assertTrue(!overlays.probesShown(), "nothing until shown");
          float[] at = new float[3 * 1_500];
          for (int i = 0; i < 1_500; i++) {
            at[3 * i] = (float) probes[3 * i];
          }
          dots.update(at);
          dots.setVisible(true);
          cloud.drawNow();
          assertEquals(1_500, dots.drawnCount(), "all at rest");
          int[] centre = pixelOf(0, 0, 0);
          assertEquals(argb(ProbeDots.COLOUR), cloud.pixelAt(centre[0], centre[1]));
          // a training point in front of the probe hides it
          float[] xyz = new float[3 * N];
          xyz[2] = 1;
          for (int i = 1; i < N; i++) {
            xyz[3 * i] = -1.2f;
          }
          cloud.update(xyz, N);
          cloud.drawNow();
          assertEquals(argb(Palette.colour(0)), cloud.pixelAt(centre[0], centre[1]), "hidden");
          cloud.showAtMost(N / 100);
          cloud.drawNow();
          assertEquals(15, dots.drawnCount(), "one in a hundred, as of the training points");
          dots.setVisible(false);
          cloud.drawNow();
          assertEquals(0, dots.drawnCount());
          assertThrows(IllegalArgumentException.class, () -> dots.update(new float[3]));
        });
  }

  private int[] pixelOf(float x, float y, float z) {
    double[] p = new double[3];
    new PickProjection(frame, Viewport.FIELD_OF_VIEW, WIDTH, HEIGHT).project(x, y, z, p);
    return new int[] {(int) Math.floor(p[0]), (int) Math.floor(p[1])};
  }

  private static int argb(Color colour) {
    return PointSplat.argb(colour.getRed(), colour.getGreen(), colour.getBlue());
  }
}
