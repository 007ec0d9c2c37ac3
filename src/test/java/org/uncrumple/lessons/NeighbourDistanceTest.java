package org.uncrumple.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The grid's answers equal a brute-force search over every point. */
class NeighbourDistanceTest {
  @ParameterizedTest(name = "{0} points")
  @ValueSource(ints = {2, 7, 300, 5000})
  void gridNearestDistancesEqualBruteForce(int count) {
    double[] points = cloud(count, 3);
    PointGrid grid = new PointGrid(points, count);
    SplittableRandom random = new SplittableRandom(4);
    for (int q = 0; q < 200; q++) {
      double x = random.nextDouble(-1.5, 1.5);
      double y = random.nextDouble(-1.5, 1.5);
      double z = random.nextDouble(-1.5, 1.5);
      double exact = bruteNearest(points, count, x, y, z, -1);
      assertEquals(exact, grid.nearestDistance(x, y, z, -1), 1e-12, "query " + q);
      double radius = random.nextDouble(0, 0.3);
      assertEquals(exact < radius, grid.anyCloserThan(x, y, z, radius), "query " + q);
    }
  }

  @ParameterizedTest(name = "{0} points")
  @ValueSource(ints = {2, 11, 2000})
  void medianEqualsBruteForceOverAllPoints(int count) {
    double[] points = cloud(count, 8);
    double[] all = new double[count];
    for (int i = 0; i < count; i++) {
      all[i] = bruteNearest(points, count, points[3 * i], points[3 * i + 1], points[3 * i + 2], i);
    }
    Arrays.sort(all);
    double median = count % 2 == 1 ? all[count / 2] : 0.5 * (all[count / 2 - 1] + all[count / 2]);

    assertEquals(median, NeighbourDistance.median(points, count, count, 1), 1e-12);
  }

  @ParameterizedTest(name = "{0} points")
  @ValueSource(ints = {2, 11, 700})
  void anyWidthMedianEqualsTheGridsOnThreeDimensionsAndSeesEveryCoordinate(int count) {
    double[] points = cloud(count, 5);

    assertEquals(
        NeighbourDistance.median(points, count, 300, 9),
        NeighbourDistance.median(points, 3, count, 300, 9),
        1e-12);
    // The same points with their z moved into a fourth coordinate: the distances do not change.
    double[] wide = new double[4 * count];
    for (int i = 0; i < count; i++) {
      wide[4 * i] = points[3 * i];
      wide[4 * i + 1] = points[3 * i + 1];
      wide[4 * i + 3] = points[3 * i + 2];
    }
    assertEquals(
        NeighbourDistance.median(points, count, 300, 9),
        NeighbourDistance.median(wide, 4, count, 300, 9),
        1e-12);
  }

  /** Points on a crumpled-looking sheet: a wavy surface, dense in two dimensions only. */
  private static double[] cloud(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] points = new double[3 * count];
    for (int i = 0; i < count; i++) {
      double u = random.nextDouble(-1, 1);
      double v = random.nextDouble(-1, 1);
      points[3 * i] = u;
      points[3 * i + 1] = 0.4 * Math.sin(3 * u) * Math.cos(2 * v);
      points[3 * i + 2] = v;
    }
    return points;
  }

  private static double bruteNearest(
      double[] points, int count, double x, double y, double z, int exclude) {
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < count; i++) {
      if (i == exclude) {
        continue;
      }
      double dx = points[3 * i] - x;
      double dy = points[3 * i + 1] - y;
      double dz = points[3 * i + 2] - z;
      best = Math.min(best, Math.sqrt(dx * dx + dy * dy + dz * dz));
    }
    return best;
  }
}
