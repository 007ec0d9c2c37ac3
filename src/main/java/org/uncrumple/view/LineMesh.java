package org.uncrumple.view;

import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;

/**
 * Polylines drawn about a pixel wide. JavaFX 3D has no line primitive, so each line is a flat
 * ribbon turned to face the camera: at each point p with direction t along the line, two vertices p
 * ± w·s with s = t × b / |t × b| (b points back to the camera), two triangles per piece. A ribbon
 * is the cheapest geometry that draws a line on a software renderer: a tube needs three times the
 * vertices and triangles, and a mesh in {@code DrawMode.LINE} takes Mesa's slow path (measured: a
 * 9×9×9 lattice in line mode cost a quarter of the frame rate, as ribbons next to nothing).
 *
 * <p>The half-width w grows with the camera's distance ({@link #orient}), so the lines keep their
 * width on screen however near the camera comes. The mesh has user-given normals ({@link
 * VertexFormat#POINT_NORMAL_TEXCOORD}: one, b), so moving the points updates the renderer's vertex
 * buffer in place, and its colour comes from the self-illumination map over a black diffuse colour,
 * so it does not depend on the lights. The lines keep their number and length; only their points
 * and the camera move. FX thread only.
 */
public final class LineMesh {
  /** Half a line's width per unit of camera distance: about a pixel wide in a 600-pixel view. */
  static final double HALF_WIDTH_PER_DISTANCE = 0.00045;

  private static final VertexFormat FORMAT = VertexFormat.POINT_NORMAL_TEXCOORD;

  private TriangleMesh mesh = new TriangleMesh(FORMAT);
  private final MeshView view = new MeshView(mesh);
  private final PhongMaterial material = new PhongMaterial();
  private final double[] right = {1, 0, 0};
  private final double[] back = {0, 0, 1};
  private double halfWidth = HALF_WIDTH_PER_DISTANCE * CameraPose.DEFAULT.distance();
  private int lines;
  private int pointsPerLine;
  private float[] vertices = new float[0];
  private float[] positions;

  public LineMesh(Color colour) {
    // Distinct texture coordinates: the renderer derives tangents from them.
    mesh.getTexCoords().addAll(0.25f, 0.25f, 0.75f, 0.25f, 0.25f, 0.75f, 0.75f, 0.75f);
    mesh.getNormals().addAll(0, 0, 1);
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
    positions = null;
    int points = lines * pointsPerLine;
    // Vertex 2i is point i of the lines pushed to one side, vertex 2i + 1 to the other.
    vertices = new float[6 * points];
    int segments = Math.max(0, pointsPerLine - 1);
    int[] faces = new int[lines * segments * 2 * 9];
    int f = 0;
    for (int line = 0; line < lines; line++) {
      for (int p = 0; p < segments; p++) {
        int a = 2 * (line * pointsPerLine + p);
        int b = a + 2;
        // (a−, a+, b+) and (a−, b+, b−), with texture coordinates 0, 1, 3 and 0, 3, 2.
        int[] corners = {a, a + 1, b + 1, a, b + 1, b};
        int[] uv = {0, 1, 3, 0, 3, 2};
        for (int j = 0; j < 6; j++) {
          faces[f++] = corners[j];
          faces[f++] = 0;
          faces[f++] = uv[j];
        }
      }
    }
    mesh.getPoints().setAll(vertices);
    mesh = MeshFaces.set(view, faces, faces.length);
  }

  /** Moves the lines to {@code positions}: line after line, point after point, × 3. */
  public void update(float[] positions) {
    this.positions = positions;
    writeVertices();
  }

  /**
   * Turns the ribbons to face the camera and sizes them for its distance.
   *
   * @param cameraFrame screen-right at 0..2 and back (towards the camera) at 6..8, as {@link
   *     OrbitCamera#frame}
   * @param distance the camera's distance from what it orbits
   */
  void orient(double[] cameraFrame, double distance) {
    System.arraycopy(cameraFrame, 0, right, 0, 3);
    System.arraycopy(cameraFrame, 6, back, 0, 3);
    halfWidth = HALF_WIDTH_PER_DISTANCE * distance;
    mesh.getNormals().set(0, new float[] {(float) back[0], (float) back[1], (float) back[2]}, 0, 3);
    if (positions != null) {
      writeVertices();
    }
  }

  private void writeVertices() {
    float[] at = positions;
    for (int line = 0; line < lines; line++) {
      for (int p = 0; p < pointsPerLine; p++) {
        int i = line * pointsPerLine + p;
        // t: towards the next point (from the previous one at a line's end).
        int from = p + 1 < pointsPerLine ? i : i - 1;
        double tx = from >= 0 ? at[3 * from + 3] - at[3 * from] : 1;
        double ty = from >= 0 ? at[3 * from + 4] - at[3 * from + 1] : 0;
        double tz = from >= 0 ? at[3 * from + 5] - at[3 * from + 2] : 0;
        // s = t × b, or screen-right where the line runs straight at the camera.
        double sx = ty * back[2] - tz * back[1];
        double sy = tz * back[0] - tx * back[2];
        double sz = tx * back[1] - ty * back[0];
        double length = Math.sqrt(sx * sx + sy * sy + sz * sz);
        if (!(length > 1e-9 * Math.sqrt(tx * tx + ty * ty + tz * tz)) || !(length > 0)) {
          sx = right[0];
          sy = right[1];
          sz = right[2];
          length = 1;
        }
        double w = halfWidth / length;
        float x = at[3 * i];
        float y = at[3 * i + 1];
        float z = at[3 * i + 2];
        vertices[6 * i] = (float) (x - w * sx);
        vertices[6 * i + 1] = (float) (y - w * sy);
        vertices[6 * i + 2] = (float) (z - w * sz);
        vertices[6 * i + 3] = (float) (x + w * sx);
        vertices[6 * i + 4] = (float) (y + w * sy);
        vertices[6 * i + 5] = (float) (z + w * sz);
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
