package org.uncrumple.app.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.uncrumple.data.Generators;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.train.Snapshot;
import org.uncrumple.train.TrainingSession;
import org.uncrumple.train.TrainingSettings;

class TrainingChartTest {
  private static final List<Snapshot> SNAPSHOTS = new ArrayList<>();

  @BeforeAll
  static void trainAFewHundredSteps() throws Exception {
    FxToolkit.registerPrimaryStage();
    TrainingSession session =
        new TrainingSession(
            Generators.generate("paper-ball", Map.of("points", 50)),
            new Architecture(3, List.of(new LayerSpec(3, Activation.TANH)), 2),
            TrainingSettings.defaults());
    for (int i = 0; i < 1000; i++) {
      session.advance();
      SNAPSHOTS.add(session.snapshot(true));
    }
  }

  @Test
  void staysBoundedAndSpansAllOfTraining() throws Exception {
    List<Long> steps =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  TrainingChart chart = new TrainingChart();
                  SNAPSHOTS.forEach(chart::add);
                  return chart.steps();
                })
            .get(10, TimeUnit.SECONDS);

    assertTrue(steps.size() <= TrainingChart.MAX_POINTS, "points: " + steps.size());
    assertTrue(steps.size() >= TrainingChart.MAX_POINTS / 4, "points: " + steps.size());
    assertEquals(1, steps.get(0));
    assertTrue(steps.get(steps.size() - 1) > 900, "newest step " + steps.get(steps.size() - 1));
    for (int i = 1; i < steps.size(); i++) {
      assertTrue(steps.get(i) > steps.get(i - 1), "steps in order");
    }
  }

  @Test
  void startsOverWhenTrainingIsReset() throws Exception {
    List<Long> steps =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  TrainingChart chart = new TrainingChart();
                  SNAPSHOTS.subList(0, 500).forEach(chart::add);
                  SNAPSHOTS.subList(0, 10).forEach(chart::add);
                  return chart.steps();
                })
            .get(10, TimeUnit.SECONDS);

    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), steps);
  }
}
