package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uncrumple.lessons.LossLandscape;

/**
 * The landscape's geometry, without a toolkit: heights are the slice's losses on the map's log
 * scale, and the path lies on the triangulated surface, checked against a slow reference that
 * searches every triangle the way FXyz3D's SurfacePlotMesh lays them out.
 */
class LandscapeGeometryTest {
  private static final int N = 15;
  private static final double R = 0.5;

  private final LossLandscape.Surface slice = Landscapes.bowl(N, R, 3);
  private final LandscapeGeometry geometry = LandscapeGeometry.of(slice);

  @Test
  void everyHeightIsTheLossOfItsGridPointOnTheLogScale() {
    double low = Math.log(slice.min());
    double high = Math.log(slice.max());
    for (int j = 0; j < N; j++) {
      for (int i = 0; i < N; i++) {
        double expected = 2 * (Math.log(slice.at(i, j)) - low) / (high - low) - 1;
        assertEquals(expected, geometry.height(i, j), 1e-12, "height at " + i + ", " + j);
        assertEquals(slice.at(i, j), geometry.lossAtHeight(geometry.height(i, j)), 1e-12);
      }
    }
    assertEquals(-1, min(geometry), 1e-12, "the lowest loss on the floor of the cube");
    assertEquals(1, max(geometry), 1e-12, "the highest at its ceiling");
  }

  @Test
  void gridPointsSitWhereTheirSliceCoordinatesSay() {
    for (int k = 0; k < N; k++) {
      assertEquals(slice.coordinate(k) / R, geometry.x(k), 1e-12, "x = a / r");
      assertEquals(-slice.coordinate(k) / R, geometry.z(k), 1e-12, "z = −b / r");
    }
    for (int j = 0; j < N; j++) {
      for (int i = 0; i < N; i++) {
        assertEquals(geometry.height(i, j), geometry.heightAt(geometry.x(i), geometry.z(j)), 1e-12);
      }
    }
  }

  @Test
  void heightBetweenGridPointsIsOnTheMeshTriangles() {
    Random random = new Random(11);
    for (int k = 0; k < 2_000; k++) {
      double x = 2 * random.nextDouble() - 1;
      double z = 2 * random.nextDouble() - 1;
      assertEquals(reference(x, z), geometry.heightAt(x, z), 1e-12, "at " + x + ", " + z);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 7, 40, 300})
  void thePathAndEachOfItsSegmentsLieOnTheSurface(int steps) {
    List<float[]> runs = geometry.path(Landscapes.spiralIn(R, steps));

    assertFalse(runs.isEmpty());
    for (float[] run : runs) {
      for (int p = 0; p < run.length; p += 3) {
        assertInCube(run, p);
        assertEquals(reference(run[p], run[p + 2]), run[p + 1], 1e-5, "a path point");
        if (p > 0) {
          // Between two points the path stays in one triangle: its middle is on the surface too.
          double x = (run[p - 3] + run[p]) / 2.0;
          double y = (run[p - 2] + run[p + 1]) / 2.0;
          double z = (run[p - 1] + run[p + 2]) / 2.0;
          assertEquals(reference(x, z), y, 1e-5, "the middle of a path segment");
        }
      }
    }
  }

  @Test
  void thePathEndsAtTheCurrentWeightsInTheMiddle() {
    List<float[]> runs = geometry.path(Landscapes.spiralIn(R, 60));
    float[] last = runs.get(runs.size() - 1);
    int end = last.length - 3;
    assertEquals(0, last[end], 1e-6);
    assertEquals(geometry.height(N / 2, N / 2), last[end + 1], 1e-6);
    assertEquals(0, last[end + 2], 1e-6);
  }

  @Test
  void aPathThatLeavesTheSliceIsCutAtItsEdgeIntoPieces() {
    double[][] outAndBack = {{0, 0}, {0.3, 0.1}, {0.9, 0.2}, {1.2, 0.2}, {0.4, -0.1}, {0, 0}};
    List<float[]> runs = geometry.path(outAndBack);

    assertEquals(2, runs.size(), "in to the edge, and back in from it");
    float[] first = runs.get(0);
    assertEquals(1, first[first.length - 3], 1e-6, "the first piece stops at the edge x = 1");
    assertEquals(1, runs.get(1)[0], 1e-6, "the second starts there");
    for (float[] run : runs) {
      for (int p = 0; p < run.length; p += 3) {
        assertInCube(run, p);
      }
    }
    assertTrue(geometry.path(new double[][] {{2, 2}, {3, -2}}).isEmpty(), "wholly outside");
    assertTrue(geometry.path(new double[][] {{0.1, 0.1}}).isEmpty(), "a single point");
  }

  @Test
  void aFlatSliceLiesOnTheFloor() {
    double[] same = new double[9];
    java.util.Arrays.fill(same, 0.3);
    LandscapeGeometry flat = LandscapeGeometry.of(new LossLandscape.Surface(3, 1, same));
    assertEquals(-1, flat.height(1, 1), 1e-12);
    assertEquals(-1, flat.heightAt(0.4, -0.2), 1e-12);
  }

  /**
   * The slow way: the triangles as FXyz3D's SurfacePlotMesh makes them, vertices (x_c, ·, z_r) with
   * z_r = −1 + 2r/(n − 1), each cell cut into (p00, p10, p11) and (p11, p01, p00) where p10 is the
   * next row; find the one containing (x, z) and interpolate its corners' heights barycentrically.
   */
  private double reference(double x, double z) {
    for (int row = 0; row + 1 < N; row++) {
      for (int col = 0; col + 1 < N; col++) {
        int[][] corners = {{col, row}, {col, row + 1}, {col + 1, row + 1}, {col + 1, row}};
        for (int[][] triangle :
            new int[][][] {
              {corners[0], corners[1], corners[2]}, {corners[2], corners[3], corners[0]}
            }) {
          double[] w = barycentric(triangle, x, z);
          if (w != null) {
            double h = 0;
            for (int k = 0; k < 3; k++) {
              // Row r of the mesh is z = −1 + 2r/(n − 1), which is grid index j = n − 1 − r.
              h += w[k] * geometry.height(triangle[k][0], N - 1 - triangle[k][1]);
            }
            return h;
          }
        }
      }
    }
    throw new AssertionError("no triangle holds " + x + ", " + z);
  }

  private static double[] barycentric(int[][] t, double x, double z) {
    double[] px = new double[3];
    double[] pz = new double[3];
    for (int k = 0; k < 3; k++) {
      px[k] = -1 + 2.0 * t[k][0] / (N - 1);
      pz[k] = -1 + 2.0 * t[k][1] / (N - 1);
    }
    double det = (pz[1] - pz[2]) * (px[0] - px[2]) + (px[2] - px[1]) * (pz[0] - pz[2]);
    double w0 = ((pz[1] - pz[2]) * (x - px[2]) + (px[2] - px[1]) * (z - pz[2])) / det;
    double w1 = ((pz[2] - pz[0]) * (x - px[2]) + (px[0] - px[2]) * (z - pz[2])) / det;
    double w2 = 1 - w0 - w1;
    double slack = -1e-9;
    return w0 >= slack && w1 >= slack && w2 >= slack ? new double[] {w0, w1, w2} : null;
  }

  private static void assertInCube(float[] run, int p) {
    for (int k = 0; k < 3; k++) {
      assertTrue(Math.abs(run[p + k]) <= 1 + 1e-6, "inside the cube: " + run[p + k]);
    }
  }

  private static double min(LandscapeGeometry g) {
    double min = Double.POSITIVE_INFINITY;
    for (int j = 0; j < N; j++) {
      for (int i = 0; i < N; i++) {
        min = Math.min(min, g.height(i, j));
      }
    }
    return min;
  }

  private static double max(LandscapeGeometry g) {
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < N; j++) {
      for (int i = 0; i < N; i++) {
        max = Math.max(max, g.height(i, j));
      }
    }
    return max;
  }
}
