package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The test points' gems: thinned with the training points, each on its own point. */
class TestPointMeshTest {
  private static final int N = 1_000;

  private TestPointMesh gems;
  private int[] labels;
  private float[] positions;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void twoClassesInClassOrder() {
    // As a data set lists them: every point of class 0, then every point of class 1.
    labels = new int[N];
    positions = new float[3 * N];
    for (int i = 0; i < N; i++) {
      labels[i] = i < N / 2 ? 0 : 1;
      positions[3 * i] = i;
      positions[3 * i + 1] = -i;
      positions[3 * i + 2] = 0.5f * i;
    }
    gems = new TestPointMesh();
    gems.setPoints(labels);
    gems.update(positions);
  }

  @Test
  void allAreDrawnUntilToldOtherwise() {
    assertEquals(N, gems.drawnCount());
    assertEquals(N * 8 * 9, mesh().getFaces().size());
    assertCentred();
  }

  @Test
  void aShareIsAFairSampleOfEveryClassAndEachGemSitsOnItsPoint() {
    gems.showAtMost(100);

    assertEquals(100, gems.drawnCount());
    assertEquals(100 * 8 * 9, mesh().getFaces().size(), "faces of the drawn gems only");
    assertEquals(100 * 6 * 3, mesh().getPoints().size(), "corners of the drawn gems only");
    Set<Integer> points = new HashSet<>();
    int first = 0;
    for (int slot = 0; slot < 100; slot++) {
      points.add(gems.pointInSlot(slot));
      first += labels[gems.pointInSlot(slot)] == 0 ? 1 : 0;
    }
    assertEquals(100, points.size(), "no point twice");
    assertTrue(first > 30 && first < 70, first + " of 100 drawn from the first class");
    assertCentred();
  }

  @Test
  void movedGemsThenMoreOfThemAreAllWhereTheirPointsAre() {
    gems.showAtMost(50);
    for (int i = 0; i < positions.length; i++) {
      positions[i] += 2;
    }
    gems.update(positions);

    gems.showAtMost(Integer.MAX_VALUE);

    assertEquals(N, gems.drawnCount());
    assertCentred();
  }

  @Test
  void overlaysDrawAsLargeAShareOfTestPointsAsOfTrainingPoints() {
    Overlays overlays = overlays(0, 400);

    overlays.drawShare(0.25);
    assertEquals(100, overlays.testPointsDrawn(), "a quarter, as of the training points");
    overlays.drawShare(0.001);
    assertEquals(1, overlays.testPointsDrawn(), "rounded up: one at least");
    overlays.drawShare(1);
    assertEquals(400, overlays.testPointsDrawn(), "all at rest");
  }

  @Test
  void overlaysDrawAsLargeAShareOfProbesAsOfTrainingPoints() {
    Overlays overlays = overlays(1_500, 0);
    assertEquals(1_500, overlays.probesDrawn(), "all before any share is asked");

    overlays.drawShare(0.01);
    assertEquals(15, overlays.probesDrawn(), "one in a hundred, as of the training points");
    overlays.drawShare(1);
    assertEquals(1_500, overlays.probesDrawn(), "all at rest");
  }

  /** Overlays of a scene with only probes and test points (3-D, two classes). */
  private static Overlays overlays(int probes, int testPoints) {
    Overlays overlays = new Overlays();
    overlays.setScene(
        new SceneGeometry(
            List.of(),
            new double[0],
            new int[0],
            new double[0],
            new int[0],
            2,
            Set.of(),
            new double[3 * probes],
            new double[3 * testPoints],
            new int[testPoints]));
    return overlays;
  }

  private void assertCentred() {
    float[] corners = new float[mesh().getPoints().size()];
    mesh().getPoints().toArray(corners);
    for (int slot = 0; slot < gems.drawnCount(); slot++) {
      int point = gems.pointInSlot(slot);
      for (int k = 0; k < 3; k++) {
        double sum = 0;
        for (int corner = 0; corner < 6; corner++) {
          sum += corners[18 * slot + 3 * corner + k];
        }
        assertEquals(positions[3 * point + k], sum / 6, 1e-3, "gem of point " + point);
      }
    }
  }

  private TriangleMesh mesh() {
    return (TriangleMesh) ((MeshView) gems.node()).getMesh();
  }
}
