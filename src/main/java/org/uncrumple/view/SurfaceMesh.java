package org.uncrumple.view;

import javafx.scene.paint.Color;

/**
 * The decision surface: where the network changes its mind, found in input space and carried
 * through the stages like the sheets, and like them drawn by the point cloud among its dots as a
 * see-through, smoothly lit mesh ({@link SplatTriangles}). Its triangles change whenever the
 * weights do; its points move every frame. FX thread only.
 */
final class SurfaceMesh {
  static final Color COLOUR = Color.gray(0.2, 0.35);

  /** The strength of the surface's highlight where it faces the light squarely. */
  static final double SPECULAR = 0.2;

  private static final SplatTriangles.Paint PAINT =
      new SplatTriangles.Paint(
          COLOUR.getRed(), COLOUR.getGreen(), COLOUR.getBlue(), COLOUR.getOpacity(), SPECULAR);

  private final Runnable changed;
  private int[] triangles = new int[0];
  private float[] positions = new float[0];
  private float[] normals = new float[0];
  private boolean visible;

  /**
   * @param changed called when the picture must be drawn again
   */
  SurfaceMesh(Runnable changed) {
    this.changed = changed;
  }

  /**
   * Moves the surface to the first {@code vertices} points of {@code positions} (× 3), with {@code
   * triangles} (vertex index triples) as its faces.
   */
  void update(int[] triangles, float[] positions, int vertices) {
    if (this.positions.length != 3 * vertices) {
      this.positions = new float[3 * vertices];
      normals = new float[3 * vertices];
    }
    this.triangles = vertices == 0 ? new int[0] : triangles;
    System.arraycopy(positions, 0, this.positions, 0, 3 * vertices);
    VertexNormals.compute(this.positions, 0, vertices, this.triangles, normals);
    changed.run();
  }

  /** Draws the surface, or not; an empty surface is never drawn. */
  void setVisible(boolean on) {
    if (on != visible) {
      visible = on;
      changed.run();
    }
  }

  /** Whether the surface is drawn: asked to be, and not empty. */
  boolean isVisible() {
    return visible && triangles.length > 0;
  }

  /** The number of triangles drawn. */
  int triangleCount() {
    return triangles.length / 3;
  }

  void drawInto(PointSplat picture, PointSplat.View view) {
    if (isVisible()) {
      picture.triangles(view, positions, normals, triangles, PAINT);
    }
  }
}
