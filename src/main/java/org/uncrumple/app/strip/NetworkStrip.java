package org.uncrumple.app.strip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.uncrumple.app.look.LayoutFence;
import org.uncrumple.app.model.StageNavigator;
import org.uncrumple.geometry.LayerCharacter;
import org.uncrumple.geometry.StageMeasures;
import org.uncrumple.geometry.StagePath;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;

/**
 * The network as a row of clickable boxes, one per stage: Input, then for each hidden layer its
 * five steps (rotate, stretch, rotate, shift, squash) under a header with the layer's width and
 * activation and how it is shown, then Output. Clicking a box glides the view there; the box of the
 * stage in view is highlighted.
 */
public final class NetworkStrip extends ScrollPane {
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
  private final List<Label> measures = new ArrayList<>();
  private final List<Label> warnings = new ArrayList<>();
  private final List<Tooltip> hints = new ArrayList<>();
  private final List<Label> shapes = new ArrayList<>();
  private final StageNavigator navigator;

  public NetworkStrip(StageNavigator navigator) {
    this.navigator = navigator;
    getStyleClass().add("network-strip");
    row.getStyleClass().add("strip-row");
    row.setAlignment(Pos.BOTTOM_LEFT);
    // The measures under the boxes change while training runs: only the row is laid out again.
    setContent(new LayoutFence(row));
    setFitToHeight(true);
    setVbarPolicy(ScrollBarPolicy.NEVER);
    setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
    navigator.positionProperty().addListener(o -> highlight());
  }

  /** Its height depends on its width (a scroll bar or not), so parents pass the width they give. */
  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  /**
   * Tall enough for the whole row and, when the row is wider than the strip, the scroll bar under
   * it: a scroll pane's own height leaves the bar out, and the bar then covered the lowest line of
   * figures (in presenter mode on a 1280-pixel projector).
   */
  @Override
  protected double computePrefHeight(double width) {
    Insets insets = getInsets();
    double available = (width < 0 ? getWidth() : width) - insets.getLeft() - insets.getRight();
    double height = insets.getTop() + getContent().prefHeight(-1) + insets.getBottom();
    return getContent().prefWidth(-1) > available ? height + scrollBarHeight() : height;
  }

  @Override
  protected double computeMinHeight(double width) {
    return computePrefHeight(width);
  }

  /** The horizontal scroll bar's height once the skin made it; a usual one before. */
  private double scrollBarHeight() {
    for (Node node : lookupAll(".scroll-bar")) {
      if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
        return bar.prefHeight(-1);
      }
    }
    return 14;
  }

  /** Rebuilds the boxes for a network. */
  public void show(Architecture architecture) {
    row.getChildren().clear();
    boxes.clear();
    measures.clear();
    warnings.clear();
    hints.clear();
    shapes.clear();
    row.getChildren()
        .add(
            group(
                "",
                architecture.inputs() > 3 ? shownAs(architecture.inputs()) : "",
                single("Input", "The data as it comes in"),
                null,
                true));
    int width = architecture.inputs();
    List<LayerSpec> hidden = architecture.hidden();
    for (int l = 0; l < hidden.size(); l++) {
      LayerSpec layer = hidden.get(l);
      HBox steps = new HBox();
      steps.getStyleClass().add("steps");
      for (int s = 0; s < STEP_NAMES.length; s++) {
        steps
            .getChildren()
            .add(boxWithMeasure(box(STEP_NAMES[s], "Layer " + (l + 1) + ": " + STEP_HINTS[s])));
      }
      String header =
          String.format(
              "Layer %d · %d → %d · %s", l + 1, width, layer.width(), layer.activation().id());
      Label warning = new Label();
      warning.getStyleClass().add("layer-warning");
      // Always laid out, so the strip keeps its height when a warning comes or goes.
      warning.setVisible(false);
      warnings.add(warning);
      row.getChildren().add(group(header, shownAs(layer.width()), steps, warning, true));
      width = layer.width();
    }
    row.getChildren()
        .add(
            group(
                "",
                "",
                single(
                    "Output",
                    "The last layer: one flat boundary per pair of classes, drawn as a plane"),
                null,
                false));
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

  /**
   * What the picture of the input and of each layer's output is, as the newest trace measured it,
   * e.g. "64-D seen in 3D · 31 % of the spread": the input first, then one per layer. The input's
   * words are shown only when it is wider than three (a 3-D input is simply the data).
   */
  public void showShapes(StagePath path) {
    List<String> seenAs = new ArrayList<>();
    // The input is stage 0; each layer's output is the last of its five steps.
    for (int stage = 0; stage < path.stageCount(); stage += STEP_NAMES.length) {
      seenAs.add(path.seenAs(stage));
    }
    for (int i = 0; i < shapes.size() && i < seenAs.size(); i++) {
      Label shape = shapes.get(i);
      String text = i == 0 && !seenAs.get(0).contains("-D") ? "" : seenAs.get(i);
      if (!text.equals(shape.getText())) {
        shape.setText(text);
      }
    }
  }

  /** The words under each group's title: the input's, then each layer's. */
  public List<Label> shapes() {
    return shapes;
  }

  public List<Label> boxes() {
    return boxes;
  }

  /** The measure under each stage's box. */
  public List<Label> measures() {
    return measures;
  }

  /** Each hidden layer's warning mark (invisible when there is nothing to say). */
  public List<Label> warnings() {
    return warnings;
  }

  /**
   * Shows under each box how separable the classes are there and how flat the sheets are, and marks
   * layers that collapse, mirror or press space flat.
   *
   * @param stageMeasures null to clear the numbers
   */
  public void showMeasures(StageMeasures stageMeasures, List<LayerCharacter> characters) {
    showMeasures(stageMeasures, characters, null);
  }

  /**
   * The same, with the accuracy on the held-out test points in the output box (null when nothing is
   * held out or measured yet). The split and flat measures are always of the training points.
   */
  public void showMeasures(
      StageMeasures stageMeasures, List<LayerCharacter> characters, Double testAccuracy) {
    for (int stage = 0; stage < measures.size(); stage++) {
      Label label = measures.get(stage);
      if (stageMeasures == null || stage >= stageMeasures.separability().length) {
        label.setText(" \n ");
        hints.get(stage).setText("Not measured yet");
        continue;
      }
      double separable = stageMeasures.separability()[stage];
      double[][] flatness = stageMeasures.flatness();
      StringBuilder text = new StringBuilder(percent(separable)).append(" split");
      StringBuilder hint =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "Split: the best single flat cut through this stage puts %s of the training"
                      + " points on their own class's side.",
                  percent(separable)));
      if (flatness.length > 0) {
        double sum = 0;
        for (double[] sheet : flatness) {
          sum += sheet[stage];
        }
        text.append('\n').append(percent(sum / flatness.length)).append(" flat");
        hint.append("\nFlat: share of each sheet's spread that lies in its best-fitting plane (");
        for (int k = 0; k < flatness.length; k++) {
          hint.append(k == 0 ? "" : ", ").append(percent(flatness[k][stage]));
        }
        hint.append("); 100 % is perfectly flat paper.");
      }
      boolean output = stage == measures.size() - 1;
      if (output && testAccuracy != null) {
        // The output box trades its flat line for the test accuracy: there the question is how
        // well the answers hold on points the network never saw.
        text.setLength(text.indexOf(" split") + " split".length());
        text.append('\n').append(percent(testAccuracy)).append(" test");
        hint.append(
            String.format(
                Locale.ROOT,
                "\nTest: the network answers %s of the held-out test points right.",
                percent(testAccuracy)));
      } else if (flatness.length == 0) {
        text.append("\n "); // two lines always, so the strip keeps its height
      }
      hint.append("\nSplit and flat are measured on the training points only.");
      label.setText(text.toString());
      hints.get(stage).setText(hint.toString());
    }
    for (int l = 0; l < warnings.size(); l++) {
      Label warning = warnings.get(l);
      List<String> said = l < characters.size() ? characters.get(l).warnings() : List.of();
      warning.setVisible(!said.isEmpty());
      if (!said.isEmpty()) {
        LayerCharacter character = characters.get(l);
        List<String> marks = new ArrayList<>();
        if (character.collapses()) {
          marks.add("flattens");
        }
        if (character.flips()) {
          marks.add("mirrors");
        }
        if (character.presses()) {
          marks.add(character.pressMark());
        }
        warning.setText("⚠ " + String.join(" · ", marks));
        Tooltip tip = warning.getTooltip();
        if (tip == null) {
          tip = new Tooltip();
          tip.setWrapText(true);
          tip.setMaxWidth(420);
          warning.setTooltip(tip);
        }
        tip.setText(String.join("\n", said));
      }
    }
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  private VBox single(String text, String hint) {
    Label box = box(text, hint);
    box.getStyleClass().add("end-box");
    return boxWithMeasure(box);
  }

  private Label box(String text, String hint) {
    int stage = boxes.size();
    Label box = new Label(text);
    box.getStyleClass().add("stage-box");
    box.setTooltip(new Tooltip(hint));
    box.setOnMouseClicked(e -> navigator.stepTo(stage));
    box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    boxes.add(box);
    Label measure = new Label(" \n ");
    measure.getStyleClass().add("stage-measure");
    measure.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    Tooltip measureHint = new Tooltip("Not measured yet");
    measureHint.setWrapText(true);
    measureHint.setMaxWidth(420);
    measure.setTooltip(measureHint);
    measures.add(measure);
    hints.add(measureHint);
    return box;
  }

  /** A stage's box with its measure under it. */
  private VBox boxWithMeasure(Label box) {
    VBox column = new VBox(box, measures.get(boxes.indexOf(box)));
    column.setAlignment(Pos.TOP_CENTER);
    column.getStyleClass().add("stage-column");
    return column;
  }

  /**
   * @param warning the layer's warning mark, or null
   */
  /**
   * @param shapeShown whether the subtitle says what the picture of this group's stage is (the
   *     input and each layer; not the output)
   */
  private VBox group(
      String header, String shown, javafx.scene.Node content, Label warning, boolean shapeShown) {
    Label title = new Label(header);
    title.getStyleClass().add("layer-title");
    Label subtitle = new Label(shown);
    subtitle.getStyleClass().add("layer-shown");
    subtitle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    if (shapeShown) {
      shapes.add(subtitle);
    }
    VBox group = new VBox(title, subtitle, content);
    if (warning != null) {
      group.getChildren().add(1, warning);
    }
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
