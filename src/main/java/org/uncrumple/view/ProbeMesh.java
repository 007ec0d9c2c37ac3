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

  private static final float[][] CORNERS = Octahedron.CORNERS;
  private static final int[][] FACES = Octahedron.FACES;

  private TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
  private final MeshView view = new MeshView(mesh);
  private int count;
  private int drawn;
  private int[] faces = new int[0];
  private float radius = RADIUS;
  private float[] vertices = new float[0];
  private float[] positions;

  ProbeMesh() {
    mesh.getTexCoords().addAll(0, 0);
    Octahedron.addCornerNormals(mesh);
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

  /** Makes room for {@code probes} probes; all are drawn until told otherwise. */
  void setCount(int probes) {
    count = probes;
    drawn = probes;
    positions = null;
    vertices = new float[probes * CORNERS.length * 3];
    faces = new int[probes * FACES.length * 9];
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
    resizeMesh();
  }

  /**
   * Draws the first {@code limit} probes (all when the limit exceeds the count). The probes lie at
   * random, so any first part of them is a fair sample of the space around the data.
   */
  void showAtMost(int limit) {
    int wanted = Math.max(0, Math.min(count, limit));
    if (wanted == drawn) {
      return;
    }
    drawn = wanted;
    writeVertices();
    resizeMesh();
  }

  /** How many probes are drawn. */
  int drawnCount() {
    return drawn;
  }

  /** The probes' radius in data units; redraws them at once if they have positions. */
  void setRadius(double value) {
    radius = (float) value;
    if (positions != null) {
      update(positions);
    }
  }

  /**
   * Moves the probes to {@code positions} (× 3); only the drawn ones are written. The array is read
   * again if the radius changes or more are drawn.
   */
  void update(float[] positions) {
    this.positions = positions;
    writeVertices();
    mesh.getPoints().set(0, vertices, 0, drawn * CORNERS.length * 3);
  }

  private void writeVertices() {
    if (positions == null) {
      return;
    }
    int v = 0;
    for (int p = 0; p < drawn; p++) {
      for (float[] corner : CORNERS) {
        for (int k = 0; k < 3; k++) {
          vertices[v++] = positions[3 * p + k] + radius * corner[k];
        }
      }
    }
  }

  /** The mesh holds the drawn probes only; more of them than it had make a new mesh. */
  private void resizeMesh() {
    mesh.getPoints().setAll(vertices, 0, drawn * CORNERS.length * 3);
    mesh = MeshFaces.set(view, faces, drawn * FACES.length * 9);
  }

  void setVisible(boolean visible) {
    view.setVisible(visible && drawn > 0);
  }

  boolean isVisible() {
    return view.isVisible();
  }
}
