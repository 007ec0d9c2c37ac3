package org.uncrumple.app.lessons;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.lessons.LayerEdit;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.Network;
import org.uncrumple.train.Snapshot;

/**
 * Make a layer by hand: pick a hidden layer, type its W and b (or start from a preset) and watch
 * the view follow. Each change pauses training and hands the edited weights to the explorer ({@link
 * Explorer#setWeights}), which publishes them as an ordinary snapshot, so the window draws them
 * like any other. "Reset to trained" puts back the weights the editor started from.
 *
 * <p>FX thread only.
 */
public final class LayerEditor extends VBox {
  private static final double LIMIT = 100;
  private static final double STEP = 0.1;

  /**
   * The most rows and columns of W shown as cells. A wider layer (the digits' 32 × 64) would be
   * thousands of cells, seconds to build and far wider than a screen; its first rows and columns
   * are shown, and the presets set all of it.
   */
  static final int MOST_CELLS = 8;

  /**
   * A cell's text: up to two decimals, and "0" for a weight that rounds to nothing (the spinner's
   * own format wrote "-0" for a small negative weight).
   */
  static final StringConverter<Double> CELL_TEXT =
      new StringConverter<>() {
        private final DecimalFormat format =
            new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

        @Override
        public String toString(Double value) {
          if (value == null) {
            return "";
          }
          String text = format.format(value);
          return text.equals("-0") ? "0" : text;
        }

        @Override
        public Double fromString(String text) {
          try {
            return text == null || text.isBlank() ? 0.0 : format.parse(text.trim()).doubleValue();
          } catch (ParseException e) {
            throw new NumberFormatException("not a number: " + text);
          }
        }
      };

  public final ChoiceBox<String> layer = new ChoiceBox<>();
  final GridPane cells = new GridPane();
  public final Spinner<Double> amount = spinner(30);
  public final Button reset = new Button("Reset to trained");
  final Label clipped = new Label();
  public final List<Button> presets = new ArrayList<>();
  private final Explorer explorer;
  private final Network original;
  private Network edited;
  private final List<Spinner<Double>> weightCells = new ArrayList<>();
  private final List<Spinner<Double>> biasCells = new ArrayList<>();
  private boolean filling;
  private boolean trainedSinceEdit;

  // The explorer outlives the editor's window: these are removed again by close().
  private final ChangeListener<Boolean> training =
      (o, before, after) -> {
        if (after) {
          trainedSinceEdit = true;
        }
      };
  private final ChangeListener<Snapshot> snapshots =
      (o, before, after) -> {
        if (after != null && !after.running() && trainedSinceEdit) {
          trainedSinceEdit = false;
          edited = after.copyOfNetwork();
          fill();
        }
      };

  /** Edits the weights the explorer shows now; there must be a scene with a hidden layer open. */
  public LayerEditor(Explorer explorer) {
    this.explorer = explorer;
    this.original = explorer.snapshot().copyOfNetwork();
    this.edited = original.copy();
    getStyleClass().add("layer-editor");
    Architecture architecture = original.architecture();
    for (int l = 0; l < architecture.hidden().size(); l++) {
      layer
          .getItems()
          .add(
              String.format(
                  "Layer %d: %d × %d, %s",
                  l + 1,
                  architecture.width(l),
                  architecture.inputWidth(l),
                  architecture.activation(l).id()));
    }
    FlowPane presetBar = new FlowPane(6, 6);
    for (LayerEdit.Preset preset : LayerEdit.Preset.values()) {
      Button button = new Button(preset.label());
      button.setOnAction(e -> apply(preset));
      presets.add(button);
      presetBar.getChildren().add(button);
    }
    cells.setHgap(4);
    cells.setVgap(4);
    Label note =
        new Label(
            "z = W·a + b. Training pauses while you edit; press Train to let the network learn"
                + " on from your layer. Rotation uses the amount in degrees, shear as the factor.");
    note.setWrapText(true);
    note.setMaxWidth(420);
    setSpacing(8);
    setPadding(new Insets(10));
    getChildren()
        .addAll(
            new HBox(8, new Label("Edit"), layer),
            cells,
            clipped,
            new HBox(8, new Label("Amount"), amount),
            presetBar,
            reset,
            note);

    layer.getSelectionModel().selectedIndexProperty().addListener((o, b, a) -> fill());
    reset.setOnAction(e -> resetToTrained());
    // Training on while the editor is open moves every layer: once it pauses again, the cells
    // show the weights it reached, so the next edit starts from those rather than from old ones.
    explorer.trainingProperty().addListener(training);
    explorer.snapshotProperty().addListener(snapshots);
    layer.getSelectionModel().select(0);
  }

  /** Stops following the explorer, which outlives the editor's window. */
  void close() {
    explorer.trainingProperty().removeListener(training);
    explorer.snapshotProperty().removeListener(snapshots);
  }

  /** The index of the hidden layer being edited. */
  int layerIndex() {
    return Math.max(0, layer.getSelectionModel().getSelectedIndex());
  }

  /** The weights as edited so far. */
  Network edited() {
    return edited.copy();
  }

  /** The spinner of W(i, j) of the chosen layer (i and j below {@value #MOST_CELLS}). */
  public Spinner<Double> weightCell(int i, int j) {
    return weightCells.get(i * shownColumns() + j);
  }

  private int shownRows() {
    return Math.min(MOST_CELLS, original.layer(layerIndex()).outputs());
  }

  private int shownColumns() {
    return Math.min(MOST_CELLS, original.layer(layerIndex()).inputs());
  }

  /** Sets every cell of the chosen layer to a preset and sends the weights. */
  void apply(LayerEdit.Preset preset) {
    int l = layerIndex();
    double[] w =
        preset.matrix(original.layer(l).outputs(), original.layer(l).inputs(), amount.getValue());
    edited = LayerEdit.withLayer(edited, l, w, LayerEdit.bias(edited, l));
    fill();
    send();
  }

  /** Puts back the weights the editor started from, in the view and in the cells. */
  void resetToTrained() {
    edited = original.copy();
    fill();
    explorer.pause();
    explorer.setWeights(original);
  }

  private void fill() {
    filling = true;
    int l = layerIndex();
    int outputs = original.layer(l).outputs();
    int inputs = original.layer(l).inputs();
    int rows = shownRows();
    int columns = shownColumns();
    double[] w = LayerEdit.weights(edited, l);
    double[] b = LayerEdit.bias(edited, l);
    cells.getChildren().clear();
    weightCells.clear();
    biasCells.clear();
    for (int j = 0; j < columns; j++) {
      cells.add(new Label("a" + (j + 1)), j + 1, 0);
    }
    cells.add(new Label("b"), columns + 2, 0);
    for (int i = 0; i < rows; i++) {
      cells.add(new Label("z" + (i + 1)), 0, i + 1);
      for (int j = 0; j < columns; j++) {
        Spinner<Double> cell = spinner(w[i * inputs + j]);
        weightCells.add(cell);
        cells.add(cell, j + 1, i + 1);
      }
      Spinner<Double> bias = spinner(b[i]);
      biasCells.add(bias);
      cells.add(bias, columns + 2, i + 1);
    }
    boolean all = rows == outputs && columns == inputs;
    clipped.setText(
        all
            ? ""
            : String.format(
                "W is %d × %d: these are its first %d rows and %d columns; the others keep their"
                    + " values, and a preset sets all of them.",
                outputs, inputs, rows, columns));
    clipped.setWrapText(true);
    clipped.setMaxWidth(420);
    clipped.setVisible(!all);
    clipped.setManaged(!all);
    for (Spinner<Double> cell : weightCells) {
      cell.valueProperty().addListener((o, before, after) -> cellsChanged());
    }
    for (Spinner<Double> cell : biasCells) {
      cell.valueProperty().addListener((o, before, after) -> cellsChanged());
    }
    filling = false;
  }

  private void cellsChanged() {
    if (filling) {
      return;
    }
    int l = layerIndex();
    int inputs = original.layer(l).inputs();
    int columns = shownColumns();
    double[] w = LayerEdit.weights(edited, l);
    for (int k = 0; k < weightCells.size(); k++) {
      w[(k / columns) * inputs + k % columns] = weightCells.get(k).getValue();
    }
    double[] b = LayerEdit.bias(edited, l);
    for (int k = 0; k < biasCells.size(); k++) {
      b[k] = biasCells.get(k).getValue();
    }
    edited = LayerEdit.withLayer(edited, l, w, b);
    send();
  }

  private void send() {
    explorer.pause();
    explorer.setWeights(edited);
  }

  private static Spinner<Double> spinner(double value) {
    Spinner<Double> spinner = new Spinner<>();
    SpinnerValueFactory.DoubleSpinnerValueFactory factory =
        new SpinnerValueFactory.DoubleSpinnerValueFactory(-LIMIT, LIMIT, value, STEP);
    factory.setConverter(CELL_TEXT);
    spinner.setValueFactory(factory);
    spinner.setEditable(true);
    spinner.setPrefWidth(90);
    return spinner;
  }
}
