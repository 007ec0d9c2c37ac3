package org.uncrumple.app.training;

import static org.uncrumple.app.actions.Actions.Group.TRAINING;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.uncrumple.app.actions.Action;
import org.uncrumple.app.actions.Actions;
import org.uncrumple.app.look.LayoutFence;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.nn.OptimizerKind;
import org.uncrumple.train.Snapshot;
import org.uncrumple.train.TrainingSettings;

/**
 * The side panel: train, pause, step and reset; learning rate, optimizer, batch size and speed;
 * step, epoch, loss and accuracy; the training chart and the frame rate. It scrolls when the window
 * is too short for it (large type), rather than cutting anything off. The window gives the buttons
 * their tooltips from its table of actions.
 */
public final class TrainingPanel extends ScrollPane {
  private static final List<Integer> BATCH_SIZES = List.of(1, 4, 8, 16, 32, 64, 128, 256, 512);
  private static final List<Double> SPEEDS = List.of(0.0, 1000.0, 100.0, 10.0, 1.0);

  /** The order the speed choices read in: as fast as possible, then from fast to slow. */
  static final Comparator<Double> FAST_FIRST =
      Comparator.comparing((Double s) -> s != 0).thenComparing(Comparator.reverseOrder());

  public final ToggleButton trainButton = new ToggleButton("Train");
  public final Button stepButton = new Button("Step", new FontIcon(MaterialDesignS.STEP_FORWARD));
  public final Button resetButton = new Button("Reset", new FontIcon(MaterialDesignR.RESTART));
  public final Slider learningRate = new Slider(-4, 0, -2);
  public final Label learningRateValue = new Label();
  final ChoiceBox<OptimizerKind> optimizer = new ChoiceBox<>();
  final ChoiceBox<Integer> batchSize = new ChoiceBox<>();
  public final ChoiceBox<Double> speed = new ChoiceBox<>();
  public final Label stepValue = new Label("0");
  final Label epochValue = new Label("0");
  final Label lossValue = new Label("–");
  final Label accuracyValue = new Label("–");
  public final Label testLossValue = new Label("–");
  public final Label testAccuracyValue = new Label("–");
  final Label fpsValue = new Label("–");
  final Label problem = new Label();
  private final TrainingChart chart = new TrainingChart();
  private final HBox buttonRow = new HBox(6);
  private final VBox content;
  private final FontIcon trainIcon = new FontIcon(MaterialDesignP.PLAY);
  private final FontIcon pauseIcon = new FontIcon(MaterialDesignP.PAUSE);
  private final GridPane settingsForm = new GridPane();
  private final Explorer explorer;
  private boolean updating;

  public TrainingPanel(Explorer explorer, FramesPerSecond frameRate) {
    this.explorer = explorer;
    getStyleClass().add("training-panel");
    setFitToWidth(true);
    setHbarPolicy(ScrollBarPolicy.NEVER);

    Label heading = new Label("Training");
    heading.getStyleClass().add("panel-heading");
    buttonRow.getChildren().addAll(trainButton, stepButton, resetButton);
    buttonRow.setAlignment(Pos.CENTER_LEFT);
    trainButton
        .graphicProperty()
        .bind(Bindings.when(trainButton.selectedProperty()).then(pauseIcon).otherwise(trainIcon));

    optimizer.getItems().setAll(OptimizerKind.values());
    optimizer.setConverter(labels(k -> k == OptimizerKind.ADAM ? "Adam" : "SGD with momentum"));
    optimizer.setTooltip(new Tooltip("How each step uses the gradient"));
    batchSize.getItems().setAll(BATCH_SIZES);
    batchSize.setTooltip(new Tooltip("Points per training step"));
    speed.getItems().setAll(SPEEDS);
    speed.setConverter(
        labels(s -> s == 0 ? "As fast as possible" : String.format("%.0f steps/s", s)));
    speed.setTooltip(new Tooltip("Slow training down to watch each step"));
    learningRate.setTooltip(new Tooltip("How far each step moves the weights (log scale)"));
    learningRate.setBlockIncrement(0.25);

    GridPane settings = settingsForm;
    settings.getStyleClass().add("form");
    HBox rate = new HBox(6, learningRate, learningRateValue);
    rate.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(learningRate, Priority.ALWAYS);
    settings.addRow(0, whole("Learning rate"), rate);
    settings.addRow(1, whole("Optimizer"), optimizer);
    settings.addRow(2, whole("Batch size"), batchSize);
    settings.addRow(3, whole("Speed"), speed);
    for (ChoiceBox<?> choice : List.of(optimizer, batchSize, speed)) {
      choice.setMaxWidth(Double.MAX_VALUE);
    }

    GridPane figures = new GridPane();
    figures.getStyleClass().addAll("form", "figures");
    figures.addRow(0, whole("Step"), whole(stepValue), whole("Epoch"), whole(epochValue));
    // Training and test side by side, as in TensorFlow Playground: the gap between them is what
    // tells learning from memorising.
    Label trainingHeading = whole("Training");
    Label testHeading = whole("Test");
    trainingHeading.getStyleClass().add("figures-heading");
    testHeading.getStyleClass().add("figures-heading");
    testHeading.setTooltip(
        new Tooltip(
            "Held-out points: the network never trains on them, so they show what it has"
                + " learnt rather than memorised"));
    figures.addRow(1, new Label(), trainingHeading, testHeading);
    figures.addRow(2, whole("Loss"), whole(lossValue), whole(testLossValue));
    figures.addRow(3, whole("Accuracy"), whole(accuracyValue), whole(testAccuracyValue));
    testLossValue.getStyleClass().add("test-figure");
    testAccuracyValue.getStyleClass().add("test-figure");
    problem.getStyleClass().add("problem");
    problem.setWrapText(true);
    // Else the panel squeezes a long message into one line ending in "...".
    problem.setMinHeight(Region.USE_PREF_SIZE);
    problem.managedProperty().bind(problem.textProperty().isNotEmpty());
    problem.visibleProperty().bind(problem.managedProperty());
    Label fpsLabel = whole("Frames per second");
    HBox fps = new HBox(6, fpsLabel, fpsValue);
    fps.getStyleClass().add("fps");

    // The figures, the chart and the frame rate change while training runs: each is fenced, so
    // only it is laid out again, not the panel and the window around it.
    content =
        new VBox(
            heading,
            buttonRow,
            settings,
            new LayoutFence(figures),
            problem,
            new LayoutFence(chart),
            new LayoutFence(fps));
    content.getStyleClass().add("training-panel-content");
    setContent(content);
    wire(frameRate);
  }

  private void wire(FramesPerSecond frameRate) {
    trainButton.setSelected(explorer.trainingProperty().get());
    trainButton.setOnAction(e -> explorer.toggleTraining());
    explorer.trainingProperty().addListener((o, before, after) -> trainButton.setSelected(after));
    trainButton
        .textProperty()
        .bind(Bindings.when(trainButton.selectedProperty()).then("Pause").otherwise("Train"));
    stepButton.setOnAction(e -> explorer.stepOnce());
    resetButton.setOnAction(e -> reset());
    explorer.settingsProperty().addListener((o, before, after) -> show(after));
    show(explorer.settingsProperty().get());
    learningRate
        .valueProperty()
        .addListener(
            (o, before, after) -> {
              double value = roundToTwoDigits(Math.pow(10, after.doubleValue()));
              learningRateValue.setText(format(value));
              if (!updating) {
                explorer.setLearningRate(value);
              }
            });
    optimizer
        .valueProperty()
        .addListener(
            (o, b, value) -> {
              if (!updating && value != null) {
                explorer.setOptimizer(value);
              }
            });
    batchSize
        .valueProperty()
        .addListener(
            (o, b, value) -> {
              if (!updating && value != null) {
                explorer.setBatchSize(value);
              }
            });
    speed
        .valueProperty()
        .addListener(
            (o, b, value) -> {
              if (!updating && value != null) {
                explorer.setTrainingSpeed(value);
              }
            });
    explorer.figuresProperty().addListener((o, before, after) -> show(after));
    explorer.sceneProperty().addListener((o, before, after) -> chart.clear());
    problem.textProperty().bind(explorer.problemProperty());
    fpsValue.textProperty().bind(frameRate.framesPerSecondProperty().asString(Locale.ROOT, "%.0f"));
  }

  /** Adds training's keys to the window's table; the buttons get their tooltips from there. */
  public void addActions(Actions table) {
    Action train =
        table.add(
            TRAINING, "_Train or pause", "T", "Start or pause training", explorer::toggleTraining);
    Action step =
        table.add(TRAINING, "_Step once", "S", "One training step, then pause", explorer::stepOnce);
    Action restart =
        table.add(TRAINING, "_Reset", "R", "Start over from fresh random weights", this::reset);
    Actions.explain(trainButton, train);
    Actions.explain(stepButton, step);
    Actions.explain(resetButton, restart);
  }

  private void reset() {
    explorer.reset();
    chart.clear();
  }

  /** Puts a section (such as the data controls) under the settings, above the figures. */
  public void addSection(javafx.scene.Node section) {
    content.getChildren().add(content.getChildren().indexOf(settingsForm) + 1, section);
  }

  /** Hides the training buttons and/or the settings, for a lesson that keeps them fixed. */
  public void hide(boolean buttons, boolean settings) {
    buttonRow.setVisible(!buttons);
    buttonRow.setManaged(!buttons);
    settingsForm.setVisible(!settings);
    settingsForm.setManaged(!settings);
  }

  private void show(TrainingSettings settings) {
    updating = true;
    try {
      learningRate.setValue(Math.log10(settings.learningRate()));
      learningRateValue.setText(format(settings.learningRate()));
      optimizer.setValue(settings.optimizer());
      if (!batchSize.getItems().contains(settings.batchSize())) {
        batchSize.getItems().add(settings.batchSize());
        batchSize.getItems().sort(Integer::compare);
      }
      batchSize.setValue(settings.batchSize());
      if (!speed.getItems().contains(settings.stepsPerSecond())) {
        speed.getItems().add(settings.stepsPerSecond());
        speed.getItems().sort(FAST_FIRST);
      }
      speed.setValue(settings.stepsPerSecond());
    } finally {
      updating = false;
    }
  }

  private void show(Snapshot snapshot) {
    if (snapshot == null) {
      return;
    }
    stepValue.setText(String.format(Locale.ROOT, "%,d", snapshot.step()));
    epochValue.setText(String.format(Locale.ROOT, "%,d", snapshot.epoch()));
    lossValue.setText(String.format(Locale.ROOT, "%.4f", snapshot.loss()));
    accuracyValue.setText(String.format(Locale.ROOT, "%.1f %%", 100 * snapshot.accuracy()));
    testLossValue.setText(
        snapshot.test().map(t -> String.format(Locale.ROOT, "%.4f", t.loss())).orElse("–"));
    testAccuracyValue.setText(
        snapshot
            .test()
            .map(t -> String.format(Locale.ROOT, "%.1f %%", 100 * t.accuracy()))
            .orElse("–"));
    chart.add(snapshot);
  }

  /** A label that is never cut short: the panel scrolls or the other controls give way. */
  private static Label whole(String text) {
    return whole(new Label(text));
  }

  private static Label whole(Label label) {
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }

  public static double roundToTwoDigits(double value) {
    double scale = Math.pow(10, Math.floor(Math.log10(value)) - 1);
    return Math.round(value / scale) * scale;
  }

  public static String format(double learningRate) {
    return new java.math.BigDecimal(learningRate)
        .round(new java.math.MathContext(2))
        .stripTrailingZeros()
        .toPlainString();
  }

  private static <T> StringConverter<T> labels(java.util.function.Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : text.apply(value);
      }

      @Override
      public T fromString(String string) {
        throw new UnsupportedOperationException("choices are picked, not typed");
      }
    };
  }
}
