package org.uncrumple.view;

import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.DrawMode;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;

/**
 * Polylines drawn as lines one pixel wide. JavaFX 3D has no line primitive, but a mesh drawn in
 * {@link DrawMode#LINE} draws the edges of its triangles: each piece of a line from p to q is one
 * sliver of a triangle (p, q, p′), where p′ lies a hair's breadth ({@value #SLIVER} data units) off
 * p, so its long edges are the piece itself and its third edge is shorter than a pixel. One
 * triangle and one extra vertex per piece, where a tube would need six triangles and three vertices
 * per point, and the line is as thin on screen however near the camera comes.
 *
 * <p>The mesh has user-given normals ({@link VertexFormat#POINT_NORMAL_TEXCOORD}), so moving the
 * points updates the renderer's vertex buffer in place instead of rebuilding the mesh with
 * smoothing, and its colour comes from the self-illumination map over a black diffuse colour, so it
 * does not depend on the lights. The lines keep their number and length; only their points move. FX
 * thread only.
 */
public final class LineMesh {
  /** How far the third corner of each sliver lies off the line, in data units. */
  static final float SLIVER = 1e-4f;

  private static final VertexFormat FORMAT = VertexFormat.POINT_NORMAL_TEXCOORD;

  private final TriangleMesh mesh = new TriangleMesh(FORMAT);
  private final MeshView view = new MeshView(mesh);
  private final PhongMaterial material = new PhongMaterial();
  private int lines;
  private int pointsPerLine;
  private float[] vertices = new float[0];
  private float[] normals = new float[0];

  public LineMesh(Color colour) {
    // Three distinct texture coordinates: the renderer derives tangents from them.
    mesh.getTexCoords().addAll(0.25f, 0.25f, 0.75f, 0.25f, 0.25f, 0.75f);
    view.setMesh(mesh);
    view.setDrawMode(DrawMode.LINE);
    view.setCullFace(CullFace.NONE);
    view.setMaterial(material);
    view.setMouseTransparent(true);
    view.setVisible(false);
    setColour(colour);
  }

  public Node node() {
    return view;
  }

  /**
   * The lines' colour. Transparency is premultiplied into the glowing colour, as the renderer
   * blends premultiplied colours.
   */
  void setColour(Color colour) {
    double a = colour.getOpacity();
    WritableImage glow = new WritableImage(1, 1);
    glow.getPixelWriter()
        .setColor(
            0, 0, Color.color(colour.getRed() * a, colour.getGreen() * a, colour.getBlue() * a));
    material.setDiffuseColor(Color.color(0, 0, 0, a));
    material.setSpecularColor(Color.TRANSPARENT);
    material.setSelfIlluminationMap(glow);
  }

  /** Makes room for {@code lines} lines of {@code pointsPerLine} points each. */
  public void setShape(int lines, int pointsPerLine) {
    if (lines == this.lines && pointsPerLine == this.pointsPerLine) {
      return;
    }
    this.lines = lines;
    this.pointsPerLine = pointsPerLine;
    int points = lines * pointsPerLine;
    // Vertex 2i is point i of the lines, vertex 2i + 1 its sliver corner.
    vertices = new float[6 * points];
    normals = new float[6 * points];
    int segments = Math.max(0, pointsPerLine - 1);
    int[] faces = new int[lines * segments * 9];
    int f = 0;
    for (int line = 0; line < lines; line++) {
      for (int p = 0; p < segments; p++) {
        int a = line * pointsPerLine + p;
        int[] corners = {2 * a, 2 * (a + 1), 2 * a + 1};
        for (int j = 0; j < 3; j++) {
          faces[f++] = corners[j];
          faces[f++] = corners[j];
          faces[f++] = j;
        }
      }
    }
    mesh.getPoints().setAll(vertices);
    mesh.getNormals().setAll(normals);
    mesh.getFaces().setAll(faces);
  }

  /** Moves the lines to {@code positions}: line after line, point after point, × 3. */
  public void update(float[] positions) {
    for (int line = 0; line < lines; line++) {
      for (int p = 0; p < pointsPerLine; p++) {
        int i = line * pointsPerLine + p;
        // The piece's direction t (towards the next point, or from the previous at the end).
        int from = p + 1 < pointsPerLine ? i : i - 1;
        float x = positions[3 * i];
        float y = positions[3 * i + 1];
        float z = positions[3 * i + 2];
        vertices[6 * i] = x;
        vertices[6 * i + 1] = y;
        vertices[6 * i + 2] = z;
        double tx = from >= 0 ? positions[3 * from + 3] - positions[3 * from] : 1;
        double ty = from >= 0 ? positions[3 * from + 4] - positions[3 * from + 1] : 0;
        double tz = from >= 0 ? positions[3 * from + 5] - positions[3 * from + 2] : 0;
        // s = t × a, a the axis least along t: off the piece, so the sliver is never flat.
        double ax = Math.abs(tx);
        double ay = Math.abs(ty);
        double az = Math.abs(tz);
        double sx;
        double sy;
        double sz;
        if (ax <= ay && ax <= az) {
          sx = 0;
          sy = tz;
          sz = -ty;
        } else if (ay <= az) {
          sx = -tz;
          sy = 0;
          sz = tx;
        } else {
          sx = ty;
          sy = -tx;
          sz = 0;
        }
        double length = Math.sqrt(sx * sx + sy * sy + sz * sz);
        if (!(length > 1e-12)) {
          sx = 1;
          sy = 0;
          sz = 0;
          length = 1;
        }
        sx /= length;
        sy /= length;
        sz /= length;
        vertices[6 * i + 3] = (float) (x + SLIVER * sx);
        vertices[6 * i + 4] = (float) (y + SLIVER * sy);
        vertices[6 * i + 5] = (float) (z + SLIVER * sz);
        // The sliver's own normal t × s: the renderer builds each vertex's tangent frame from the
        // normal and the sliver's edges, which must not be parallel to it (a fixed normal along a
        // line would give no frame, and the line would come out black).
        double nx = ty * sz - tz * sy;
        double ny = tz * sx - tx * sz;
        double nz = tx * sy - ty * sx;
        double n = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (!(n > 1e-12)) {
          nx = 0;
          ny = 0;
          nz = 1;
          n = 1;
        }
        for (int k = 0; k < 2; k++) {
          normals[6 * i + 3 * k] = (float) (nx / n);
          normals[6 * i + 3 * k + 1] = (float) (ny / n);
          normals[6 * i + 3 * k + 2] = (float) (nz / n);
        }
      }
    }
    mesh.getPoints().set(0, vertices, 0, vertices.length);
    mesh.getNormals().set(0, normals, 0, normals.length);
  }

  public void setVisible(boolean visible) {
    view.setVisible(visible && lines > 0);
  }

  boolean isVisible() {
    return view.isVisible();
  }
}
