package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point3D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the axis names stand for a camera pose, without a toolkit: upright, readable left to right,
 * facing the camera, outside the cube.
 */
class AxisLabelsTest {
  private static final double EPS = 1e-9;

  @ParameterizedTest(name = "yaw {0}, pitch {1}")
  @CsvSource({"0,0", "30,20", "-135,60", "170,-30", "90,45", "-60,89", "180,10", "45,-89"})
  void namesAreUprightReadableAndFaceTheCamera(double yaw, double pitch) {
    double[] frame = new OrbitCamera(new CameraPose(yaw, pitch, 8, 0, 0), 30).frame();
    Point3D right = new Point3D(frame[0], frame[1], frame[2]);
    Point3D up = new Point3D(frame[3], frame[4], frame[5]);
    Point3D back = new Point3D(frame[6], frame[7], frame[8]);
    for (int axis = 0; axis < 3; axis++) {
      double[] m = AxisLabels.placement(axis, frame);
      Point3D along = new Point3D(m[0], m[4], m[8]);
      Point3D down = new Point3D(m[1], m[5], m[9]);
      Point3D into = new Point3D(m[2], m[6], m[10]);
      double scale = along.magnitude();
      String name = "axis " + axis;

      assertEquals(scale, down.magnitude(), EPS, name + ": no shear");
      assertEquals(scale, into.magnitude(), EPS, name);
      assertEquals(0, along.dotProduct(down), EPS, name);
      assertEquals(0, along.dotProduct(into), EPS, name);
      assertEquals(0, down.dotProduct(into), EPS, name);
      assertEquals(
          0,
          along.crossProduct(down).subtract(into.multiply(scale)).magnitude(),
          EPS,
          name + ": a turn, not a mirror");

      Point3D direction = along.normalize();
      assertEquals(
          1,
          Math.abs(
              direction.getX() * (axis == 0 ? 1 : 0)
                  + direction.getY() * (axis == 1 ? 1 : 0)
                  + direction.getZ() * (axis == 2 ? 1 : 0)),
          EPS,
          name + " runs along its axis");
      assertTrue(into.multiply(-1).dotProduct(back) >= -EPS, name + " faces the camera");
      Point3D letterUp = down.multiply(-1);
      if (axis == 1) {
        assertArrayEquals(
            new double[] {0, 1, 0},
            new double[] {direction.getX(), direction.getY(), direction.getZ()},
            EPS,
            "the y name reads upwards");
        assertTrue(letterUp.dotProduct(right) <= EPS, "its letters lean to the left");
      } else {
        assertTrue(direction.dotProduct(right) >= -EPS, name + " reads left to right");
        assertTrue(letterUp.dotProduct(up) >= -EPS, name + " is not upside down");
      }
      double outermost = Math.max(Math.abs(m[3]), Math.max(Math.abs(m[7]), Math.abs(m[11])));
      assertEquals(1 + AxisLabels.MARGIN, outermost, EPS, name + " sits outside the cube");
    }
  }
}
