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

/**
 * The held-out test points, each a small octahedron in its class colour whose every face has a dark
 * rim: an outlined gem, told apart at a glance from the flat, rimless specks of the training points
 * in the light and the dark theme alike. An octahedron looks the same from every side, so it needs
 * no turning towards the camera; all of them share one mesh whose points move every frame.
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

  private static final float[][] CORNERS = {
    {1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}
  };
  private static final int[][] FACES = {
    {0, 2, 4}, {2, 1, 4}, {1, 3, 4}, {3, 0, 4}, {2, 0, 5}, {1, 2, 5}, {3, 1, 5}, {0, 3, 5}
  };

  /** The face triangle inside a block, in texels: the three corners a face's corners map to. */
  private static final double[][] TRIANGLE = {
    {0.5, 0.5}, {BLOCK - 0.5, 0.5}, {BLOCK / 2.0, BLOCK - 0.5}
  };

  private final TriangleMesh mesh = new TriangleMesh();
  private final MeshView view = new MeshView(mesh);
  private int count;
  private float[] vertices = new float[0];

  TestPointMesh() {
    mesh.getTexCoords().setAll(texCoords());
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

  /** Makes room for one gem per label, coloured by it. */
  void setPoints(int[] labels) {
    count = labels.length;
    vertices = new float[count * CORNERS.length * 3];
    int[] faces = new int[count * FACES.length * 6];
    int f = 0;
    for (int p = 0; p < count; p++) {
      int firstTexCoord = 3 * Math.floorMod(labels[p], Palette.size());
      for (int[] face : FACES) {
        for (int j = 0; j < 3; j++) {
          faces[f++] = p * CORNERS.length + face[j];
          faces[f++] = firstTexCoord + j;
        }
      }
    }
    mesh.getPoints().setAll(vertices);
    mesh.getFaces().setAll(faces);
  }

  /** Moves the gems to {@code positions} (× 3). */
  void update(float[] positions) {
    int v = 0;
    for (int p = 0; p < count; p++) {
      for (float[] corner : CORNERS) {
        for (int k = 0; k < 3; k++) {
          vertices[v++] = positions[3 * p + k] + RADIUS * corner[k];
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
