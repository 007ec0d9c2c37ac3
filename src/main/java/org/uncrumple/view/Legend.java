package org.uncrumple.view;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;

/**
 * The class names with their colours, over a corner of the 3D view; each entry also carries its
 * colour's name (a screen reader says it).
 */
public final class Legend extends FlowPane {
  public Legend() {
    getStyleClass().add("legend");
    setAlignment(Pos.TOP_LEFT);
    setMouseTransparent(true);
    setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
  }

  /** Shows one entry per class, in class order. */
  public void show(List<String> classNames) {
    getChildren().clear();
    for (int i = 0; i < classNames.size(); i++) {
      Circle swatch = new Circle(6, Palette.colour(i));
      Label name = new Label(classNames.get(i), swatch);
      name.getStyleClass().add("legend-entry");
      // Named in words too, for anyone who cannot tell two colours apart.
      name.setAccessibleHelp(Palette.name(i));
      getChildren().add(name);
    }
  }
}
