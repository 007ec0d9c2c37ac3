package org.uncrumple.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Checks the test helper {@link MeshDistance} on triangles whose distance is known. */
class MeshDistanceTest {
  private static final double[][] FLOOR = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};

  @Test
  void parallelTrianglesAreTheirHeightApart() {
    double[][] above = {{0, 0, 0.5}, {1, 0, 0.5}, {0, 1, 0.5}};
    assertEquals(0.5, MeshDistance.triangles(FLOOR, above), 1e-12);
  }

  @Test
  void crossingTrianglesAreZeroApart() {
    double[][] piercing = {{0.2, 0.2, -1}, {0.2, 0.2, 1}, {0.3, 0.25, 1}};
    assertEquals(0, MeshDistance.triangles(FLOOR, piercing), 0);
  }

  @Test
  void skewEdgesGiveTheDistanceBetweenThem() {
    // a vertical edge standing 0.2·√2 outside the floor's hypotenuse, the rest leaning away
    double[][] wall = {{0.7, 0.7, -1}, {0.7, 0.7, 1}, {2, 2, 0}};
    assertEquals(0.2 * Math.sqrt(2), MeshDistance.triangles(FLOOR, wall), 1e-12);
    double[] start = {0, 0, 0};
    double[] end = {1, 0, 0};
    double[] from = {1.5, -1, 0.5};
    double[] to = {1.5, 1, 0.5};
    assertEquals(Math.sqrt(0.5), MeshDistance.segments(start, end, from, to), 1e-12);
  }

  @Test
  void pointAboveTheFaceIsItsHeightAway() {
    assertEquals(2, MeshDistance.pointTriangle(new double[] {0.2, 0.2, 2}, FLOOR), 1e-12);
    assertEquals(1, MeshDistance.pointTriangle(new double[] {-1, 0, 0}, FLOOR), 1e-12);
  }
}
