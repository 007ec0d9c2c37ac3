package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
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
 * A point cloud that was drawn in part, moved, and then drawn whole must still render: JavaFX 21
 * fails on partial updates of a grown {@code POINT_NORMAL_TEXCOORD} mesh, which {@link PointCloud}
 * works around. Needs a display and OpenGL, like {@link ViewportPixelTest}.
 */
@Tag("display")
class PointCloudGrowthTest {
  private static final int N = 4_000;

  private Stage stage;
  private SubScene subScene;
  private PointCloud cloud;

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
  void growingAfterAPartialUpdateStillDraws() throws Exception {
    float[] xyz = new float[3 * N];
    Random random = new Random(11);
    for (int i = 0; i < xyz.length; i++) {
      xyz[i] = (float) (1.6 * random.nextDouble() - 0.8);
    }
    onFx(
        () -> {
          cloud = new PointCloud(() -> {});
          PerspectiveCamera camera = new PerspectiveCamera(true);
          camera.setTranslateZ(-6);
          camera.setFarClip(100);
          subScene =
              new SubScene(new Group(cloud.node()), 400, 300, true, SceneAntialiasing.DISABLED);
          subScene.setCamera(camera);
          subScene.setFill(Color.WHITE);
          stage = new Stage();
          stage.setScene(new Scene(new Group(subScene)));
          stage.show();
          cloud.setData(new int[N], N);
          cloud.showAtMost(100);
          cloud.update(xyz, N);
          return null;
        });
    snapshot(); // built with 100 points
    onFx(() -> move(xyz));
    snapshot(); // a partial update of 100 points
    onFx(
        () -> {
          cloud.showAtMost(Integer.MAX_VALUE);
          return null;
        });
    snapshot(); // rebuilt with every point
    onFx(() -> move(xyz));
    Image whole = snapshot(); // a partial update of every point
    int coloured = Display3d.countNear(whole, Palette.colour(0));
    assertTrue(coloured > 3_000, "pixels of the class colour after growing: " + coloured);
  }

  private Void move(float[] xyz) {
    for (int i = 0; i < xyz.length; i += 3) {
      xyz[i] += 0.01f;
    }
    cloud.update(xyz, N);
    return null;
  }

  private Image snapshot() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    return onFx(() -> subScene.snapshot(null, null));
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
  }
}
