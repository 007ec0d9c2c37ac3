package org.uncrumple.view;

import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;

/**
 * The held-out test points, each a small octahedron in its class colour whose every face has a dark
 * rim: an outlined gem, told apart at a glance from the flat, rimless specks of the training points
 * in the light and the dark theme alike ({@link OctahedronMesh}).
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

  /** The face triangle inside a block, in texels: the three corners a face's corners map to. */
  private static final double[][] TRIANGLE = {
    {0.5, 0.5}, {BLOCK - 0.5, 0.5}, {BLOCK / 2.0, BLOCK - 0.5}
  };

  /** The order's seed: the same test points always come first. */
  private static final long ORDER_SEED = 0x7E57L;

  private final OctahedronMesh gems = new OctahedronMesh(texCoords(), RADIUS);

  TestPointMesh() {
    PhongMaterial material = new PhongMaterial(Color.BLACK);
    material.setSelfIlluminationMap(atlas());
    material.setSpecularColor(Color.TRANSPARENT);
    gems.view().setMaterial(material);
  }

  Node node() {
    return gems.node();
  }

  /** Makes room for one gem per label, coloured by it; all are drawn until told otherwise. */
  void setPoints(int[] labels) {
    gems.setPoints(
        ShuffledPoints.order(labels.length, ORDER_SEED),
        point -> 3 * Math.floorMod(labels[point], Palette.size()),
        1);
  }

  /**
   * Moves the gems to {@code positions} (× 3, in the test points' own order); only the drawn ones
   * are written. The array is read again when more are drawn.
   */
  void update(float[] positions) {
    gems.update(positions);
  }

  /**
   * Draws the first {@code limit} gems of the random order (all when the limit exceeds the count).
   */
  void showAtMost(int limit) {
    gems.showAtMost(limit);
  }

  /** How many gems are drawn. */
  int drawnCount() {
    return gems.drawnCount();
  }

  /** The test point drawn in slot {@code slot} (below {@link #drawnCount()}). */
  int pointInSlot(int slot) {
    return gems.pointInSlot(slot);
  }

  void setVisible(boolean visible) {
    gems.setVisible(visible);
  }

  boolean isVisible() {
    return gems.isVisible();
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
