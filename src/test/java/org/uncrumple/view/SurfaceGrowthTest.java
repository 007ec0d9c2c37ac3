package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.Scene;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.uncrumple.testing.Display3d;

/**
 * The decision surface must still be drawn after a trace brings more triangles than it had when its
 * points were last moved in place: JavaFX 21 then stopped drawing the mesh (see {@link MeshFaces}),
 * so the surface vanished while training made it grow. Needs a display and OpenGL.
 */
@Tag("display")
class SurfaceGrowthTest {
  /** A grid of SIDE × SIDE vertices over [-1, 1]². */
  private static final int SIDE = 21;

  private Stage stage;
  private SubScene subScene;
  private SurfaceMesh surface;

  @BeforeAll
  static void needsDisplayAnd3d() throws Exception {
    Display3d.require();
  }

  @AfterEach
  void close() throws Exception {
    onFx(
        () -> {
          stage.close();
          return null;
        });
  }

  @Test
  void aSurfaceThatGrowsAfterMovingIsStillDrawn() throws Exception {
    float[] positions = grid(2, 0);
    int[] row = cells(1);
    onFx(
        () -> {
          surface = new SurfaceMesh();
          PerspectiveCamera camera = new PerspectiveCamera(true);
          camera.setTranslateZ(-4);
          camera.setFarClip(100);
          subScene =
              new SubScene(
                  new Group(surface.node(), new AmbientLight(Color.WHITE)),
                  300,
                  300,
                  true,
                  SceneAntialiasing.DISABLED);
          subScene.setCamera(camera);
          subScene.setFill(Color.WHITE);
          stage = new Stage();
          stage.setScene(new Scene(new Group(subScene)));
          stage.show();
          surface.update(row, positions, 2 * SIDE);
          surface.setVisible(true);
          return null;
        });
    snapshot(); // built with one row of cells
    onFxRun(() -> surface.update(row, grid(2, 0.01f), 2 * SIDE));
    snapshot(); // its points moved in place
    int[] all = cells(SIDE - 1);
    onFxRun(() -> surface.update(all, grid(SIDE, 0.02f), SIDE * SIDE));
    snapshot(); // rebuilt with every cell: 40 times the triangles
    onFxRun(() -> surface.update(all, grid(SIDE, 0.03f), SIDE * SIDE));
    Image grown = snapshot(); // its points moved in place again

    int drawn = notWhite(grown);

    assertTrue(drawn > 20_000, "pixels of the surface after it grew: " + drawn);
  }

  /** The vertices of the grid's first rows, at height z. */
  private static float[] grid(int rows, float z) {
    float[] positions = new float[3 * rows * SIDE];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < SIDE; j++) {
        int at = 3 * (i * SIDE + j);
        positions[at] = -1 + 2f * j / (SIDE - 1);
        positions[at + 1] = -1 + 2f * i / (SIDE - 1);
        positions[at + 2] = z;
      }
    }
    return positions;
  }

  /** Two triangles per cell of the first {@code rows} rows of cells. */
  private static int[] cells(int rows) {
    int[] triangles = new int[rows * (SIDE - 1) * 6];
    int t = 0;
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < SIDE - 1; j++) {
        int a = i * SIDE + j;
        int b = a + 1;
        int c = a + SIDE;
        int d = c + 1;
        int[] two = {a, b, d, a, d, c};
        for (int v : two) {
          triangles[t++] = v;
        }
      }
    }
    return triangles;
  }

  private static int notWhite(Image image) {
    int count = 0;
    for (int y = 0; y < (int) image.getHeight(); y++) {
      for (int x = 0; x < (int) image.getWidth(); x++) {
        Color c = image.getPixelReader().getColor(x, y);
        if (c.getOpacity() > 0.5 && c.getRed() + c.getGreen() + c.getBlue() < 2.9) {
          count++;
        }
      }
    }
    return count;
  }

  private Image snapshot() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    return onFx(() -> subScene.snapshot(null, null));
  }

  private static void onFxRun(Runnable work) throws Exception {
    onFx(
        () -> {
          work.run();
          return null;
        });
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
  }
}
