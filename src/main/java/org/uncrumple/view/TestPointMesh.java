package org.uncrumple.view;

import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;

/**
 * The held-out test points, each a small octahedron in its class colour whose every face has a dark
 * rim: an outlined gem, told apart at a glance from the flat, rimless specks of the training points
 * in the light and the dark theme alike. An octahedron looks the same from every side, so it needs
 * no turning towards the camera; all of them share one mesh whose points move every frame.
 *
 * <p>Like the training points, the gems are drawn in a fixed random order and only the first of
 * them while the view moves ({@link #showAtMost}): 25,000 gems are 200,000 triangles, which a
 * renderer without a graphics card cannot redraw many times a second. Any first part of a random
 * order is a fair sample of every class.
 *
 * <p>Colours come from a small texture, one block per class (a triangle of the class colour inside
 * a dark rim), used as the self-illumination map over a black diffuse colour, so lights never shade
 * them and the class colours stay exact. FX thread only.
 */
final class TestPointMesh {
  /** Half the gem's width in data units: larger than a training point's triangle. */
  static final float RADIUS = 0.034f;

  /**
   * The rim's colour: the ink of the light theme, dark enough to read on the dark theme's paper.
   */
  static final Color RIM = Color.web("#1f2430");

  /** Texels per class block side; the rim is {@link #RIM_TEXELS} wide inside it. */
  static final int BLOCK = 16;

  static final double RIM_TEXELS = 1.6;

  private static final float[][] CORNERS = Octahedron.CORNERS;
  private static final int[][] FACES = Octahedron.FACES;

  /** The face triangle inside a block, in texels: the three corners a face's corners map to. */
  private static final double[][] TRIANGLE = {
    {0.5, 0.5}, {BLOCK - 0.5, 0.5}, {BLOCK / 2.0, BLOCK - 0.5}
  };

  /** The order's seed: the same test points always come first. */
  private static final long ORDER_SEED = 0x7E57L;

  private static final int FLOATS_PER_GEM = CORNERS.length * 3;
  private static final int INTS_PER_GEM = FACES.length * 9;

  private TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
  private final MeshView view = new MeshView(mesh);
  private int count;
  private int drawn;
  private int[] order = new int[0];
  private int[] faces = new int[0];
  private float[] vertices = new float[0];
  private float[] positions;

  TestPointMesh() {
    mesh.getTexCoords().setAll(texCoords());
    // Without normals of its own, 25,000 gems at rest were rebuilt whole on every new weight.
    Octahedron.addCornerNormals(mesh);
    PhongMaterial material = new PhongMaterial(Color.BLACK);
    material.setSelfIlluminationMap(atlas());
    material.setSpecularColor(Color.TRANSPARENT);
    view.setMaterial(material);
    view.setCullFace(CullFace.BACK);
    view.setMouseTransparent(true);
    view.setVisible(false);
  }

  Node node() {
    return view;
  }

  /** Makes room for one gem per label, coloured by it; all are drawn until told otherwise. */
  void setPoints(int[] labels) {
    count = labels.length;
    drawn = count;
    order = ShuffledPoints.order(count, ORDER_SEED);
    positions = null;
    vertices = new float[count * FLOATS_PER_GEM];
    faces = new int[count * INTS_PER_GEM];
    int f = 0;
    for (int slot = 0; slot < count; slot++) {
      int firstTexCoord = 3 * Math.floorMod(labels[order[slot]], Palette.size());
      for (int[] face : FACES) {
        for (int j = 0; j < 3; j++) {
          faces[f++] = slot * CORNERS.length + face[j];
          faces[f++] = face[j];
          faces[f++] = firstTexCoord + j;
        }
      }
    }
    resizeMesh();
  }

  /**
   * Moves the gems to {@code positions} (× 3, in the test points' own order); only the drawn ones
   * are written. The array is read again when more are drawn.
   */
  void update(float[] positions) {
    this.positions = positions;
    writeVertices();
    mesh.getPoints().set(0, vertices, 0, drawn * FLOATS_PER_GEM);
  }

  /**
   * Draws the first {@code limit} gems of the random order (all when the limit exceeds the count).
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

  /** How many gems are drawn. */
  int drawnCount() {
    return drawn;
  }

  /** The test point drawn in slot {@code slot} (below {@link #drawnCount()}). */
  int pointInSlot(int slot) {
    return order[slot];
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
          vertices[v++] = positions[3 * p + k] + RADIUS * corner[k];
        }
      }
    }
  }

  /**
   * The mesh holds the drawn gems only (the renderer sizes its buffers by the points array); more
   * of them than it has make a new mesh ({@link MeshFaces}), fewer resize the same one.
   */
  private void resizeMesh() {
    mesh.getPoints().setAll(vertices, 0, drawn * FLOATS_PER_GEM);
    mesh = MeshFaces.set(view, faces, drawn * INTS_PER_GEM);
  }

  void setVisible(boolean visible) {
    view.setVisible(visible && count > 0);
  }

  boolean isVisible() {
    return view.isVisible();
  }

  /** Three texture coordinates per class: the corners of its block's face triangle. */
  static float[] texCoords() {
    int classes = Palette.size();
    float width = ClassAtlas.blocks() * BLOCK;
    float[] uv = new float[classes * 6];
    for (int c = 0; c < classes; c++) {
      for (int j = 0; j < 3; j++) {
        uv[6 * c + 2 * j] = (float) ((c * BLOCK + TRIANGLE[j][0]) / width);
        uv[6 * c + 2 * j + 1] = (float) (TRIANGLE[j][1] / BLOCK);
      }
    }
    return uv;
  }

  /** One block per class: the rim colour within {@link #RIM_TEXELS} of the triangle's edges. */
  static Image atlas() {
    int classes = Palette.size();
    WritableImage image = new WritableImage(ClassAtlas.blocks() * BLOCK, BLOCK);
    PixelWriter writer = image.getPixelWriter();
    for (int c = 0; c < classes; c++) {
      Color fill = Palette.colour(c);
      for (int x = 0; x < BLOCK; x++) {
        for (int y = 0; y < BLOCK; y++) {
          boolean rim = distanceToEdges(x + 0.5, y + 0.5) < RIM_TEXELS;
          writer.setColor(c * BLOCK + x, y, rim ? RIM : fill);
        }
      }
    }
    return image;
  }

  /** Distance from (x, y) to the nearest edge line of the face triangle, in texels. */
  static double distanceToEdges(double x, double y) {
    double nearest = Double.MAX_VALUE;
    for (int j = 0; j < 3; j++) {
      double[] a = TRIANGLE[j];
      double[] b = TRIANGLE[(j + 1) % 3];
      double ex = b[0] - a[0];
      double ey = b[1] - a[1];
      double cross = Math.abs(ex * (y - a[1]) - ey * (x - a[0]));
      nearest = Math.min(nearest, cross / Math.hypot(ex, ey));
    }
    return nearest;
  }
}
