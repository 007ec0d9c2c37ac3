package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Smoothing the edges or not: a new 3D view of the same world, and wider lines without smoothing (a
 * line a pixel wide breaks into dashes there).
 */
class ViewportEdgesTest {
  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void turningSmoothingOffMakesANewViewOfTheSameWorldWithWiderLines() {
    Viewport viewport = new Viewport(SceneAntialiasing.BALANCED);
    SubScene smooth = viewport.subScene();
    double smoothWidth = cubeLineWidth(viewport);
    assertTrue(viewport.smoothEdges());

    viewport.setSmoothEdges(false);

    assertFalse(viewport.smoothEdges());
    SubScene rough = viewport.subScene();
    assertNotSame(smooth, rough);
    assertEquals(SceneAntialiasing.DISABLED, rough.getAntiAliasing());
    assertTrue(rough.getRoot().getChildrenUnmodifiable().size() > 0, "the world moved over");
    assertEquals(0, smooth.getRoot().getChildrenUnmodifiable().size(), "the old view is empty");
    assertTrue(viewport.getChildrenUnmodifiable().contains(rough));
    assertFalse(viewport.getChildrenUnmodifiable().contains(smooth));
    assertEquals(
        Viewport.ROUGH_LINE_WIDTH, cubeLineWidth(viewport) / smoothWidth, 1e-3, "wider lines");

    viewport.setSmoothEdges(true);

    assertTrue(viewport.smoothEdges());
    assertEquals(smoothWidth, cubeLineWidth(viewport), 1e-6, "the width comes back");
  }

  @Test
  void askingForWhatItAlreadyHasKeepsTheView() {
    Viewport viewport = new Viewport(SceneAntialiasing.DISABLED);
    SubScene view = viewport.subScene();

    viewport.setSmoothEdges(false);

    assertSame(view, viewport.subScene());
  }

  /** The distance between the two sides of the cube's first line at its first point. */
  private static double cubeLineWidth(Viewport viewport) {
    TriangleMesh mesh = (TriangleMesh) ((MeshView) viewport.cubeEdges()).getMesh();
    float[] p = mesh.getPoints().toArray(null);
    return Math.sqrt(
        Math.pow(p[3] - p[0], 2) + Math.pow(p[4] - p[1], 2) + Math.pow(p[5] - p[2], 2));
  }
}
