package org.uncrumple.view;

import java.util.Set;
import javafx.scene.paint.Color;
import org.uncrumple.geometry.StagePath;
import org.uncrumple.scene.Show;

/**
 * What the view draws besides the points: the sheets, the lattice, the decision surface, the probes
 * and the held-out test points, each carried through the stages with the points. Shared by the
 * window and the export, so both show the same. The point cloud draws them all among its dots, and
 * thins the probes and test points as it thins the points while the view moves. FX thread only.
 */
public final class Overlays {
  static final Color LATTICE_COLOUR = Color.gray(0.55, 0.5);

  private final SheetMeshes sheets;
  private final LatticeLines lattice;
  private final SurfaceMesh surface;
  private final ProbeDots probes;
  private final TestMarks tests;
  private float[] probePositions = new float[0];
  private float[] testPositions = new float[0];
  private float[] sheetPositions = new float[0];
  private float[] latticePositions = new float[0];
  private float[] surfacePositions = new float[0];

  /**
   * @param cloud the point cloud that draws them all among its dots
   */
  public Overlays(PointCloud cloud) {
    sheets = cloud.sheets();
    surface = cloud.surface();
    probes = cloud.probes();
    tests = cloud.testPoints();
    lattice = cloud.lattice();
  }

  /** How many probes are drawn while they are shown (a share of them while the view moves). */
  public int probesDrawn() {
    return probes.drawnCount();
  }

  /** How many test points are drawn while they are shown (a share of them while the view moves). */
  public int testPointsDrawn() {
    return tests.drawnCount();
  }

  /** A new scene's sheets and lattice; nothing shows until {@link #show}. */
  public void setScene(SceneGeometry geometry) {
    sheets.setSheets(geometry.sheets(), geometry.sheetStarts());
    sheetPositions = new float[geometry.sheetVertices().length];
    latticePositions = new float[geometry.lattice().length];
    probePositions = new float[geometry.probes().length];
    probes.setCount(geometry.probes().length / 3);
    testPositions = new float[3 * geometry.testLabels().length];
    tests.setPoints(geometry.testLabels());
    lattice.setShape(
        geometry.lattice().length / 3 / SceneGeometry.LATTICE_POINTS, SceneGeometry.LATTICE_POINTS);
    hide();
  }

  /** Draws what {@code show} asks for as {@code traced} has it at {@code position}. */
  public void show(Traced traced, double position, Set<Show> show) {
    Carried carried = traced.carried();
    double at = Math.min(position, traced.path().stageCount() - 1);
    boolean sheetsOn = show.contains(Show.SHEETS) && carried.sheets() != null;
    if (sheetsOn && carried.sheets().pointCount() * 3 == sheetPositions.length) {
      carried.sheets().positionsAt(at, sheetPositions);
      sheets.update(sheetPositions);
    }
    sheets.setVisible(sheetsOn);
    boolean latticeOn = show.contains(Show.LATTICE) && carried.lattice() != null;
    if (latticeOn && carried.lattice().pointCount() * 3 == latticePositions.length) {
      carried.lattice().positionsAt(at, latticePositions);
      lattice.update(latticePositions);
    }
    lattice.setVisible(latticeOn);
    StagePath surfacePath = carried.surface();
    boolean surfaceOn = show.contains(Show.SURFACE) && surfacePath != null;
    if (surfaceOn) {
      int n = surfacePath.pointCount();
      if (surfacePositions.length < 3 * n) {
        surfacePositions = new float[3 * n];
      }
      surfacePath.positionsAt(at, surfacePositions, n);
      surface.update(carried.surfaceTriangles(), surfacePositions, n);
    }
    surface.setVisible(surfaceOn);
    boolean probesOn = show.contains(Show.PROBES) && carried.probes() != null;
    if (probesOn && carried.probes().pointCount() * 3 == probePositions.length) {
      carried.probes().positionsAt(at, probePositions);
      probes.update(probePositions);
    }
    probes.setVisible(probesOn);
    boolean testsOn = show.contains(Show.TEST_POINTS) && carried.testPoints() != null;
    if (testsOn && carried.testPoints().pointCount() * 3 == testPositions.length) {
      carried.testPoints().positionsAt(at, testPositions);
      tests.update(testPositions);
    }
    tests.setVisible(testsOn);
  }

  void hide() {
    sheets.setVisible(false);
    lattice.setVisible(false);
    surface.setVisible(false);
    probes.setVisible(false);
    tests.setVisible(false);
  }

  public boolean sheetsShown() {
    return sheets.isVisible();
  }

  public boolean latticeShown() {
    return lattice.isVisible();
  }

  public boolean probesShown() {
    return probes.isVisible();
  }

  public boolean testPointsShown() {
    return tests.isVisible();
  }

  /** Where the test points are drawn now (valid while {@link #testPointsShown()}). */
  public float[] testPositions() {
    return testPositions;
  }

  public boolean surfaceShown() {
    return surface.isVisible();
  }

  /** Where the sheets' vertices are drawn now (valid while {@link #sheetsShown()}). */
  public float[] sheetPositions() {
    return sheetPositions;
  }
}
