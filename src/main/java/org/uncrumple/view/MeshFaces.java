package org.uncrumple.view;

import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/**
 * Gives faces to a mesh with its own normals ({@code POINT_NORMAL_TEXCOORD}) whose points are later
 * moved in place, without running into a JavaFX 21 fault.
 *
 * <p>The renderer keeps, per mesh, one flag for each corner of each face, in an array it sizes the
 * first time it updates the mesh's points in place and never resizes. Once that has happened, a
 * mesh given more faces than it had then fails on every later in-place update ({@code
 * ArrayIndexOutOfBoundsException} in {@code BaseMesh.updatePNTGeometry}, on the render thread) and
 * is no longer drawn. Fewer faces are fine. So a mesh is never given more faces than it has: when
 * more are needed, a fresh mesh with the same points, normals and texture coordinates takes its
 * place in the view. A replaced mesh holds the renderer's buffers until the garbage collector finds
 * it, so a mesh whose face count changes often keeps {@link #room} for more than it needs.
 */
final class MeshFaces {
  private MeshFaces() {}

  /**
   * Sets the first {@code length} ints of {@code faces} as the faces of the view's mesh, replacing
   * the mesh if it has fewer faces now.
   *
   * @return the mesh the view shows afterwards
   */
  static TriangleMesh set(MeshView view, int[] faces, int length) {
    TriangleMesh mesh = (TriangleMesh) view.getMesh();
    if (length > mesh.getFaces().size()) {
      TriangleMesh fresh = new TriangleMesh(mesh.getVertexFormat());
      fresh.getPoints().setAll(mesh.getPoints());
      fresh.getNormals().setAll(mesh.getNormals());
      fresh.getTexCoords().setAll(mesh.getTexCoords());
      view.setMesh(fresh);
      mesh = fresh;
    }
    mesh.getFaces().setAll(faces, 0, length);
    return mesh;
  }

  /**
   * A room for {@code needed} of something that only grows by doubling: the least power of two at
   * least {@code needed} and at least {@code least}.
   */
  static int room(int needed, int least) {
    int room = Math.max(1, least);
    while (room < needed) {
      room <<= 1;
    }
    return room;
  }
}
