package org.uncrumple.app.training;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Generators;
import org.uncrumple.scene.DatasetSpec;
import org.uncrumple.scene.LoadedScene;

/**
 * The data of a generated scene, changed live as in TensorFlow Playground: how many points each
 * class has, how much noise, which share is held out for testing, and Regenerate (the same shape
 * drawn again with the next seed). Every change makes the data anew and restarts training on it,
 * from fresh weights. Hidden for data read from a file, and control by control where a scene's
 * {@code classroom.hide} names {@code data-points}, {@code data-noise}, {@code data-test-share} or
 * {@code data-regenerate} (or {@code data-controls} for all).
 *
 * <p>FX thread only; the new data is made by whoever takes the changed dataset (the window's loader
 * thread).
 */
public final class DataControls extends VBox {
  /** The most points per class the panel offers; scene files may ask for more. */
  static final int MAX_POINTS = 20_000;

  public final Spinner<Integer> points = new Spinner<>();
  public final Slider noise = new Slider(0, 1, 0);
  public final Slider testShare = new Slider(0, 0.9, 0.2);
  public final Button regenerate = new Button("Regenerate");
  private final Label noiseValue = whole("");
  private final Label testShareValue = whole("");
  private final Label noiseLabel = whole("Noise");
  private final HBox noiseRow = new HBox(6, noise, noiseValue);
  private final Label pointsLabel = whole("Points per class");
  private final Label shareLabel = whole("Held out for test");
  private final HBox shareRow = new HBox(6, testShare, testShareValue);
  private final Explorer explorer;
  private final Consumer<DatasetSpec> remake;
  private boolean updating;
  private String noiseName;

  /**
   * @param remake makes the scene's data anew from the changed spec and restarts training on it
   */
  public DataControls(Explorer explorer, Consumer<DatasetSpec> remake) {
    this.explorer = explorer;
    this.remake = remake;
    getStyleClass().add("data-controls");
    Label heading = new Label("Data");
    heading.getStyleClass().add("panel-heading");
    points.setEditable(true);
    points.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(10, MAX_POINTS, 500));
    points.setTooltip(new Tooltip("How many points each class has: more points, denser paper"));
    noise.setTooltip(new Tooltip("How far points stray from their surface"));
    testShare.setTooltip(
        new Tooltip("The share of points held out: the network never trains on them"));
    testShare.setMajorTickUnit(0.05);
    testShare.setSnapToTicks(true);
    testShare.setBlockIncrement(0.05);
    noise.setBlockIncrement(0.05);
    regenerate.setTooltip(new Tooltip("Draw the same shape again with new random points"));
    for (HBox row : new HBox[] {noiseRow, shareRow}) {
      row.setAlignment(Pos.CENTER_LEFT);
      HBox.setHgrow(row.getChildren().get(0), Priority.ALWAYS);
    }
    GridPane form = new GridPane();
    form.getStyleClass().add("form");
    form.addRow(0, pointsLabel, points);
    form.addRow(1, noiseLabel, noiseRow);
    form.addRow(2, shareLabel, shareRow);
    getChildren().addAll(heading, form, regenerate);
    wire();
    explorer.sceneProperty().addListener((o, before, after) -> show(after));
    show(explorer.scene());
  }

  private void wire() {
    points.valueProperty().addListener((o, before, after) -> changed());
    noise.valueProperty().addListener((o, before, after) -> showValues());
    testShare.valueProperty().addListener((o, before, after) -> showValues());
    noise.valueChangingProperty().addListener((o, was, changing) -> settled(changing));
    testShare.valueChangingProperty().addListener((o, was, changing) -> settled(changing));
    noise.setOnMouseReleased(e -> changed());
    testShare.setOnMouseReleased(e -> changed());
    noise.setOnKeyReleased(e -> changed());
    testShare.setOnKeyReleased(e -> changed());
    regenerate.setOnAction(e -> regenerate());
  }

  private void settled(boolean changing) {
    if (!changing) {
      changed();
    }
  }

  /** Shows the controls for a generated scene, set to its data; hides them for a file's data. */
  private void show(LoadedScene scene) {
    boolean generated = scene != null && scene.spec().dataset().generator() != null;
    Set<String> hide = generated ? scene.spec().hiddenControls() : Set.of();
    setVisible(generated && !hide.contains("data-controls"));
    setManaged(isVisible());
    if (!generated) {
      return;
    }
    DatasetSpec data = scene.spec().dataset();
    Map<String, Number> values = parameters(data);
    noiseName = Generators.noiseParameter(data.generator()).orElse(null);
    updating = true;
    try {
      points.getValueFactory().setValue(values.get("points").intValue());
      boolean hasNoise = noiseName != null;
      if (hasNoise) {
        double[] range = Generators.range(data.generator(), noiseName);
        noise.setMin(range[0]);
        noise.setMax(range[1]);
        noise.setValue(values.get(noiseName).doubleValue());
        noiseLabel.setText(noiseName.equals("noise") ? "Noise" : "Noise (" + noiseName + ")");
      }
      testShare.setValue(data.testShare());
      showValues();
      showIf(!hide.contains("data-points"), pointsLabel, points);
      showIf(hasNoise && !hide.contains("data-noise"), noiseLabel, noiseRow);
      showIf(!hide.contains("data-test-share"), shareLabel, shareRow);
      showIf(!hide.contains("data-regenerate"), regenerate);
    } finally {
      updating = false;
    }
  }

  private void showValues() {
    noiseValue.setText(String.format(Locale.ROOT, "%.2f", noise.getValue()));
    testShareValue.setText(String.format(Locale.ROOT, "%.0f %%", 100 * testShare.getValue()));
  }

  /** A control was set: the same generator with the values now shown, if any differs. */
  private void changed() {
    LoadedScene scene = explorer.scene();
    if (updating || scene == null || scene.spec().dataset().generator() == null) {
      return;
    }
    DatasetSpec data = scene.spec().dataset();
    Map<String, Number> values = new HashMap<>(parameters(data));
    values.put("points", points.getValue());
    if (noiseName != null) {
      values.put(noiseName, Math.round(noise.getValue() * 100) / 100.0);
    }
    double share = Math.round(testShare.getValue() * 100) / 100.0;
    if (values.equals(parameters(data)) && share == data.testShare()) {
      return;
    }
    apply(data.withParameters(values).withTestShare(share));
  }

  /** The same shape drawn again with the next seed. */
  private void regenerate() {
    LoadedScene scene = explorer.scene();
    if (scene == null || scene.spec().dataset().generator() == null) {
      return;
    }
    DatasetSpec data = scene.spec().dataset();
    Map<String, Number> values = new HashMap<>(parameters(data));
    values.put("seed", values.get("seed").longValue() + 1);
    apply(data.withParameters(values));
  }

  private void apply(DatasetSpec data) {
    try {
      Generators.check(data.generator(), data.parameters());
    } catch (DataException e) {
      explorer.report(e.getMessage());
      return;
    }
    remake.accept(data);
  }

  /** Every parameter of the generator: the scene's values over the defaults. */
  private static Map<String, Number> parameters(DatasetSpec data) {
    Map<String, Number> values = new HashMap<>(Generators.defaults(data.generator()));
    values.putAll(data.parameters());
    return values;
  }

  private static void showIf(boolean shown, Region... nodes) {
    for (Region node : nodes) {
      node.setVisible(shown);
      node.setManaged(shown);
    }
  }

  private static Label whole(String text) {
    Label label = new Label(text);
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }
}
