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

  /** The least room for faces (both sides counted) a mesh is made with. */
  private static final int MIN_FACE_ROOM = 1024;

  private TriangleMesh mesh = newMesh();
  private final MeshView view = new MeshView(mesh);
  private int[] shownTriangles;
  private int vertexCount;
  private float[] doubled = new float[0];
  private float[] normals = new float[0];
  private float[] bothNormals = new float[0];
  private int[] faces = new int[0];

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
   *
   * <p>The mesh keeps a room for faces that only grows, in powers of two, so that new triangles (on
   * every trace while training) replace the faces of the same mesh instead of making a new one;
   * faces beyond the surface's own are empty: three times an anchor vertex after the surface's own,
   * which draws nothing and, never moved, costs the renderer nothing when the points move. A
   * replaced mesh holds the renderer's buffers until the garbage collector finds it, and with a
   * large heap that took long enough for a teaching session's memory to grow by gigabytes. A new
   * mesh is made only when the room grows: JavaFX 21 cannot update a mesh with normals in place
   * once it has more faces than at its first such update (see {@link MeshFaces}).
   */
  void update(int[] triangles, float[] positions, int vertices) {
    if (vertices == 0 || triangles.length == 0) {
      vertexCount = 0;
      shownTriangles = null;
      view.setVisible(false);
      return;
    }
    int anchor = 2 * vertices;
    if (doubled.length != 3 * anchor + 3) {
      // Both sides' vertices, then the anchor at the origin with a normal along z.
      doubled = new float[3 * anchor + 3];
      normals = new float[3 * vertices];
      bothNormals = new float[3 * anchor + 3];
      bothNormals[3 * anchor + 2] = 1;
    }
    System.arraycopy(positions, 0, doubled, 0, 3 * vertices);
    System.arraycopy(positions, 0, doubled, 3 * vertices, 3 * vertices);
    VertexNormals.compute(positions, 0, vertices, triangles, normals);
    for (int i = 0; i < 3 * vertices; i++) {
      bothNormals[i] = normals[i];
      bothNormals[3 * vertices + i] = -normals[i];
    }
    boolean newFaces = triangles != shownTriangles || vertices != vertexCount;
    if (newFaces || mesh.getPoints().size() != doubled.length) {
      mesh.getPoints().setAll(doubled);
      mesh.getNormals().setAll(bothNormals);
    } else {
      mesh.getPoints().set(0, doubled, 0, 3 * anchor);
      mesh.getNormals().set(0, bothNormals, 0, 3 * anchor);
    }
    if (newFaces) {
      // Both sides of each triangle; vertex v of a face is (point v, normal v, texture coordinate
      // 0). The rest of the room is empty faces on the anchor.
      int room = 9 * MeshFaces.room(2 * triangles.length / 3, MIN_FACE_ROOM);
      if (faces.length < room) {
        faces = new int[room];
      }
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
      for (; f < faces.length; f += 3) {
        faces[f] = anchor;
        faces[f + 1] = anchor;
        faces[f + 2] = 0;
      }
      mesh = MeshFaces.set(view, faces, faces.length);
      shownTriangles = triangles;
      vertexCount = vertices;
    }
  }

  /** The mesh drawn now (tests look at it). */
  TriangleMesh mesh() {
    return mesh;
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
