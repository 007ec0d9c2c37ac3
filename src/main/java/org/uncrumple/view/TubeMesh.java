package org.uncrumple.view;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/**
 * Polylines as one mesh of thin three-sided tubes (triangular prisms), for a line that must stand
 * out, such as a followed point's trail; many thin lines are cheaper as a {@link LineMesh}. The
 * lines keep their number and length; only their points move, so each update rewrites the mesh's
 * points in place.
 *
 * <p>The tube's cross-section at each point is turned to the line's direction there, using a fixed
 * reference axis, so it does not depend on the camera. FX thread only.
 */
public final class TubeMesh {
  private static final double[] COS = {1, Math.cos(2 * Math.PI / 3), Math.cos(4 * Math.PI / 3)};
  private static final double[] SIN = {0, Math.sin(2 * Math.PI / 3), Math.sin(4 * Math.PI / 3)};

  private final TriangleMesh mesh = new TriangleMesh();
  private final MeshView view = new MeshView(mesh);
  private final PhongMaterial material = new PhongMaterial();
  private final double radius;
  private int lines;
  private int pointsPerLine;
  private float[] vertices = new float[0];

  /**
   * @param radius the tubes' radius in data units
   */
  public TubeMesh(double radius, Color colour) {
    this.radius = radius;
    mesh.getTexCoords().addAll(0, 0);
    view.setMesh(mesh);
    view.setCullFace(CullFace.NONE);
    view.setMaterial(material);
    view.setMouseTransparent(true);
    view.setVisible(false);
    setColour(colour);
  }

  public Node node() {
    return view;
  }

  void setColour(Color colour) {
    material.setDiffuseColor(colour);
    material.setSpecularColor(Color.TRANSPARENT);
  }

  /** Makes room for {@code lines} lines of {@code pointsPerLine} points each. */
  public void setShape(int lines, int pointsPerLine) {
    if (lines == this.lines && pointsPerLine == this.pointsPerLine) {
      return;
    }
    this.lines = lines;
    this.pointsPerLine = pointsPerLine;
    vertices = new float[lines * pointsPerLine * 3 * 3];
    int segments = Math.max(0, pointsPerLine - 1);
    int[] faces = new int[lines * segments * 6 * 6];
    int f = 0;
    for (int line = 0; line < lines; line++) {
      for (int p = 0; p < segments; p++) {
        int a = 3 * (line * pointsPerLine + p);
        int b = a + 3;
        for (int side = 0; side < 3; side++) {
          int next = (side + 1) % 3;
          int[] quad = {a + side, b + side, b + next, a + side, b + next, a + next};
          for (int index : quad) {
            faces[f++] = index;
            faces[f++] = 0;
          }
        }
      }
    }
    mesh.getPoints().setAll(vertices);
    mesh.getFaces().setAll(faces);
  }

  /** Moves the lines to {@code positions}: line after line, point after point, × 3. */
  public void update(float[] positions) {
    double[] previousSide = null;
    for (int line = 0; line < lines; line++) {
      previousSide = null;
      for (int p = 0; p < pointsPerLine; p++) {
        int at = 3 * (line * pointsPerLine + p);
        int from = p == 0 ? at : at - 3;
        int to = p == pointsPerLine - 1 ? at : at + 3;
        double tx = positions[to] - positions[from];
        double ty = positions[to + 1] - positions[from + 1];
        double tz = positions[to + 2] - positions[from + 2];
        double length = Math.sqrt(tx * tx + ty * ty + tz * tz);
        if (!(length > 1e-12)) {
          tx = 1;
          ty = 0;
          tz = 0;
          length = 1;
        }
        tx /= length;
        ty /= length;
        tz /= length;
        // u ⟂ t: the previous point's u made perpendicular again (so the tube does not twist),
        // or, at a line's start, from the axis least aligned with t. w = t × u.
        double[] reference =
            previousSide != null
                ? previousSide
                : Math.abs(tx) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
        double dot = reference[0] * tx + reference[1] * ty + reference[2] * tz;
        double ux = reference[0] - dot * tx;
        double uy = reference[1] - dot * ty;
        double uz = reference[2] - dot * tz;
        double u = Math.sqrt(ux * ux + uy * uy + uz * uz);
        if (!(u > 1e-9)) {
          reference = Math.abs(tx) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
          dot = reference[0] * tx + reference[1] * ty + reference[2] * tz;
          ux = reference[0] - dot * tx;
          uy = reference[1] - dot * ty;
          uz = reference[2] - dot * tz;
          u = Math.sqrt(ux * ux + uy * uy + uz * uz);
        }
        ux /= u;
        uy /= u;
        uz /= u;
        double wx = ty * uz - tz * uy;
        double wy = tz * ux - tx * uz;
        double wz = tx * uy - ty * ux;
        previousSide = new double[] {ux, uy, uz};
        for (int side = 0; side < 3; side++) {
          double c = radius * COS[side];
          double s = radius * SIN[side];
          int v = 3 * (at + side);
          vertices[v] = (float) (positions[at] + c * ux + s * wx);
          vertices[v + 1] = (float) (positions[at + 1] + c * uy + s * wy);
          vertices[v + 2] = (float) (positions[at + 2] + c * uz + s * wz);
        }
      }
    }
    mesh.getPoints().set(0, vertices, 0, vertices.length);
  }

  public void setVisible(boolean visible) {
    view.setVisible(visible && lines > 0);
  }

  boolean isVisible() {
    return view.isVisible();
  }
}
