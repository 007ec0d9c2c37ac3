package org.uncrumple.testing;

import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.Scene;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window with a bare 3D view on a white ground, for pixel tests of one mesh: a perspective camera
 * on the z axis looking at the origin, no smoothing. Needs a display with OpenGL ({@link
 * Display3d#require()}).
 */
public final class Stage3d implements AutoCloseable {
  private final Stage stage;
  private final SubScene view;

  private Stage3d(Stage stage, SubScene view) {
    this.stage = stage;
    this.view = view;
  }

  /**
   * Shows the nodes {@code content} makes (called on the FX thread) in a new window.
   *
   * @param cameraZ where the camera stands on the z axis (negative: in front)
   */
  public static Stage3d show(
      java.util.function.Supplier<Node[]> content, int width, int height, double cameraZ) {
    return onFx(
        () -> {
          PerspectiveCamera camera = new PerspectiveCamera(true);
          camera.setTranslateZ(cameraZ);
          camera.setFarClip(100);
          SubScene view =
              new SubScene(
                  new Group(content.get()), width, height, true, SceneAntialiasing.DISABLED);
          view.setCamera(camera);
          view.setFill(Color.WHITE);
          Stage stage = new Stage();
          stage.setScene(new Scene(new Group(view)));
          stage.show();
          return new Stage3d(stage, view);
        });
  }

  /** The view as drawn once the FX thread has caught up with what was asked of it. */
  public Image snapshot() {
    WaitForAsyncUtils.waitForFxEvents();
    return onFx(() -> view.snapshot(null, null));
  }

  @Override
  public void close() {
    runFx(stage::close);
  }
}
