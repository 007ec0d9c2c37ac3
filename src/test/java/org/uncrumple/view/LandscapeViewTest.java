package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.onFx;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Transform;
import org.fxyz3d.shapes.composites.PolyLine3D;
import org.fxyz3d.shapes.primitives.helper.TriangleMeshHelper.TextureType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.uncrumple.lessons.LossLandscape;

/**
 * What the 3-D landscape hands to FXyz3D, headless under Monocle (which draws no 3-D, so only the
 * meshes are checked): the surface's vertices are the slice's losses, coloured by height, and the
 * path's lines run along the surface's own triangles.
 */
class LandscapeViewTest {
  private static final int N = 21;
  private static final double R = 0.25;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void surfaceVerticesAreTheSlicesLossesAndColouredByHeight() {
    LossLandscape.Surface slice = Landscapes.bowl(N, R, 5);
    LandscapeView view = onFx(LandscapeView::new);
    onFx(
        () -> {
          view.show(slice, Landscapes.spiralIn(R, 50));
          return null;
        });

    float[] points =
        onFx(() -> ((TriangleMesh) view.surface().getMesh()).getPoints().toArray(null));
    assertEquals(3 * N * N, points.length);
    LandscapeGeometry geometry = onFx(view::geometry);
    for (int row = 0; row < N; row++) {
      for (int col = 0; col < N; col++) {
        int p = 3 * (row * N + col);
        int j = N - 1 - row;
        assertEquals(slice.coordinate(col) / R, points[p], 1e-6, "x = a / r");
        assertEquals(-slice.coordinate(j) / R, points[p + 2], 1e-6, "z = −b / r");
        assertEquals(
            slice.at(col, j),
            geometry.lossAtHeight(points[p + 1]),
            1e-5 * slice.at(col, j),
            "the height gives back the loss at " + col + ", " + j);
      }
    }
    assertEquals(TextureType.COLORED_VERTICES_3D, onFx(() -> view.surface().getTextureType()));
  }

  @Test
  void thePathLiesOnTheSurfacesTriangles() {
    LossLandscape.Surface slice = Landscapes.bowl(N, R, 6);
    LandscapeView view = onFx(LandscapeView::new);
    onFx(
        () -> {
          view.show(slice, Landscapes.spiralIn(R, 80));
          return null;
        });
    TriangleMesh mesh = onFx(() -> (TriangleMesh) view.surface().getMesh());
    float[] vertices = onFx(() -> mesh.getPoints().toArray(null));
    int[] faces = onFx(() -> mesh.getFaces().toArray(null));
    int stride = mesh.getVertexFormat().getVertexIndexSize();
    List<PolyLine3D> lines = onFx(view::pathLines);

    assertFalse(lines.isEmpty());
    assertEquals(0, lines.size() % 2, "a band and a line per piece");
    for (int k = 0; k < lines.size(); k++) {
      PolyLine3D line = lines.get(k);
      double lift = k % 2 == 0 ? LandscapeView.CASING_LIFT : LandscapeView.CORE_LIFT;
      Transform toData = onFx(() -> line.getParent().getLocalToParentTransform());
      for (org.fxyz3d.geometry.Point3D local : line.points) {
        javafx.geometry.Point3D at = toData.transform(local.x, local.y, local.z);
        double onMesh = meshHeight(vertices, faces, stride, at.getX(), at.getZ());
        assertEquals(onMesh + lift, at.getY(), 1e-5, "a path point, lifted by " + lift);
      }
    }
  }

  @Test
  void thePathCanBeHiddenButTheCurrentWeightsStay() {
    LandscapeView view = onFx(LandscapeView::new);
    onFx(
        () -> {
          view.show(Landscapes.bowl(N, R, 7), Landscapes.spiralIn(R, 20));
          view.setPathShown(false);
          return null;
        });
    assertFalse(onFx(view::isPathShown));
    assertNotNull(onFx(view::surface));
    Node here = onFx(view::currentWeights);
    assertTrue(onFx(here::isVisible), "the ball at the current weights");
    double floor = onFx(() -> view.geometry().height(N / 2, N / 2));
    assertEquals(floor + LandscapeView.CORE_LIFT, onFx(here::getTranslateY), 1e-9);
    assertEquals(0, onFx(here::getTranslateX), 1e-9);
    assertEquals(0, onFx(here::getTranslateZ), 1e-9);
  }

  /**
   * The height of the real mesh above (x, z): the face whose projection holds the point,
   * interpolated barycentrically from its three vertices.
   */
  private static double meshHeight(float[] v, int[] faces, int stride, double x, double z) {
    for (int f = 0; f < faces.length; f += 3 * stride) {
      int a = 3 * faces[f];
      int b = 3 * faces[f + stride];
      int c = 3 * faces[f + 2 * stride];
      double det = (v[b + 2] - v[c + 2]) * (v[a] - v[c]) + (v[c] - v[b]) * (v[a + 2] - v[c + 2]);
      double wa = ((v[b + 2] - v[c + 2]) * (x - v[c]) + (v[c] - v[b]) * (z - v[c + 2])) / det;
      double wb = ((v[c + 2] - v[a + 2]) * (x - v[c]) + (v[a] - v[c]) * (z - v[c + 2])) / det;
      double wc = 1 - wa - wb;
      if (wa >= -1e-6 && wb >= -1e-6 && wc >= -1e-6) {
        return wa * v[a + 1] + wb * v[b + 1] + wc * v[c + 1];
      }
    }
    throw new AssertionError("no face of the mesh holds " + x + ", " + z);
  }
}
