package org.uncrumple.geometry;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Marching tetrahedra: exact planes, closed spheres, consistent winding and zeros on the grid. */
class IsoSurfaceTest {
  @Test
  void gridPointsRunAlongZFastestAndEndExactlyAtTheCubeFaces() {
    double[] points = IsoSurface.gridPoints(3, 0.7);

    assertEquals(27 * 3, points.length);
    assertArrayEquals3(new double[] {-0.7, -0.7, -0.7}, points, 0);
    assertArrayEquals3(new double[] {-0.7, -0.7, 0.0}, points, 1);
    assertArrayEquals3(new double[] {-0.7, 0.0, -0.7}, points, 3);
    assertArrayEquals3(new double[] {0.0, -0.7, -0.7}, points, 9);
    assertArrayEquals3(new double[] {0.7, 0.7, 0.7}, points, 26);
    assertEquals(0.7, IsoSurface.spacing(3, 0.7), 1e-15);
  }

  @ParameterizedTest(name = "{0}x + {1}y + {2}z = {3}")
  @CsvSource({
    "0, 0, 1, 0.3, 4.0",
    "1, 1, 0, 0.2, 5.0911688245431",
    "1, 0, 0, -0.55, 4.0",
    "0.3, -0.5, 0.8, 0.1, -1"
  })
  void aLinearFieldGivesAnExactPlaneWithNormalsTowardsPositiveValues(
      double a, double b, double c, double d, double expectedArea) {
    double length = Math.sqrt(a * a + b * b + c * c);
    double[] n = {a / length, b / length, c / length};
    double offset = d / length;
    double[] values = Grids.sample(13, 1.0, p -> MeshChecks.dot(n, p) - offset);

    Mesh mesh = IsoSurface.extract(values, 13, 1.0);

    assertFalse(mesh.isEmpty());
    assertTrue(MeshChecks.maxAtVertices(mesh, p -> MeshChecks.dot(n, p) - offset) < 1e-11);
    for (int t = 0; t < mesh.triangleCount(); t++) {
      double[] normal = MeshChecks.normal(mesh, t);
      double size = MeshChecks.norm(normal);
      assertTrue(size > 0, "triangle " + t + " has no area");
      assertTrue(MeshChecks.norm(MeshChecks.cross(normal, n)) < 1e-9 * size, "tilted " + t);
      assertTrue(MeshChecks.dot(normal, n) > 0, "triangle " + t + " faces the negative side");
    }
    assertEquals(1, MeshChecks.components(mesh));
    assertFalse(MeshChecks.hasDegenerateOrRepeatedTriangles(mesh));
    if (expectedArea > 0) {
      assertEquals(expectedArea, MeshChecks.totalArea(mesh), 1e-9);
    }
    assertConsistentlyWoundWithBoundaryOnTheCube(mesh, 1.0);
  }

  @Test
  void aSphereIsClosedAtItsRadiusWithNormalsOutwards() {
    int perAxis = 24;
    double radius = 0.7;
    double spacing = IsoSurface.spacing(perAxis, 1.0);
    double sphereArea = 4 * Math.PI * radius * radius;
    double[] values = Grids.sample(perAxis, 1.0, p -> MeshChecks.norm(p) - radius);

    Mesh mesh = IsoSurface.extract(values, perAxis, 1.0);

    assertTrue(MeshChecks.maxAtVertices(mesh, p -> MeshChecks.norm(p) - radius) < spacing);
    for (int t = 0; t < mesh.triangleCount(); t++) {
      assertTrue(
          MeshChecks.dot(MeshChecks.normal(mesh, t), MeshChecks.centroid(mesh, t)) > 0,
          "triangle " + t + " faces inwards");
    }
    assertAll(
        () -> assertEquals(1, MeshChecks.components(mesh)),
        () -> assertEquals(2, MeshChecks.eulerCharacteristic(mesh), "a sphere has V − E + F = 2"),
        () -> assertTrue(MeshChecks.edges(mesh).values().stream().allMatch(uses -> uses == 2)),
        () -> assertTrue(MeshChecks.directedEdges(mesh).values().stream().allMatch(u -> u == 1)),
        () -> assertEquals(sphereArea, MeshChecks.totalArea(mesh), 0.03 * sphereArea));
  }

  @Test
  void theSignOfTheFieldChoosesTheSideTheNormalsFace() {
    double[] outside = Grids.sample(10, 1.0, p -> MeshChecks.norm(p) - 0.5);
    double[] inside = Grids.sample(10, 1.0, p -> 0.5 - MeshChecks.norm(p));

    Mesh out = IsoSurface.extract(outside, 10, 1.0);
    Mesh in = IsoSurface.extract(inside, 10, 1.0);

    assertEquals(out.triangleCount(), in.triangleCount());
    for (int t = 0; t < in.triangleCount(); t++) {
      assertTrue(MeshChecks.dot(MeshChecks.normal(in, t), MeshChecks.centroid(in, t)) < 0);
    }
  }

  @Test
  void aFieldOfOneSignGivesAnEmptyMesh() {
    assertTrue(IsoSurface.extract(Grids.sample(5, 1, p -> 1 + p[0] * p[0]), 5, 1).isEmpty());
    assertTrue(IsoSurface.extract(Grids.sample(5, 1, p -> -1 - p[0] * p[0]), 5, 1).isEmpty());
  }

  @ParameterizedTest(name = "plane at grid layer {0}, field {1}·(i − {0})")
  @CsvSource({"0, 1", "3, 1", "3, -1", "6, 1", "6, -1"})
  void zerosOnAGridPlaneGiveThatPlaneOnceWithoutSlivers(int layer, int sign) {
    int perAxis = 7;
    double[] values = Grids.sampleIndices(perAxis, (i, j, k) -> sign * (i - layer));
    double x = MarchingTetrahedra.coordinate(layer, perAxis, 1.0);
    double spacing = IsoSurface.spacing(perAxis, 1.0);

    Mesh mesh = IsoSurface.extract(values, perAxis, 1.0);

    boolean surfaceExists = sign > 0 ? layer > 0 : layer < perAxis - 1;
    if (!surfaceExists) {
      // zeros count as positive: with nothing negative beyond the face there is no crossing
      assertTrue(mesh.isEmpty());
      return;
    }
    assertEquals(perAxis * perAxis, mesh.vertexCount());
    assertEquals(2 * (perAxis - 1) * (perAxis - 1), mesh.triangleCount());
    assertTrue(MeshChecks.maxAtVertices(mesh, p -> p[0] - x) == 0);
    assertFalse(MeshChecks.hasDegenerateOrRepeatedTriangles(mesh));
    for (int t = 0; t < mesh.triangleCount(); t++) {
      assertEquals(spacing * spacing / 2, MeshChecks.area(mesh, t), 1e-12);
      assertEquals(Math.signum(sign), Math.signum(MeshChecks.normal(mesh, t)[0]));
    }
    assertEquals(4.0, MeshChecks.totalArea(mesh), 1e-12);
  }

  @Test
  void aFieldThatOnlyTouchesZeroOnAGridPlaneGivesNoSurface() {
    double[] touching = Grids.sampleIndices(7, (i, j, k) -> -(i - 3) * (i - 3));

    assertTrue(IsoSurface.extract(touching, 7, 1.0).isEmpty());
  }

  @Test
  void anAllZeroFieldGivesNoSurface() {
    assertTrue(IsoSurface.extract(new double[125], 5, 1.0).isEmpty());
  }

  @Test
  void aSphereThroughGridPointsHasNoNaNsNoSliversAndFacesOutwards() {
    int perAxis = 13;
    double spacing = IsoSurface.spacing(perAxis, 1.0);
    // radius 4 cells passes exactly through grid points such as (6 ± 4, 6, 6)
    double[] values =
        Grids.sampleIndices(
            perAxis, (i, j, k) -> (i - 6) * (i - 6) + (j - 6) * (j - 6) + (k - 6) * (k - 6) - 16);
    double radius = 4 * spacing;

    Mesh mesh = IsoSurface.extract(values, perAxis, 1.0);

    for (double coordinate : mesh.vertices()) {
      assertTrue(Double.isFinite(coordinate));
    }
    assertFalse(MeshChecks.hasDegenerateOrRepeatedTriangles(mesh));
    assertTrue(MeshChecks.maxAtVertices(mesh, p -> MeshChecks.norm(p) - radius) < spacing);
    for (int t = 0; t < mesh.triangleCount(); t++) {
      assertTrue(MeshChecks.area(mesh, t) > 1e-6 * spacing * spacing, "sliver " + t);
      assertTrue(MeshChecks.dot(MeshChecks.normal(mesh, t), MeshChecks.centroid(mesh, t)) > 0);
    }
    assertTrue(MeshChecks.directedEdges(mesh).values().stream().allMatch(uses -> uses == 1));
    assertEquals(1, MeshChecks.components(mesh));
  }

  @Property(tries = 200, seed = "20240611")
  void aRandomFieldGivesAManifoldOfZerosOfTheInterpolantFacingPositiveValues(
      @ForAll @IntRange(min = 2, max = 6) int perAxis, @ForAll long seed) {
    Random random = new Random(seed);
    double half = 0.5 + random.nextDouble();
    double[] values = new double[perAxis * perAxis * perAxis];
    for (int g = 0; g < values.length; g++) {
      values[g] = random.nextGaussian() + 0.3;
    }
    double spacing = IsoSurface.spacing(perAxis, half);

    Mesh mesh = IsoSurface.extract(values, perAxis, half);

    for (int v = 0; v < mesh.vertexCount(); v++) {
      double[] p = MeshChecks.vertex(mesh, v);
      for (double coordinate : p) {
        assertTrue(Math.abs(coordinate) <= half);
      }
      assertEquals(0, Grids.interpolate(values, perAxis, half, p), 1e-9, "vertex " + v);
    }
    assertFalse(MeshChecks.hasDegenerateOrRepeatedTriangles(mesh));
    assertConsistentlyWoundWithBoundaryOnTheCube(mesh, half);
    for (int t = 0; t < mesh.triangleCount(); t++) {
      double[] n = MeshChecks.normal(mesh, t);
      double size = MeshChecks.norm(n);
      double[] c = MeshChecks.centroid(mesh, t);
      double step = 1e-7 * spacing / size;
      double[] ahead = {c[0] + step * n[0], c[1] + step * n[1], c[2] + step * n[2]};
      double[] behind = {c[0] - step * n[0], c[1] - step * n[1], c[2] - step * n[2]};
      assertTrue(
          Grids.interpolate(values, perAxis, half, ahead)
              > Grids.interpolate(values, perAxis, half, behind),
          "triangle " + t + " faces the negative side");
    }
  }

  @Property(tries = 200, seed = "20240612")
  void aFieldOfSmallWholeNumbersWithManyZerosGivesNoNaNsAndNoCollapsedTriangles(
      @ForAll @IntRange(min = 2, max = 6) int perAxis, @ForAll long seed) {
    Random random = new Random(seed);
    double[] values = new double[perAxis * perAxis * perAxis];
    for (int g = 0; g < values.length; g++) {
      values[g] = random.nextInt(5) - 2;
    }

    Mesh mesh = IsoSurface.extract(values, perAxis, 1.0);

    for (double coordinate : mesh.vertices()) {
      assertTrue(Math.abs(coordinate) <= 1.0);
    }
    assertFalse(MeshChecks.hasDegenerateOrRepeatedTriangles(mesh));
    for (int v = 0; v < mesh.vertexCount(); v++) {
      double[] p = MeshChecks.vertex(mesh, v);
      assertEquals(0, Grids.interpolate(values, perAxis, 1.0, p), 1e-9, "vertex " + v);
    }
    assertOrientedSurface(mesh, 1.0, false);
  }

  @Test
  void badArgumentsAreRejectedWithTheReason() {
    double[] eight = new double[8];
    assertThrows(IllegalArgumentException.class, () -> IsoSurface.extract(eight, 3, 1));
    assertThrows(IllegalArgumentException.class, () -> IsoSurface.extract(new double[1], 1, 1));
    assertThrows(IllegalArgumentException.class, () -> IsoSurface.extract(eight, 2, 0));
    assertThrows(IllegalArgumentException.class, () -> IsoSurface.extract(eight, 2, Double.NaN));
    eight[5] = Double.NaN;
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> IsoSurface.extract(eight, 2, 1));
    assertEquals("the value at grid point (1, 0, 1) is NaN", error.getMessage());
  }

  /** {@link #assertOrientedSurface} for a surface that is also a manifold. */
  private static void assertConsistentlyWoundWithBoundaryOnTheCube(Mesh mesh, double half) {
    assertOrientedSurface(mesh, half, true);
  }

  /**
   * Inside the cube every edge is used as often in one direction as in the other: the triangles are
   * consistently wound and the surface only ends on the faces of the cube, where it is cut off. For
   * a manifold, each direction is used at most once. (Where zeros on the grid pinch the surface, as
   * for f = x·y along the z axis, four triangles may meet at an edge.)
   */
  private static void assertOrientedSurface(Mesh mesh, double half, boolean manifold) {
    long count = mesh.vertexCount();
    Map<Long, Integer> directed = MeshChecks.directedEdges(mesh);
    for (Map.Entry<Long, Integer> edge : directed.entrySet()) {
      long key = edge.getKey();
      int from = (int) (key / count);
      int to = (int) (key % count);
      int forward = edge.getValue();
      int backward = directed.getOrDefault(to * count + from, 0);
      if (manifold) {
        assertEquals(1, forward, "edge " + from + "→" + to + " used twice the same way");
      }
      if (forward != backward) {
        assertTrue(
            onOneCubeFace(MeshChecks.vertex(mesh, from), MeshChecks.vertex(mesh, to), half),
            "edge " + from + "–" + to + " inside the cube used " + forward + ":" + backward);
      }
    }
  }

  private static boolean onOneCubeFace(double[] a, double[] b, double half) {
    for (int axis = 0; axis < 3; axis++) {
      if (Math.abs(a[axis]) == half && a[axis] == b[axis]) {
        return true;
      }
    }
    return false;
  }

  private static void assertArrayEquals3(double[] expected, double[] points, int index) {
    for (int axis = 0; axis < 3; axis++) {
      assertEquals(expected[axis], points[3 * index + axis], 1e-15, "point " + index);
    }
  }
}
