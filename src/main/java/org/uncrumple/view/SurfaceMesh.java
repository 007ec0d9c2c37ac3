package org.uncrumple.view;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/**
 * The decision surface: where the network changes its mind, found in input space and carried
 * through the stages like the sheets. Its triangles change whenever the weights do; its points move
 * every frame. Drawn from both sides, like {@link SheetMeshes}. FX thread only.
 */
final class SurfaceMesh {
  static final Color COLOUR = Color.gray(0.2, 0.35);

  private final TriangleMesh mesh = new TriangleMesh();
  private final MeshView view = new MeshView(mesh);
  private int[] shownTriangles;
  private int vertexCount;
  private float[] doubled = new float[0];

  SurfaceMesh() {
    mesh.getTexCoords().addAll(0, 0);
    PhongMaterial material = new PhongMaterial(COLOUR);
    material.setSpecularColor(Color.gray(1, 0.2));
    view.setMaterial(material);
    view.setCullFace(CullFace.BACK);
    view.setMouseTransparent(true);
    view.setVisible(false);
  }

  Node node() {
    return view;
  }

  /**
   * Moves the surface to {@code positions} (its vertices × 3), taking new triangles when they are
   * not the ones shown.
   */
  void update(int[] triangles, float[] positions, int vertices) {
    if (doubled.length < 6 * vertices) {
      doubled = new float[6 * vertices];
    }
    System.arraycopy(positions, 0, doubled, 0, 3 * vertices);
    System.arraycopy(positions, 0, doubled, 3 * vertices, 3 * vertices);
    if (triangles != shownTriangles || vertices != vertexCount) {
      int[] faces = new int[4 * triangles.length];
      int f = 0;
      for (int t = 0; t < triangles.length; t += 3) {
        for (int i = 0; i < 3; i++) {
          faces[f++] = triangles[t + i];
          faces[f++] = 0;
        }
        for (int i = 2; i >= 0; i--) {
          faces[f++] = vertices + triangles[t + i];
          faces[f++] = 0;
        }
      }
      mesh.getFaces().clear();
      mesh.getPoints().setAll(doubled, 0, 6 * vertices);
      mesh.getFaces().setAll(faces);
      shownTriangles = triangles;
      vertexCount = vertices;
    } else {
      mesh.getPoints().set(0, doubled, 0, 6 * vertices);
    }
  }

  void setVisible(boolean visible) {
    view.setVisible(visible && vertexCount > 0);
  }

  boolean isVisible() {
    return view.isVisible();
  }

  /** The number of triangles drawn (each once, not counting its back). */
  int triangleCount() {
    return shownTriangles == null ? 0 : shownTriangles.length / 3;
  }
}
