package org.uncrumple.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.Network;

/**
 * The decision surface of a trained network against bisection along segments, and of analytic
 * logits (planes, spheres, three nearest-centre regions) against their exact boundaries.
 */
class DecisionSurfaceTest {
  private static final int PER_AXIS = 33;
  private static final double HALF = 1.0;
  private static final double SPACING = 2 * HALF / (PER_AXIS - 1);

  private static TrainedPaperBall trained;
  private static Mesh surface;

  @BeforeAll
  static void trainAndExtract() {
    trained = TrainedPaperBall.train();
    surface = DecisionSurface.of(trained.network, PER_AXIS, HALF);
  }

  @Test
  void theTrainedNetworkSeparatesTheSheets() {
    assertTrue(trained.accuracy > 0.95, "accuracy " + trained.accuracy);
    assertFalse(surface.isEmpty());
  }

  @Test
  void whereBisectionFindsTheNetworkChangingItsMindTheMeshIsWithinOneSpacing() {
    double[] points = trained.data.points();
    int count = trained.data.size();
    int[] predicted = trained.network.predict(points, count);
    Random random = new Random(5);
    List<Double> distances = new ArrayList<>();
    while (distances.size() < 60) {
      int a = random.nextInt(count);
      int b = random.nextInt(count);
      if (predicted[a] == predicted[b] || distance(points, a, b) > 0.5) {
        continue;
      }
      double[] boundary = bisect(row(points, a), row(points, b));
      distances.add(MeshChecks.distance(surface, boundary));
    }
    double[] sorted = distances.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double median = sorted[sorted.length / 2];
    double worst = sorted[sorted.length - 1];
    assertTrue(worst < SPACING, "worst distance " + worst + " against spacing " + SPACING);
    assertTrue(median < SPACING / 10, "median distance " + median);
  }

  @Test
  void theLogitsAgreeAtTheVerticesToWithinTheGradientTimesTheSpacing() {
    int vertices = surface.vertexCount();
    double[] z = trained.network.logits(surface.vertices(), vertices);
    double[] ratios = new double[vertices];
    for (int v = 0; v < vertices; v++) {
      double difference = z[2 * v + 1] - z[2 * v];
      double slope = MeshChecks.norm(gradient(MeshChecks.vertex(surface, v)));
      ratios[v] = Math.abs(difference) / (slope * SPACING);
    }
    Arrays.sort(ratios);
    double median = ratios[vertices / 2];
    double worst = ratios[vertices - 1];
    assertTrue(worst < 0.5, "worst |z1 − z0| / (|∇(z1 − z0)|·spacing) " + worst);
    assertTrue(median < 0.05, "median " + median);
  }

  @Test
  void normalsPointTowardsClassOne() {
    int triangles = surface.triangleCount();
    double[] probes = new double[6 * triangles];
    for (int t = 0; t < triangles; t++) {
      double[] c = MeshChecks.centroid(surface, t);
      double[] n = MeshChecks.normal(surface, t);
      double step = 1e-3 * SPACING / MeshChecks.norm(n);
      for (int axis = 0; axis < 3; axis++) {
        probes[6 * t + axis] = c[axis] + step * n[axis];
        probes[6 * t + 3 + axis] = c[axis] - step * n[axis];
      }
    }
    double[] z = trained.network.logits(probes, 2 * triangles);
    int wrong = 0;
    for (int t = 0; t < triangles; t++) {
      double ahead = z[4 * t + 1] - z[4 * t];
      double behind = z[4 * t + 3] - z[4 * t + 2];
      if (!(ahead > behind)) {
        wrong++;
      }
    }
    assertEquals(0, wrong, "of " + triangles + " triangles");
  }

  @Test
  void ofSamplesTheNetworkOnTheGridOfIsoSurface() {
    double[] grid = IsoSurface.gridPoints(9, 1.2);
    double[] logits = trained.network.logits(grid, grid.length / 3);

    assertEquals(
        DecisionSurface.fromLogits(logits, 2, 9, 1.2), DecisionSurface.of(trained.network, 9, 1.2));
  }

  @Test
  void aLinearLogitDifferenceGivesTheExactPlaneFacingClassOne() {
    double[] n = {0.36, -0.48, 0.8};
    double d = 0.15;
    Mesh mesh =
        DecisionSurface.fromLogits(
            logits(17, 1.0, p -> 0.3 * p[0] - 0.2, p -> 0.3 * p[0] - 0.2 + dot(n, p) - d),
            2,
            17,
            1.0);

    assertFalse(mesh.isEmpty());
    assertTrue(MeshChecks.maxAtVertices(mesh, p -> dot(n, p) - d) < 1e-11);
    for (int t = 0; t < mesh.triangleCount(); t++) {
      assertTrue(dot(MeshChecks.normal(mesh, t), n) > 0);
    }
    assertEquals(1, MeshChecks.components(mesh));
  }

  @Test
  void aSphericalBoundaryHasItsVerticesAtTheRadius() {
    double radius = 0.6;
    double spacing = IsoSurface.spacing(21, 1.0);
    Mesh mesh =
        DecisionSurface.fromLogits(
            logits(21, 1.0, p -> 0, p -> MeshChecks.norm(p) - radius), 2, 21, 1.0);

    assertTrue(MeshChecks.maxAtVertices(mesh, p -> MeshChecks.norm(p) - radius) < spacing);
    assertEquals(2, MeshChecks.eulerCharacteristic(mesh));
    for (int t = 0; t < mesh.triangleCount(); t++) {
      assertTrue(MeshChecks.dot(MeshChecks.normal(mesh, t), MeshChecks.centroid(mesh, t)) > 0);
    }
  }

  /** Three classes, z_c = −|x − m_c|²: the class of the nearest centre wins. */
  @Test
  void threeNearestCentreRegionsGiveEachBisectorOnceFacingTheHigherClass() {
    double[][] centres = {{-0.5, -0.3, 0.0}, {0.5, -0.3, 0.1}, {0.0, 0.6, -0.1}};
    int perAxis = 25;
    double spacing = IsoSurface.spacing(perAxis, 1.0);
    List<ToDoubleFunction<double[]>> z = new ArrayList<>();
    for (double[] m : centres) {
      z.add(p -> -squaredDistance(p, m));
    }
    Mesh mesh =
        DecisionSurface.fromLogits(logits(perAxis, 1.0, z.get(0), z.get(1), z.get(2)), 3, 25, 1.0);

    assertFalse(MeshChecks.hasDegenerateOrRepeatedTriangles(mesh));
    int[] trianglesOfPair = new int[3];
    for (int t = 0; t < mesh.triangleCount(); t++) {
      double[][] p = MeshChecks.corners(mesh, t);
      int pair = -1;
      for (int c = 0; c < 3 && pair < 0; c++) {
        for (int d = c + 1; d < 3; d++) {
          if (onBisector(p, centres[c], centres[d])) {
            pair = c + d - 1;
            double[] n = MeshChecks.normal(mesh, t);
            double[] towardsD = MeshChecks.subtract(centres[d], centres[c]);
            assertTrue(dot(n, towardsD) > 0, "triangle " + t + " faces class " + c);
            break;
          }
        }
      }
      assertTrue(pair >= 0, "triangle " + t + " lies on no bisector");
      trianglesOfPair[pair]++;
    }
    for (int pair = 0; pair < 3; pair++) {
      assertTrue(trianglesOfPair[pair] > 0, "no boundary for pair " + pair);
    }
    // away from the line where three regions meet, each bisector is covered without gaps
    Random random = new Random(3);
    int checked = 0;
    while (checked < 150) {
      double[] x = {
        2 * random.nextDouble() - 1, 2 * random.nextDouble() - 1, 2 * random.nextDouble() - 1
      };
      int c = random.nextInt(3);
      int d = (c + 1 + random.nextInt(2)) % 3;
      int e = 3 - c - d;
      double[] onPlane = projectToBisector(x, centres[c], centres[d]);
      if (!inside(onPlane, 1.0)
          || distanceToBisector(onPlane, centres[c], centres[e]) < 3 * spacing
          || distanceToBisector(onPlane, centres[d], centres[e]) < 3 * spacing
          || squaredDistance(onPlane, centres[e]) < squaredDistance(onPlane, centres[c])) {
        continue;
      }
      assertEquals(0, MeshChecks.distance(mesh, onPlane), 1e-9, "gap at " + Arrays.toString(x));
      checked++;
    }
  }

  @Test
  void badInputIsRejectedWithTheReason() {
    Network twoInputs = Network.initialise(Architecture.of(2, Activation.TANH, 2, 4), 1);
    assertThrows(IllegalArgumentException.class, () -> DecisionSurface.of(twoInputs, 5, 1));
    assertThrows(
        IllegalArgumentException.class, () -> DecisionSurface.fromLogits(new double[16], 2, 3, 1));
    assertThrows(
        IllegalArgumentException.class, () -> DecisionSurface.fromLogits(new double[8], 1, 2, 1));
    double[] logits = new double[16];
    logits[7] = Double.POSITIVE_INFINITY;
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> DecisionSurface.fromLogits(logits, 2, 2, 1));
    assertEquals("logit 1 of grid point 3 is Infinity", error.getMessage());
  }

  /** s with z_1 = z_0 at a + s·(b − a), by 60 halvings of [0, 1]. */
  private static double[] bisect(double[] a, double[] b) {
    double low = 0;
    double high = 1;
    double signAtLow = Math.signum(difference(a));
    for (int i = 0; i < 60; i++) {
      double middle = (low + high) / 2;
      if (Math.signum(difference(along(a, b, middle))) == signAtLow) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return along(a, b, (low + high) / 2);
  }

  private static double difference(double[] p) {
    double[] z = trained.network.logits(p, 1);
    return z[1] - z[0];
  }

  /** ∇(z_1 − z_0) by centred differences. */
  private static double[] gradient(double[] p) {
    double h = 1e-5;
    double[] g = new double[3];
    for (int axis = 0; axis < 3; axis++) {
      double[] plus = p.clone();
      double[] minus = p.clone();
      plus[axis] += h;
      minus[axis] -= h;
      g[axis] = (difference(plus) - difference(minus)) / (2 * h);
    }
    return g;
  }

  @SafeVarargs
  private static double[] logits(int perAxis, double half, ToDoubleFunction<double[]>... classes) {
    double[] grid = IsoSurface.gridPoints(perAxis, half);
    int points = grid.length / 3;
    double[] out = new double[points * classes.length];
    for (int g = 0; g < points; g++) {
      double[] p = {grid[3 * g], grid[3 * g + 1], grid[3 * g + 2]};
      for (int c = 0; c < classes.length; c++) {
        out[g * classes.length + c] = classes[c].applyAsDouble(p);
      }
    }
    return out;
  }

  private static boolean onBisector(double[][] triangle, double[] m, double[] n) {
    for (double[] p : triangle) {
      if (Math.abs(squaredDistance(p, m) - squaredDistance(p, n)) > 1e-9) {
        return false;
      }
    }
    return true;
  }

  private static double distanceToBisector(double[] p, double[] m, double[] n) {
    double[] normal = MeshChecks.subtract(n, m);
    return Math.abs(squaredDistance(p, m) - squaredDistance(p, n)) / (2 * MeshChecks.norm(normal));
  }

  private static double[] projectToBisector(double[] p, double[] m, double[] n) {
    double[] normal = MeshChecks.subtract(n, m);
    double length = MeshChecks.norm(normal);
    double[] middle = {(m[0] + n[0]) / 2, (m[1] + n[1]) / 2, (m[2] + n[2]) / 2};
    double offset = dot(MeshChecks.subtract(p, middle), normal) / (length * length);
    return new double[] {
      p[0] - offset * normal[0], p[1] - offset * normal[1], p[2] - offset * normal[2]
    };
  }

  private static boolean inside(double[] p, double half) {
    return Math.abs(p[0]) <= half && Math.abs(p[1]) <= half && Math.abs(p[2]) <= half;
  }

  private static double squaredDistance(double[] p, double[] m) {
    double[] d = MeshChecks.subtract(p, m);
    return dot(d, d);
  }

  private static double dot(double[] a, double[] b) {
    return MeshChecks.dot(a, b);
  }

  private static double[] row(double[] points, int i) {
    return new double[] {points[3 * i], points[3 * i + 1], points[3 * i + 2]};
  }

  private static double distance(double[] points, int a, int b) {
    return MeshChecks.norm(MeshChecks.subtract(row(points, a), row(points, b)));
  }

  private static double[] along(double[] a, double[] b, double s) {
    return new double[] {
      a[0] + s * (b[0] - a[0]), a[1] + s * (b[1] - a[1]), a[2] + s * (b[2] - a[2])
    };
  }
}
