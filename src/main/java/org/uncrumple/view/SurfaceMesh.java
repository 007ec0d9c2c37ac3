package org.uncrumple.view;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;

/**
 * The decision surface: where the network changes its mind, found in input space and carried
 * through the stages like the sheets. Its triangles change whenever the weights do; its points move
 * every frame. Drawn from both sides, like {@link SheetMeshes}, and like them with normals worked
 * out here, so that moving the points updates the renderer's buffers in place. FX thread only.
 */
final class SurfaceMesh {
  static final Color COLOUR = Color.gray(0.2, 0.35);

  private TriangleMesh mesh = newMesh();
  private final MeshView view = new MeshView(mesh);
  private int[] shownTriangles;
  private int vertexCount;
  private float[] doubled = new float[0];
  private float[] normals = new float[0];
  private float[] bothNormals = new float[0];

  SurfaceMesh() {
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

  private static TriangleMesh newMesh() {
    TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
    mesh.getTexCoords().addAll(0, 0);
    return mesh;
  }

  /**
   * Moves the surface to {@code positions} (its vertices × 3), taking new triangles when they are
   * not the ones shown.
   */
  void update(int[] triangles, float[] positions, int vertices) {
    if (doubled.length < 6 * vertices) {
      doubled = new float[6 * vertices];
      bothNormals = new float[6 * vertices];
      normals = new float[3 * vertices];
    }
    System.arraycopy(positions, 0, doubled, 0, 3 * vertices);
    System.arraycopy(positions, 0, doubled, 3 * vertices, 3 * vertices);
    VertexNormals.compute(positions, 0, vertices, triangles, normals);
    for (int i = 0; i < 3 * vertices; i++) {
      bothNormals[i] = normals[i];
      bothNormals[3 * vertices + i] = -normals[i];
    }
    if (triangles != shownTriangles || vertices != vertexCount) {
      // Vertex v of a face is (point v, normal v, texture coordinate 0).
      int[] faces = new int[6 * triangles.length];
      int f = 0;
      for (int t = 0; t < triangles.length; t += 3) {
        for (int i = 0; i < 3; i++) {
          faces[f++] = triangles[t + i];
          faces[f++] = triangles[t + i];
          faces[f++] = 0;
        }
        for (int i = 2; i >= 0; i--) {
          faces[f++] = vertices + triangles[t + i];
          faces[f++] = vertices + triangles[t + i];
          faces[f++] = 0;
        }
      }
      // A new mesh, not new faces for the old one: JavaFX 21 cannot update a grown mesh with
      // normals in place afterwards (see PointCloud), and a change of faces rebuilds it anyway.
      mesh = newMesh();
      mesh.getPoints().setAll(doubled, 0, 6 * vertices);
      mesh.getNormals().setAll(bothNormals, 0, 6 * vertices);
      mesh.getFaces().setAll(faces);
      view.setMesh(mesh);
      shownTriangles = triangles;
      vertexCount = vertices;
    } else {
      mesh.getPoints().set(0, doubled, 0, 6 * vertices);
      mesh.getNormals().set(0, bothNormals, 0, 6 * vertices);
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
