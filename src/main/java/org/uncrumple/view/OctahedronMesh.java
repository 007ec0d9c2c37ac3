package org.uncrumple.view;

import java.util.function.IntUnaryOperator;
import javafx.scene.Node;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;

/**
 * Small octahedra, one on each of a set of points, all in one mesh whose points move every frame:
 * the probes. An octahedron looks the same from every side, so it needs no turning towards the
 * camera.
 *
 * <p>The octahedra are drawn in a fixed order, and only the first of them while the view moves
 * ({@link #showAtMost}); for a random order any first part is a fair sample. The mesh holds the
 * drawn ones only (the renderer sizes its buffers by the points array); more of them than it has
 * make a new mesh ({@link MeshFaces}), fewer resize the same one.
 *
 * <p>Each corner has its own normal, pointing along it as smoothing would make it, so moving the
 * points updates the renderer's buffers in place; without normals JavaFX rebuilt the whole mesh,
 * welding and smoothing, on every move (on every new weight, even at rest). The owner gives the
 * material. FX thread only.
 */
final class OctahedronMesh {
  /** The six corners, a unit from the centre along each axis. */
  private static final float[][] CORNERS = {
    {1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}
  };

  /** The eight faces as corner triples, counter-clockwise seen from outside. */
  private static final int[][] FACES = {
    {0, 2, 4}, {2, 1, 4}, {1, 3, 4}, {3, 0, 4}, {2, 0, 5}, {1, 2, 5}, {3, 1, 5}, {0, 3, 5}
  };

  private static final int FLOATS_PER_GEM = CORNERS.length * 3;
  private static final int INTS_PER_GEM = FACES.length * 9;

  private TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
  private final MeshView view = new MeshView(mesh);
  private float radius;
  private int count;
  private int drawn;
  private int[] order = new int[0];
  private int[] faces = new int[0];
  private float[] vertices = new float[0];
  private float[] positions;

  /**
   * @param texCoords the texture coordinates the faces' corners refer to (see {@link #setPoints})
   * @param radius the distance from centre to corner, in data units
   */
  OctahedronMesh(float[] texCoords, float radius) {
    this.radius = radius;
    mesh.getTexCoords().setAll(texCoords);
    for (float[] corner : CORNERS) {
      mesh.getNormals().addAll(corner);
    }
    view.setCullFace(CullFace.BACK);
    view.setMouseTransparent(true);
    view.setVisible(false);
  }

  /** The mesh's view, for the owner's material. */
  MeshView view() {
    return view;
  }

  Node node() {
    return view;
  }

  /**
   * One octahedron on each point, drawn in {@code order}; all are drawn until told otherwise.
   *
   * @param order {@code order[slot]} is the point drawn in slot {@code slot}
   * @param firstTexCoord the texture coordinate of a point's faces' first corners
   * @param stride how far on the second and third corners' texture coordinates are: 1 for a
   *     triangle of the texture per face, 0 for one texture coordinate throughout
   */
  void setPoints(int[] order, IntUnaryOperator firstTexCoord, int stride) {
    this.order = order;
    count = order.length;
    drawn = count;
    positions = null;
    vertices = new float[count * FLOATS_PER_GEM];
    faces = new int[count * INTS_PER_GEM];
    int f = 0;
    for (int slot = 0; slot < count; slot++) {
      int tex = firstTexCoord.applyAsInt(order[slot]);
      for (int[] face : FACES) {
        for (int j = 0; j < 3; j++) {
          faces[f++] = slot * CORNERS.length + face[j];
          faces[f++] = face[j];
          faces[f++] = tex + stride * j;
        }
      }
    }
    resizeMesh();
  }

  /** A new radius; redraws at once if the octahedra have positions. */
  void setRadius(float value) {
    radius = value;
    if (positions != null) {
      update(positions);
    }
  }

  /**
   * Moves the octahedra to {@code positions} (point {@code p} at {@code 3p}); only the drawn ones
   * are written. The array is read again when more are drawn or the radius changes.
   */
  void update(float[] positions) {
    this.positions = positions;
    writeVertices();
    mesh.getPoints().set(0, vertices, 0, drawn * FLOATS_PER_GEM);
  }

  /** Draws the first {@code limit} of the order (all when the limit exceeds the count). */
  void showAtMost(int limit) {
    int wanted = Math.max(0, Math.min(count, limit));
    if (wanted == drawn) {
      return;
    }
    drawn = wanted;
    writeVertices();
    resizeMesh();
  }

  /** How many are drawn. */
  int drawnCount() {
    return drawn;
  }

  /** The point drawn in slot {@code slot} (below {@link #drawnCount()}). */
  int pointInSlot(int slot) {
    return order[slot];
  }

  void setVisible(boolean visible) {
    view.setVisible(visible && drawn > 0);
  }

  boolean isVisible() {
    return view.isVisible();
  }

  private void writeVertices() {
    if (positions == null) {
      return;
    }
    int v = 0;
    for (int slot = 0; slot < drawn; slot++) {
      int p = order[slot];
      for (float[] corner : CORNERS) {
        for (int k = 0; k < 3; k++) {
          vertices[v++] = positions[3 * p + k] + radius * corner[k];
        }
      }
    }
  }

  private void resizeMesh() {
    mesh.getPoints().setAll(vertices, 0, drawn * FLOATS_PER_GEM);
    mesh = MeshFaces.set(view, faces, drawn * INTS_PER_GEM);
  }
}
