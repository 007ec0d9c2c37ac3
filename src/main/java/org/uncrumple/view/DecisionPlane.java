package org.uncrumple.view;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/**
 * The output layer's decision boundary for two classes: the plane n·y + c = 0 in the view's
 * coordinates, drawn as a translucent square centred on the point of the plane nearest the origin.
 *
 * <p>FX thread only.
 */
final class DecisionPlane {
  static final float HALF_SIZE = 1.6f;
  static final double MAX_OPACITY = 0.3;
  private static final double GREY = 0.45;

  private final TriangleMesh mesh = new TriangleMesh();
  private final MeshView view = new MeshView(mesh);
  private final PhongMaterial material = new PhongMaterial();
  private final float[] corners = new float[12];
  private Veil veil;

  DecisionPlane() {
    mesh.getTexCoords().addAll(0, 0);
    mesh.getPoints().addAll(corners);
    // Two triangles, each listed from both sides so the plane shows from behind too.
    mesh.getFaces().addAll(0, 0, 1, 0, 2, 0, 0, 0, 2, 0, 3, 0, 0, 0, 2, 0, 1, 0, 0, 0, 3, 0, 2, 0);
    view.setCullFace(CullFace.NONE);
    view.setMaterial(material);
    view.setVisible(false);
    view.setMouseTransparent(true);
    setOpacity(MAX_OPACITY);
  }

  Node node() {
    return view;
  }

  boolean isShown() {
    return view.isVisible();
  }

  /** Shows the plane n·y + c = 0 at the given share of its full opacity; hides it at 0. */
  void show(double[] normal, double offset, double fade) {
    double length =
        Math.sqrt(normal[0] * normal[0] + normal[1] * normal[1] + normal[2] * normal[2]);
    if (fade <= 0 || !(length > 1e-12)) {
      hide();
      return;
    }
    double[] n = {normal[0] / length, normal[1] / length, normal[2] / length};
    double distance = -offset / length;
    double[] centre = {n[0] * distance, n[1] * distance, n[2] * distance};
    // Two unit vectors spanning the plane: a ⟂ n from the axis least aligned with n, b = n × a.
    double[] axis = Math.abs(n[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
    double[] a = normalise(cross(n, axis));
    double[] b = cross(n, a);
    int[][] signs = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
    for (int i = 0; i < 4; i++) {
      for (int k = 0; k < 3; k++) {
        corners[3 * i + k] =
            (float) (centre[k] + HALF_SIZE * (signs[i][0] * a[k] + signs[i][1] * b[k]));
      }
    }
    mesh.getPoints().set(0, corners, 0, corners.length);
    double opacity = MAX_OPACITY * Math.min(1, fade);
    setOpacity(opacity);
    veil = new Veil(centre, a, b, HALF_SIZE, PointSplat.argb(GREY, GREY, GREY, opacity));
    view.setVisible(true);
  }

  void hide() {
    view.setVisible(false);
    veil = null;
  }

  /** The plane as the dots see it: what tints the points behind it; null while it is hidden. */
  Veil veil() {
    return veil;
  }

  private void setOpacity(double opacity) {
    Color colour = Color.gray(GREY, opacity);
    material.setDiffuseColor(colour);
    material.setSpecularColor(Color.TRANSPARENT);
  }

  private static double[] cross(double[] u, double[] v) {
    return new double[] {
      u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]
    };
  }

  private static double[] normalise(double[] v) {
    double length = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    return new double[] {v[0] / length, v[1] / length, v[2] / length};
  }
}
