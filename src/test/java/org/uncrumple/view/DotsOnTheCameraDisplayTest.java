package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;

import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uncrumple.testing.Display3d;

/**
 * The dots are placed by the program's own projection ({@link PickProjection}), the 3-D shapes by
 * JavaFX's camera: the two must agree, or the points would slide off the sheets they lie on. Small
 * green boxes drawn by JavaFX at known points must be centred where the projection puts those
 * points, in a wide and a tall view. Needs a display and OpenGL, like {@link ViewportPixelTest}.
 */
@Tag("display")
class DotsOnTheCameraDisplayTest {
  private static final float[][] SPOTS = {
    {0, 0, 0}, {0.8f, 0.5f, -0.3f}, {-0.7f, -0.6f, 0.4f}, {0.6f, -0.7f, 0.9f}, {-0.5f, 0.7f, -0.9f}
  };
  private static final double SIDE = 0.04;

  private Stage stage;

  @BeforeAll
  static void needsDisplayAnd3d() throws Exception {
    Display3d.require();
  }

  @AfterEach
  void close() {
    runFx(() -> stage.close());
  }

  @ParameterizedTest(name = "{0}×{1}, yaw {2}, pitch {3}")
  @CsvSource({"800, 500, -35, 25", "400, 640, 120, -50"})
  void boxesDrawnByJavaFxSitWhereTheDotsWouldBe(int width, int height, double yaw, double pitch) {
    PickProjection projection =
        onFx(
            () -> {
              Viewport viewport = new Viewport();
              PhongMaterial green = new PhongMaterial(Color.BLACK);
              WritableImage texel = new WritableImage(1, 1);
              texel.getPixelWriter().setColor(0, 0, Color.LIME);
              green.setSelfIlluminationMap(texel);
              for (float[] spot : SPOTS) {
                Box box = new Box(SIDE, SIDE, SIDE);
                box.setMaterial(green);
                box.setTranslateX(spot[0]);
                box.setTranslateY(spot[1]);
                box.setTranslateZ(spot[2]);
                viewport.content().getChildren().add(box);
              }
              stage = new Stage();
              stage.setScene(new Scene(viewport, width, height));
              stage.show();
              viewport.setCameraPose(new CameraPose(yaw, pitch, 6, 0.2, -0.1));
              return viewport.projection();
            });
    Image picture = onFx(() -> ((Viewport) stage.getScene().getRoot()).snapshot(null));
    double[] p = new double[3];
    for (float[] spot : SPOTS) {
      projection.project(spot[0], spot[1], spot[2], p);
      double[] centre = greenCentre(picture, p[0], p[1]);
      assertTrue(centre[2] > 4, "box at " + spot[0] + "," + spot[1] + "," + spot[2] + " not seen");
      assertEquals(p[0], centre[0], 1.0, "x of the box at " + spot[0] + "," + spot[1]);
      assertEquals(p[1], centre[1], 1.0, "y of the box at " + spot[0] + "," + spot[1]);
    }
  }

  /** The centre of the green pixels within 25 pixels of (x, y), and how many there are. */
  private static double[] greenCentre(Image picture, double x, double y) {
    double sx = 0;
    double sy = 0;
    int n = 0;
    for (int j = (int) y - 25; j <= y + 25; j++) {
      for (int i = (int) x - 25; i <= x + 25; i++) {
        if (i < 0 || j < 0 || i >= picture.getWidth() || j >= picture.getHeight()) {
          continue;
        }
        Color c = picture.getPixelReader().getColor(i, j);
        if (c.getGreen() > 0.8 && c.getRed() < 0.3 && c.getBlue() < 0.3) {
          sx += i + 0.5;
          sy += j + 0.5;
          n++;
        }
      }
    }
    return new double[] {sx / Math.max(1, n), sy / Math.max(1, n), n};
  }
}
