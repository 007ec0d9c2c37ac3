package org.uncrumple.view;

import javafx.scene.shape.TriangleMesh;

/**
 * The small octahedron the probes and the test points are drawn as: it looks the same from every
 * side, so it needs no turning towards the camera.
 */
final class Octahedron {
  /** The six corners, a unit from the centre along each axis. */
  static final float[][] CORNERS = {
    {1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}
  };

  /** The eight faces as corner triples, counter-clockwise seen from outside. */
  static final int[][] FACES = {
    {0, 2, 4}, {2, 1, 4}, {1, 3, 4}, {3, 0, 4}, {2, 0, 5}, {1, 2, 5}, {3, 1, 5}, {0, 3, 5}
  };

  private Octahedron() {}

  /**
   * Gives {@code mesh} one normal per corner, pointing along it as smoothing would make it, for
   * faces that refer to normal {@code c} at corner {@code c}. With its own normals a mesh's moved
   * points update the renderer's buffers in place; without, JavaFX rebuilds the whole mesh, welding
   * and smoothing, on every move.
   */
  static void addCornerNormals(TriangleMesh mesh) {
    for (float[] corner : CORNERS) {
      mesh.getNormals().addAll(corner);
    }
  }
}
