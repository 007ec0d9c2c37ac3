package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.runFx;

import javafx.scene.AmbientLight;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.uncrumple.testing.Display3d;
import org.uncrumple.testing.Stage3d;

/**
 * Meshes that gain faces after their points were moved in place must still be drawn: JavaFX 21 then
 * failed on every later in-place update of a {@code POINT_NORMAL_TEXCOORD} mesh (see {@link
 * MeshFaces}): a decision surface that grows on a new trace (it vanished while training). Needs a
 * display and OpenGL, like {@link ViewportPixelTest}.
 */
@Tag("display")
class MeshGrowthTest {
  /** A grid of SIDE × SIDE vertices over [-1, 1]². */
  private static final int SIDE = 21;

  private Stage3d stage;
  private SurfaceMesh surface;

  @BeforeAll
  static void needsDisplayAnd3d() throws Exception {
    Display3d.require();
  }

  @AfterEach
  void close() {
    if (stage != null) {
      stage.close();
    }
  }

  @Test
  void aSurfaceThatGrowsAfterMovingIsStillDrawn() throws Exception {
    float[] positions = grid(2, 0);
    int[] row = cells(1);
    stage =
        Stage3d.show(
            () -> {
              surface = new SurfaceMesh();
              surface.update(row, positions, 2 * SIDE);
              surface.setVisible(true);
              return new Node[] {surface.node(), new AmbientLight(Color.WHITE)};
            },
            300,
            300,
            -4);
    stage.snapshot(); // built with one row of cells
    runFx(() -> surface.update(row, grid(2, 0.01f), 2 * SIDE));
    stage.snapshot(); // its points moved in place
    int[] all = cells(SIDE - 1);
    runFx(() -> surface.update(all, grid(SIDE, 0.02f), SIDE * SIDE));
    stage.snapshot(); // rebuilt with every cell: 40 times the triangles
    runFx(() -> surface.update(all, grid(SIDE, 0.03f), SIDE * SIDE));
    Image grown = stage.snapshot(); // its points moved in place again

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
}
