package org.uncrumple.app;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;

/**
 * The network as a row of clickable boxes, one per stage: Input, then for each hidden layer its
 * five steps (rotate, stretch, rotate, shift, squash) under a header with the layer's width and
 * activation and how it is shown, then Output. Clicking a box glides the view there; the box of the
 * stage in view is highlighted.
 */
final class NetworkStrip extends ScrollPane {
  private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
  private static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");
  private static final String[] STEP_NAMES = {"rotate", "stretch", "rotate", "shift", "squash"};
  private static final String[] STEP_HINTS = {
    "Turn space rigidly (the Vᵀ of W = U·Σ·Vᵀ)",
    "Stretch or squeeze along the axes (the Σ of W = U·Σ·Vᵀ)",
    "Turn space rigidly again (the U of W = U·Σ·Vᵀ)",
    "Slide everything by the bias b",
    "Apply the activation to each coordinate: the only step that bends space"
  };

  private final HBox row = new HBox();
  private final List<Label> boxes = new ArrayList<>();
  private final StageNavigator navigator;

  NetworkStrip(StageNavigator navigator) {
    this.navigator = navigator;
    getStyleClass().add("network-strip");
    row.getStyleClass().add("strip-row");
    row.setAlignment(Pos.BOTTOM_LEFT);
    setContent(row);
    setFitToHeight(true);
    setVbarPolicy(ScrollBarPolicy.NEVER);
    setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
    navigator.positionProperty().addListener(o -> highlight());
  }

  /** Rebuilds the boxes for a network. */
  void show(Architecture architecture) {
    row.getChildren().clear();
    boxes.clear();
    row.getChildren().add(group("", "", single("Input", "The data as it comes in")));
    int width = architecture.inputs();
    List<LayerSpec> hidden = architecture.hidden();
    for (int l = 0; l < hidden.size(); l++) {
      LayerSpec layer = hidden.get(l);
      HBox steps = new HBox();
      steps.getStyleClass().add("steps");
      for (int s = 0; s < STEP_NAMES.length; s++) {
        steps.getChildren().add(box(STEP_NAMES[s], "Layer " + (l + 1) + ": " + STEP_HINTS[s]));
      }
      String header =
          String.format(
              "Layer %d · %d → %d · %s", l + 1, width, layer.width(), layer.activation().id());
      row.getChildren().add(group(header, shownAs(layer.width()), steps));
      width = layer.width();
    }
    row.getChildren()
        .add(
            group(
                "",
                "",
                single(
                    "Output",
                    "The last layer: one flat boundary per pair of classes, drawn as a plane")));
    highlight();
  }

  /** How a stage of this width is drawn. */
  static String shownAs(int width) {
    switch (width) {
      case 1:
        return "on a line";
      case 2:
        return "in a plane";
      case 3:
        return "in 3D";
      default:
        return width + "-D, seen in 3D (PCA)";
    }
  }

  List<Label> boxes() {
    return boxes;
  }

  private Label single(String text, String hint) {
    Label box = box(text, hint);
    box.getStyleClass().add("end-box");
    return box;
  }

  private Label box(String text, String hint) {
    int stage = boxes.size();
    Label box = new Label(text);
    box.getStyleClass().add("stage-box");
    box.setTooltip(new Tooltip(hint));
    box.setOnMouseClicked(e -> navigator.stepTo(stage));
    box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    boxes.add(box);
    return box;
  }

  private static VBox group(String header, String shown, javafx.scene.Node content) {
    Label title = new Label(header);
    title.getStyleClass().add("layer-title");
    Label subtitle = new Label(shown);
    subtitle.getStyleClass().add("layer-shown");
    VBox group = new VBox(title, subtitle, content);
    group.getStyleClass().add("layer-group");
    group.setAlignment(Pos.BOTTOM_CENTER);
    return group;
  }

  private void highlight() {
    int current = navigator.nearestStage();
    for (int i = 0; i < boxes.size(); i++) {
      boxes.get(i).pseudoClassStateChanged(CURRENT, i == current);
      boxes.get(i).pseudoClassStateChanged(PASSED, i < current);
    }
  }
}
