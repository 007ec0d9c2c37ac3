package org.uncrumple.view;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;

/**
 * The twelve edges of the cube [−1, 1]³, drawn as thin unlit bars so the eye can tell which way is
 * up and how the data sit in space. FX thread only.
 */
final class BoundingCube {
  private static final double HALF = 1;
  private static final double THICKNESS = 0.007;

  private final Group group = new Group();
  private final PhongMaterial material = new PhongMaterial(Color.BLACK);
  private final ObjectProperty<Color> colour = new SimpleObjectProperty<>(this, "colour");

  BoundingCube() {
    double length = 2 * HALF + THICKNESS;
    for (int a = -1; a <= 1; a += 2) {
      for (int b = -1; b <= 1; b += 2) {
        group.getChildren().add(edge(length, THICKNESS, THICKNESS, 0, a * HALF, b * HALF));
        group.getChildren().add(edge(THICKNESS, length, THICKNESS, a * HALF, 0, b * HALF));
        group.getChildren().add(edge(THICKNESS, THICKNESS, length, a * HALF, b * HALF, 0));
      }
    }
    group.setMouseTransparent(true);
    colour.addListener((obs, was, now) -> material.setSelfIlluminationMap(flat(now)));
    colour.set(Color.GRAY);
  }

  /** The colour of the edges; unlit, so it shows exactly as given. */
  ObjectProperty<Color> colourProperty() {
    return colour;
  }

  Node node() {
    return group;
  }

  private Box edge(double w, double h, double d, double x, double y, double z) {
    Box box = new Box(w, h, d);
    box.setTranslateX(x);
    box.setTranslateY(y);
    box.setTranslateZ(z);
    box.setMaterial(material);
    return box;
  }

  private static WritableImage flat(Color c) {
    WritableImage image = new WritableImage(1, 1);
    image.getPixelWriter().setColor(0, 0, c);
    return image;
  }
}
