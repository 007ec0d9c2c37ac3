package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.runFx;

import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.uncrumple.data.Sheet;

/**
 * The paper sheets and the decision surface as the point cloud draws them, read back from its
 * picture without a screen (Monocle): see-through in their colours, over the dots behind them and
 * under those in front, following their vertices, and gone when hidden.
 */
class SeeThroughOverlaysTest {
  private static final int WIDTH = 400;
  private static final int HEIGHT = 300;

  private final double[] frame = new OrbitCamera(new CameraPose(0, 0, 8, 0, 0), 30).frame();
  private PointCloud cloud;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void cloudWithOnePoint() {
    runFx(
        () -> {
          cloud = new PointCloud(() -> {});
          cloud.node().resize(WIDTH, HEIGHT);
          // one training point at the centre, behind the sheet drawn at z = 0.5
          cloud.setData(new int[] {1}, 1);
          cloud.update(new float[] {0, 0, 0}, 1);
          cloud.orient(frame);
        });
  }

  @Test
  void aSheetIsSeeThroughInItsClassColourOverThePointsBehindIt() {
    runFx(
        () -> {
          SheetMeshes sheets = cloud.sheets();
          sheets.setSheets(List.of(square(0)), new int[] {0, 4});
          assertFalse(sheets.isVisible(), "nothing until shown");
          sheets.update(grid(0.5f));
          sheets.setVisible(true);
          cloud.drawNow();
          int[] beside = pixelOf(0.3f, 0.3f, 0.5f);
          int alone = cloud.pixelAt(beside[0], beside[1]);
          assertEquals(Math.round(SheetMeshes.OPACITY * 255), alone >>> 24, "see-through");
          assertTrue(
              ((alone >> 16) & 0xff) > (alone & 0xff),
              "orange, more red than blue: " + Integer.toHexString(alone));
          int[] centre = pixelOf(0, 0, 0);
          int over = cloud.pixelAt(centre[0], centre[1]);
          assertEquals(255, over >>> 24, "over the opaque point behind it");
          Color blue = Palette.colour(1);
          int point = PointSplat.argb(blue.getRed(), blue.getGreen(), blue.getBlue());
          assertTrue(
              ((over >> 16) & 0xff) > ((point >> 16) & 0xff) + 40,
              "the blue point tinted orange: " + Integer.toHexString(over));
          // moved behind the point, the sheet leaves it alone
          sheets.update(grid(-0.5f));
          cloud.drawNow();
          assertEquals(point, cloud.pixelAt(centre[0], centre[1]), "in front of the sheet");
          sheets.setVisible(false);
          cloud.drawNow();
          assertEquals(0, cloud.pixelAt(beside[0], beside[1]), "hidden");
        });
  }

  @Test
  void theSurfaceTakesNewTrianglesAndAnEmptyOneIsNotDrawn() {
    runFx(
        () -> {
          SurfaceMesh surface = cloud.surface();
          surface.setVisible(true);
          surface.update(new int[0], new float[0], 0);
          assertFalse(surface.isVisible(), "an empty surface is not drawn");
          float[] square = corners(0.5f);
          surface.update(new int[] {0, 1, 2}, square, 4);
          assertTrue(surface.isVisible());
          cloud.drawNow();
          // the triangle (0, 1, 2) covers the lower right half of the square only
          int[] lowerRight = pixelOf(0.3f, -0.3f, 0.5f);
          int[] upperLeft = pixelOf(-0.3f, 0.3f, 0.5f);
          assertEquals(
              Math.round(SurfaceMesh.COLOUR.getOpacity() * 255),
              cloud.pixelAt(lowerRight[0], lowerRight[1]) >>> 24);
          assertEquals(0, cloud.pixelAt(upperLeft[0], upperLeft[1]));
          // new triangles, more of them: both halves
          surface.update(new int[] {0, 1, 2, 0, 2, 3}, square, 4);
          cloud.drawNow();
          assertEquals(2, surface.triangleCount());
          assertTrue(cloud.pixelAt(upperLeft[0], upperLeft[1]) != 0, "the grown surface is drawn");
        });
  }

  /** A flat 2 × 2 sheet of the given class over [−1, 1]², row by row. */
  private static Sheet square(int label) {
    return new Sheet(
        label,
        2,
        2,
        new double[] {-1, -1, 0, 1, -1, 0, -1, 1, 0, 1, 1, 0},
        new int[] {0, 1, 3, 0, 3, 2});
  }

  /** The sheet's 2 × 2 grid of vertices at height z, row by row, half a unit from the middle. */
  private static float[] grid(float z) {
    return new float[] {-0.5f, -0.5f, z, 0.5f, -0.5f, z, -0.5f, 0.5f, z, 0.5f, 0.5f, z};
  }

  /** A square's corners at height z, around it: (−½, −½), (½, −½), (½, ½), (−½, ½). */
  private static float[] corners(float z) {
    return new float[] {-0.5f, -0.5f, z, 0.5f, -0.5f, z, 0.5f, 0.5f, z, -0.5f, 0.5f, z};
  }

  private int[] pixelOf(float x, float y, float z) {
    double[] p = new double[3];
    new PickProjection(frame, Viewport.FIELD_OF_VIEW, WIDTH, HEIGHT).project(x, y, z, p);
    return new int[] {(int) Math.floor(p[0]), (int) Math.floor(p[1])};
  }
}
