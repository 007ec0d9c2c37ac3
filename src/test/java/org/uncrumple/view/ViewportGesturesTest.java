package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uncrumple.testing.OnScreen;
import org.uncrumple.view.CameraPose;
import org.uncrumple.view.Viewport;

/**
 * Mouse gestures on the real viewport; runs headless (Monocle draws no 3D, gestures still work).
 */
@ExtendWith(ApplicationExtension.class)
class ViewportGesturesTest {
  private Viewport viewport;

  @Start
  void start(Stage stage) {
    viewport = new Viewport();
    stage.setScene(new Scene(viewport, 640, 480));
    stage.show();
  }

  @Test
  void leftDragOrbits(FxRobot robot) {
    robot.drag(OnScreen.centre(viewport), MouseButton.PRIMARY).moveBy(100, 40).drop();
    CameraPose pose = viewport.getCameraPose();
    assertTrue(pose.yaw() < CameraPose.DEFAULT.yaw(), "yaw " + pose.yaw());
    assertTrue(pose.pitch() > CameraPose.DEFAULT.pitch(), "pitch " + pose.pitch());
    assertEquals(CameraPose.DEFAULT.distance(), pose.distance(), 1e-9);
  }

  @Test
  void rightDragAndShiftDragPan(FxRobot robot) {
    robot.drag(OnScreen.centre(viewport), MouseButton.SECONDARY).moveBy(60, 0).drop();
    double afterRight = viewport.getCameraPose().panX();
    assertTrue(afterRight < 0, "panX " + afterRight);
    robot.press(KeyCode.SHIFT);
    robot.drag(OnScreen.centre(viewport), MouseButton.PRIMARY).moveBy(0, 60).drop();
    robot.release(KeyCode.SHIFT);
    CameraPose pose = viewport.getCameraPose();
    assertTrue(pose.panY() > 0, "panY " + pose.panY());
    assertEquals(CameraPose.DEFAULT.yaw(), pose.yaw(), 1e-9, "shift-drag does not orbit");
  }

  @Test
  void scrollZoomsAndDoubleClickResets(FxRobot robot) {
    robot.moveTo(OnScreen.centre(viewport));
    robot.scroll(3, javafx.geometry.VerticalDirection.UP);
    assertNotEquals(CameraPose.DEFAULT.distance(), viewport.getCameraPose().distance());
    robot.doubleClickOn(OnScreen.centre(viewport), MouseButton.PRIMARY);
    assertEquals(CameraPose.DEFAULT, viewport.getCameraPose());
  }

  @Test
  void autoRotationTurnsTheCamera(FxRobot robot) throws Exception {
    robot.interact(() -> viewport.setAutoRotate(true));
    Thread.sleep(400);
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> viewport.setAutoRotate(false));
    assertNotEquals(CameraPose.DEFAULT.yaw(), viewport.getCameraPose().yaw());
  }

  @Test
  void backgroundComesFromTheStylesheet() {
    assertEquals(Color.web("#f7f6f2"), viewport.subScene().getFill());
  }
}
