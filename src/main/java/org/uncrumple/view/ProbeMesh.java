package org.uncrumple.view;

import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;

/**
 * Probe points off the data, each a small grey octahedron ({@link OctahedronMesh}). Their size
 * follows the points' ({@link #setRadius}), so they look as big on screen however near the camera
 * comes. The probes lie at random, so while the view moves any first part of them drawn is a fair
 * sample of the space around the data. FX thread only.
 */
final class ProbeMesh {
  static final Color COLOUR = Color.gray(0.45);
  static final float RADIUS = 0.018f;

  /** A probe's radius as a share of a point's: a little smaller than a point. */
  static final double OF_POINT_RADIUS = RADIUS / PointCloud.DEFAULT_RADIUS;

  private final OctahedronMesh probes = new OctahedronMesh(new float[] {0, 0}, RADIUS);

  ProbeMesh() {
    PhongMaterial material = new PhongMaterial(COLOUR);
    material.setSpecularColor(Color.TRANSPARENT);
    probes.view().setMaterial(material);
  }

  Node node() {
    return probes.node();
  }

  /** Makes room for {@code count} probes; all are drawn until told otherwise. */
  void setCount(int count) {
    probes.setPoints(IntStream.range(0, count).toArray(), p -> 0, 0);
  }

  /** Draws the first {@code limit} probes (all when the limit exceeds the count). */
  void showAtMost(int limit) {
    probes.showAtMost(limit);
  }

  /** How many probes are drawn. */
  int drawnCount() {
    return probes.drawnCount();
  }

  /** The probes' radius in data units; redraws them at once if they have positions. */
  void setRadius(double value) {
    probes.setRadius((float) value);
  }

  /** Moves the probes to {@code positions} (× 3); only the drawn ones are written. */
  void update(float[] positions) {
    probes.update(positions);
  }

  void setVisible(boolean visible) {
    probes.setVisible(visible);
  }

  boolean isVisible() {
    return probes.isVisible();
  }
}
