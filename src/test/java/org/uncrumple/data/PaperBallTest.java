package org.uncrumple.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks the paper ball: flat when not crumpled, and its two sheets never touch when crumpled. */
class PaperBallTest {

  private static Dataset paperBall(int points, double crumple, double gap, long seed)
      throws DataException {
    return Generators.generate(
        "paper-ball", Map.of("points", points, "crumple", crumple, "gap", gap, "seed", seed));
  }

  @Test
  void defaultIsTwoThousandPointsPerSheetWithFortyByFortyMeshes() throws DataException {
    Dataset ball = Generators.generate("paper-ball", Map.of());
    assertEquals(4000, ball.size());
    assertEquals(2, ball.sheets().size());
    for (Sheet sheet : ball.sheets()) {
      assertEquals(40, sheet.rows());
      assertEquals(40, sheet.columns());
    }
  }

  @Test
  void crumpleZeroGivesTwoFlatParallelSheets() throws DataException {
    Dataset flat = paperBall(300, 0, 0.2, 5);
    // the meshes' corners span [-1, 1]² exactly, so the normalisation changes nothing
    assertEquals(1, flat.normalisation().scale()[0], 1e-12);
    for (int i = 0; i < flat.size(); i++) {
      double z = flat.labels()[i] == 0 ? -0.1 : 0.1;
      assertEquals(z, flat.points()[3 * i + 2], 1e-12);
    }
    for (Sheet sheet : flat.sheets()) {
      double z = sheet.label() == 0 ? -0.1 : 0.1;
      for (int v = 0; v < sheet.vertexCount(); v++) {
        assertEquals(z, sheet.vertices()[3 * v + 2], 1e-12);
      }
    }
    assertEquals(0.2, MeshDistance.between(flat.sheets().get(0), flat.sheets().get(1)), 1e-12);
  }

  @ParameterizedTest(name = "seed {0}")
  @CsvSource({"1", "2", "3"})
  void defaultCrumpleKeepsTheSheetsAFifthOfTheGapApart(long seed) throws DataException {
    Dataset ball = paperBall(10, 1, 0.15, seed);
    double gap = 0.15 / ball.normalisation().scale()[0];
    double distance = MeshDistance.between(ball.sheets().get(0), ball.sheets().get(1));
    assertTrue(distance > 0.2 * gap, "sheets " + distance + " apart, gap " + gap);
  }

  @ParameterizedTest(name = "crumple {0}, gap {1}, seed {2}")
  @CsvSource({"2, 0.15, 1", "2, 0.02, 3", "2, 0.5, 4"})
  void hardestCrumplesStillKeepTheSheetsApart(double crumple, double gap, long seed)
      throws DataException {
    Dataset ball = paperBall(10, crumple, gap, seed);
    double distance = MeshDistance.between(ball.sheets().get(0), ball.sheets().get(1));
    assertTrue(distance > 0.02 * gap / ball.normalisation().scale()[0], "apart by " + distance);
  }

  @Test
  void crumplingMovesTheSheetsOutOfTheirPlanes() throws DataException {
    Dataset ball = paperBall(300, 1, 0.15, 1);
    double lowest = 1;
    double highest = -1;
    for (int i = 0; i < ball.size(); i++) {
      if (ball.labels()[i] == 0) {
        lowest = Math.min(lowest, ball.points()[3 * i + 2]);
        highest = Math.max(highest, ball.points()[3 * i + 2]);
      }
    }
    assertTrue(highest - lowest > 0.5, "sheet A spans z from " + lowest + " to " + highest);
  }

  @Test
  void theSeedFixesTheCrumpleWhateverThePointCount() throws DataException {
    Dataset few = paperBall(100, 1, 0.15, 9);
    Dataset many = paperBall(500, 1, 0.15, 9);
    for (int label = 0; label < 2; label++) {
      // the normalisations differ a little, as the points' extents do; the raw sheets do not
      assertArrayEquals(
          few.normalisation().toRaw(few.sheets().get(label).vertices()),
          many.normalisation().toRaw(many.sheets().get(label).vertices()),
          1e-12);
    }
  }

  @Test
  void pointsLieOnTheirOwnSheet() throws DataException {
    Dataset ball = paperBall(60, 1, 0.15, 2);
    for (int i = 0; i < ball.size(); i++) {
      double[] p = {ball.points()[3 * i], ball.points()[3 * i + 1], ball.points()[3 * i + 2]};
      Sheet own = ball.sheets().get(ball.labels()[i]);
      Sheet other = ball.sheets().get(1 - ball.labels()[i]);
      double toOwn = distance(p, own);
      assertTrue(toOwn < 0.01, "point " + i + " is " + toOwn + " off its sheet");
      assertTrue(toOwn < distance(p, other), "point " + i + " is nearer the other sheet");
    }
  }

  private static double distance(double[] p, Sheet sheet) {
    double best = Double.POSITIVE_INFINITY;
    int[] t = sheet.triangles();
    double[] v = sheet.vertices();
    for (int k = 0; k < t.length; k += 3) {
      double[][] corners = new double[3][];
      for (int c = 0; c < 3; c++) {
        int at = 3 * t[k + c];
        corners[c] = new double[] {v[at], v[at + 1], v[at + 2]};
      }
      best = Math.min(best, MeshDistance.pointTriangle(p, corners));
    }
    return best;
  }
}
