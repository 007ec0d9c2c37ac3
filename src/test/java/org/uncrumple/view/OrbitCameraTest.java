package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point3D;
import javafx.scene.transform.Affine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrbitCameraTest {
  private static final double EPS = 1e-9;

  private final OrbitCamera camera = new OrbitCamera(CameraPose.DEFAULT, 30);

  @Test
  void defaultPoseLooksFromAboveAndFrontRight() {
    double[] f = camera.frame();
    assertTrue(f[9] > 0, "eye to the right (+x)");
    assertTrue(f[10] > 0, "eye above (+y)");
    assertTrue(f[11] > 0, "eye in front (+z)");
    assertEquals(CameraPose.DEFAULT.distance(), Math.hypot(f[9], Math.hypot(f[10], f[11])), EPS);
  }

  @ParameterizedTest
  @CsvSource({"0,0", "30,20", "-135,60", "170,-89", "90,45"})
  void frameIsOrthonormalAndRightHanded(double yaw, double pitch) {
    camera.setPose(new CameraPose(yaw, pitch, 5, 0.3, -0.2));
    double[] f = camera.frame();
    Point3D r = new Point3D(f[0], f[1], f[2]);
    Point3D u = new Point3D(f[3], f[4], f[5]);
    Point3D b = new Point3D(f[6], f[7], f[8]);
    assertEquals(1, r.magnitude(), EPS);
    assertEquals(1, u.magnitude(), EPS);
    assertEquals(1, b.magnitude(), EPS);
    assertEquals(0, r.dotProduct(u), EPS);
    assertEquals(0, r.dotProduct(b), EPS);
    assertEquals(0, b.subtract(r.crossProduct(u)).magnitude(), EPS);
    assertEquals(0, r.getY(), EPS, "screen-right stays horizontal");
    assertTrue(u.getY() > 0, "screen-up points up");
  }

  @ParameterizedTest
  @CsvSource({"0,0", "30,20", "-135,60", "170,-89"})
  void cameraNodeLooksAtTheOrbitCentre(double yaw, double pitch) {
    camera.setPose(new CameraPose(yaw, pitch, 7, 0, 0));
    Affine affine = new Affine();
    camera.applyTo(affine, new double[12]);
    // The camera looks down its local +z; the orbit centre lies 'distance' ahead of it.
    Point3D ahead = affine.transform(0, 0, 7);
    assertEquals(0, ahead.magnitude(), 1e-9);
    // Its local -y (up on screen) is data +up, seen through F = diag(1, -1, -1).
    double[] f = camera.frame();
    Point3D up = affine.deltaTransform(0, -1, 0);
    assertEquals(0, up.subtract(f[3], -f[4], -f[5]).magnitude(), EPS);
  }

  @Test
  void draggingRightTurnsTheDataWithThePointer() {
    camera.setPose(new CameraPose(0, 0, 8, 0, 0));
    camera.orbit(100, 0);
    assertEquals(-40, camera.yawProperty().get(), EPS);
    camera.orbit(0, 50);
    assertEquals(20, camera.pitchProperty().get(), EPS);
  }

  @Test
  void pitchStopsShortOfThePoles() {
    camera.orbit(0, 10_000);
    assertEquals(OrbitCamera.MAX_PITCH, camera.pitchProperty().get(), EPS);
    camera.orbit(0, -20_000);
    assertEquals(-OrbitCamera.MAX_PITCH, camera.pitchProperty().get(), EPS);
  }

  @Test
  void yawWrapsIntoPlusMinus180() {
    camera.setPose(new CameraPose(170, 0, 8, 0, 0));
    camera.turn(20);
    assertEquals(-170, camera.yawProperty().get(), EPS);
  }

  @Test
  void scrollingAwayZoomsInAndZoomStaysInRange() {
    camera.zoom(40);
    assertTrue(camera.distanceProperty().get() < CameraPose.DEFAULT.distance());
    camera.zoom(1e6);
    assertEquals(OrbitCamera.MIN_DISTANCE, camera.distanceProperty().get(), EPS);
    camera.zoom(-1e6);
    assertEquals(OrbitCamera.MAX_DISTANCE, camera.distanceProperty().get(), EPS);
  }

  @Test
  void panningMovesTheOriginWithThePointer() {
    double viewPixels = 600;
    camera.pan(100, -50, viewPixels);
    double[] f = camera.frame();
    // The origin in camera coordinates: x along r, y along u, seen from the eye e.
    double x = -(f[0] * f[9] + f[1] * f[10] + f[2] * f[11]);
    double y = -(f[3] * f[9] + f[4] * f[10] + f[5] * f[11]);
    double pixelsPerUnit = 1 / camera.unitsPerPixel(viewPixels);
    assertEquals(100, x * pixelsPerUnit, 1e-6, "right by the drag");
    assertEquals(50, y * pixelsPerUnit, 1e-6, "up by the (upward) drag");
  }

  @Test
  void resetReturnsToHomeAfterEveryGesture() {
    camera.orbit(33, 44);
    camera.zoom(120);
    camera.pan(10, 10, 600);
    camera.reset();
    assertEquals(CameraPose.DEFAULT, camera.pose());
    CameraPose home = new CameraPose(-60, 10, 5, 0.1, 0.2);
    camera.setHome(home);
    camera.orbit(5, 5);
    camera.reset();
    assertEquals(home, camera.pose());
  }

  @Test
  void listenersHearEveryGesture() {
    int[] heard = {0};
    // An invalidation listener hears again once the pose has been read, as the viewport does.
    camera.addListener(
        o -> {
          heard[0]++;
          camera.pose();
        });
    camera.orbit(1, 0);
    assertEquals(1, heard[0]);
    camera.zoom(10);
    assertEquals(2, heard[0]);
    camera.pan(3, 0, 600);
    assertEquals(3, heard[0]);
    camera.turn(1);
    assertEquals(4, heard[0]);
  }
}
