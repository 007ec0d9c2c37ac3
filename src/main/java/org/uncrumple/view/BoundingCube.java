package org.uncrumple.view;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.paint.Color;

/**
 * The twelve edges of the cube [−1, 1]³, drawn as unlit lines about a pixel wide ({@link LineMesh})
 * so the eye can tell which way is up and how the data sit in space, however near the framing
 * brings the camera. FX thread only.
 */
final class BoundingCube {
  private static final float HALF = 1;

  private final LineMesh edges = new LineMesh(Color.GRAY);
  private final ObjectProperty<Color> colour = new SimpleObjectProperty<>(this, "colour");

  BoundingCube() {
    float[] ends = new float[12 * 2 * 3];
    int at = 0;
    for (int a = -1; a <= 1; a += 2) {
      for (int b = -1; b <= 1; b += 2) {
        // An edge along x, one along y and one along z through (a, b) on the other two axes.
        float[][] edgesHere = {
          {-HALF, a * HALF, b * HALF, HALF, a * HALF, b * HALF},
          {a * HALF, -HALF, b * HALF, a * HALF, HALF, b * HALF},
          {a * HALF, b * HALF, -HALF, a * HALF, b * HALF, HALF}
        };
        for (float[] edge : edgesHere) {
          System.arraycopy(edge, 0, ends, at, 6);
          at += 6;
        }
      }
    }
    edges.setShape(12, 2);
    edges.update(ends);
    edges.setVisible(true);
    colour.addListener((obs, was, now) -> edges.setColour(now));
    colour.set(Color.GRAY);
  }

  /** The colour of the edges; unlit, so it shows exactly as given. */
  ObjectProperty<Color> colourProperty() {
    return colour;
  }

  Node node() {
    return edges.node();
  }

  /** Turns the edges to face the camera (see {@link LineMesh#orient}). */
  void orient(double[] cameraFrame, double distance) {
    edges.orient(cameraFrame, distance);
  }
}
