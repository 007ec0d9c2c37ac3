package org.uncrumple.app.training;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.VBox;
import org.uncrumple.train.Snapshot;

/**
 * Loss and accuracy against training steps, as two small line charts, each with a line for the
 * training points and one for the held-out test points (when the data set holds any out), in the
 * style of TensorFlow Playground.
 *
 * <p>At most {@link #MAX_POINTS} points per line: when full, every second point is dropped and
 * points are then taken half as often, so the chart always spans all of training.
 */
final class TrainingChart extends VBox {
  static final int MAX_POINTS = 200;

  private final XYChart.Series<Number, Number> loss = new XYChart.Series<>();
  private final XYChart.Series<Number, Number> accuracy = new XYChart.Series<>();
  private final XYChart.Series<Number, Number> testLoss = new XYChart.Series<>();
  private final XYChart.Series<Number, Number> testAccuracy = new XYChart.Series<>();
  private long lastTestStep = -1;
  private long stride = 1;
  private long lastStep = -1;

  TrainingChart() {
    getStyleClass().add("training-chart");
    loss.setName("training");
    accuracy.setName("training");
    testLoss.setName("test");
    testAccuracy.setName("test");
    getChildren()
        .addAll(
            chart("Loss", loss, testLoss, false), chart("Accuracy", accuracy, testAccuracy, true));
  }

  private static LineChart<Number, Number> chart(
      String title,
      XYChart.Series<Number, Number> series,
      XYChart.Series<Number, Number> test,
      boolean unitRange) {
    NumberAxis steps = new NumberAxis();
    steps.setForceZeroInRange(true);
    steps.setTickLabelsVisible(false);
    steps.setTickMarkVisible(false);
    steps.setMinorTickVisible(false);
    NumberAxis values = unitRange ? new NumberAxis(0, 1, 0.25) : new NumberAxis();
    values.setForceZeroInRange(true);
    LineChart<Number, Number> chart = new LineChart<>(steps, values);
    chart.setTitle(title);
    chart.setAnimated(false);
    chart.setCreateSymbols(false);
    chart.setLegendVisible(true);
    chart.getData().add(series);
    chart.getData().add(test);
    chart.getStyleClass().add("small-chart");
    return chart;
  }

  /** Adds the snapshot's loss and accuracy if it is far enough from the last point. */
  void add(Snapshot snapshot) {
    long step = snapshot.step();
    if (step < lastStep) {
      clear();
    }
    if (lastStep >= 0 && step - lastStep < stride) {
      return;
    }
    lastStep = step;
    loss.getData().add(new XYChart.Data<>(step, snapshot.loss()));
    accuracy.getData().add(new XYChart.Data<>(step, snapshot.accuracy()));
    snapshot
        .test()
        .filter(t -> t.step() > lastTestStep)
        .ifPresent(
            t -> {
              lastTestStep = t.step();
              testLoss.getData().add(new XYChart.Data<>(t.step(), t.loss()));
              testAccuracy.getData().add(new XYChart.Data<>(t.step(), t.accuracy()));
            });
    if (loss.getData().size() > MAX_POINTS) {
      thin(loss);
      thin(accuracy);
      thin(testLoss);
      thin(testAccuracy);
      stride *= 2;
    }
  }

  int pointCount() {
    return loss.getData().size();
  }

  /** The steps of the points on the loss line, oldest first. */
  List<Long> steps() {
    return loss.getData().stream().map(d -> d.getXValue().longValue()).toList();
  }

  /** The number of points on the test loss line. */
  int testPointCount() {
    return testLoss.getData().size();
  }

  void clear() {
    loss.getData().clear();
    accuracy.getData().clear();
    testLoss.getData().clear();
    testAccuracy.getData().clear();
    lastTestStep = -1;
    stride = 1;
    lastStep = -1;
  }

  /**
   * Keeps every second point (and always the newest) in one change of the list. The kept points are
   * copied: a chart does not take back a data item it has just been told to remove.
   */
  private static void thin(XYChart.Series<Number, Number> series) {
    List<XYChart.Data<Number, Number>> data = series.getData();
    List<XYChart.Data<Number, Number>> kept = new ArrayList<>(data.size() / 2 + 1);
    for (int i = 0; i < data.size(); i++) {
      if (i % 2 == 0 || i == data.size() - 1) {
        kept.add(new XYChart.Data<>(data.get(i).getXValue(), data.get(i).getYValue()));
      }
    }
    series.getData().setAll(kept);
  }
}
