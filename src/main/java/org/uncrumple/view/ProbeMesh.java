package org.uncrumple.view;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;

/**
 * Probe points off the data, each a small grey octahedron (looks the same from every side, so it
 * needs no turning towards the camera), all in one mesh whose points move every frame. Their size
 * follows the points' ({@link #setRadius}), so they look as big on screen however near the camera
 * comes. FX thread only.
 */
final class ProbeMesh {
  static final Color COLOUR = Color.gray(0.45);
  static final float RADIUS = 0.018f;

  /** A probe's radius as a share of a point's: a little smaller than a point. */
  static final double OF_POINT_RADIUS = RADIUS / PointCloud.DEFAULT_RADIUS;

  private static final float[][] CORNERS = {
    {1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}
  };
  private static final int[][] FACES = {
    {0, 2, 4}, {2, 1, 4}, {1, 3, 4}, {3, 0, 4}, {2, 0, 5}, {1, 2, 5}, {3, 1, 5}, {0, 3, 5}
  };

  private TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
  private final MeshView view = new MeshView(mesh);
  private int count;
  private float radius = RADIUS;
  private float[] vertices = new float[0];
  private float[] positions;

  ProbeMesh() {
    mesh.getTexCoords().addAll(0, 0);
    // The normal at a corner points along it, as smoothing would make it: given here, so moving the
    // probes updates the renderer's buffers in place rather than rebuilding the mesh.
    for (float[] corner : CORNERS) {
      mesh.getNormals().addAll(corner);
    }
    PhongMaterial material = new PhongMaterial(COLOUR);
    material.setSpecularColor(Color.TRANSPARENT);
    view.setMaterial(material);
    view.setCullFace(CullFace.BACK);
    view.setMouseTransparent(true);
    view.setVisible(false);
  }

  Node node() {
    return view;
  }

  /** Makes room for {@code probes} probes. */
  void setCount(int probes) {
    count = probes;
    positions = null;
    vertices = new float[probes * CORNERS.length * 3];
    int[] faces = new int[probes * FACES.length * 9];
    int f = 0;
    for (int p = 0; p < probes; p++) {
      for (int[] face : FACES) {
        for (int corner : face) {
          faces[f++] = p * CORNERS.length + corner;
          faces[f++] = corner;
          faces[f++] = 0;
        }
      }
    }
    mesh.getPoints().setAll(vertices);
    mesh = MeshFaces.set(view, faces, faces.length);
  }

  /** The probes' radius in data units; redraws them at once if they have positions. */
  void setRadius(double value) {
    radius = (float) value;
    if (positions != null) {
      update(positions);
    }
  }

  /** Moves the probes to {@code positions} (× 3), which are read again if the radius changes. */
  void update(float[] positions) {
    this.positions = positions;
    int v = 0;
    for (int p = 0; p < count; p++) {
      for (float[] corner : CORNERS) {
        for (int k = 0; k < 3; k++) {
          vertices[v++] = positions[3 * p + k] + radius * corner[k];
        }
      }
    }
    mesh.getPoints().set(0, vertices, 0, vertices.length);
  }

  void setVisible(boolean visible) {
    view.setVisible(visible && count > 0);
  }

  boolean isVisible() {
    return view.isVisible();
  }
}
