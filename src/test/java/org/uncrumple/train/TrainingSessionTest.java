package org.uncrumple.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.OptimizerKind;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneReader;

class TrainingSessionTest {
  static final Architecture NARROW =
      new Architecture(
          3,
          List.of(
              new LayerSpec(3, Activation.TANH),
              new LayerSpec(3, Activation.TANH),
              new LayerSpec(3, Activation.TANH)),
          2);

  /**
   * Linear layers neither saturate (like tanh) nor die (like ReLU), so with a huge step size the
   * weights grow without bound and overflow to infinity within a few steps.
   */
  static final Architecture UNBOUNDED =
      new Architecture(
          3, List.of(new LayerSpec(8, Activation.LINEAR), new LayerSpec(8, Activation.LINEAR)), 2);

  static Dataset ball() throws DataException {
    return Generators.generate("paper-ball", Map.of("points", 300, "seed", 3));
  }

  @Test
  void sameSeedGivesBitIdenticalWeights() throws DataException {
    Dataset data = ball();
    TrainingSession first = new TrainingSession(data, NARROW, TrainingSettings.defaults());
    TrainingSession second = new TrainingSession(data, NARROW, TrainingSettings.defaults());

    for (int i = 0; i < 500; i++) {
      first.advance();
      second.advance();
    }

    assertArrayEquals(first.snapshot(false).parameters(), second.snapshot(false).parameters());
  }

  @Test
  void resetStartsOverFromTheSeed() throws DataException {
    TrainingSession session = new TrainingSession(ball(), NARROW, TrainingSettings.defaults());
    double[] initial = session.snapshot(false).parameters();
    for (int i = 0; i < 50; i++) {
      session.advance();
    }

    session.reset(TrainingSettings.defaults().seed());

    assertEquals(0, session.steps());
    assertArrayEquals(initial, session.snapshot(false).parameters());
  }

  @Test
  void aHugeLearningRateIsCaughtAndTheLastFiniteWeightsComeBack() throws DataException {
    TrainingSettings wild =
        TrainingSettings.defaults().withOptimizer(OptimizerKind.SGD).withLearningRate(1e6);
    TrainingSession session = new TrainingSession(ball(), UNBOUNDED, wild);
    Snapshot before = session.snapshot(true);

    Snapshot after = null;
    for (int i = 0; i < 10_000 && after == null; i++) {
      if (!Double.isFinite(session.advance())) {
        after = session.recover();
      } else if (i % 10 == 0) {
        Snapshot snapshot = session.snapshot(true);
        after = snapshot.divergence().isPresent() ? snapshot : null;
      }
    }

    assertTrue(after != null, "training with learning rate 1e6 should diverge");
    Snapshot.Divergence divergence = after.divergence().orElseThrow();
    assertFalse(after.running());
    assertTrue(Double.isFinite(after.loss()));
    assertTrue(
        divergence.message().contains("learning rate 1000000 is probably too high"),
        divergence.message());
    assertTrue(divergence.restoredStep() <= divergence.step());
    assertEquals(after.step(), divergence.restoredStep());
    assertTrue(before.loss() > 0);
  }

  @Test
  void theDefaultPaperBallSceneLearnsToSeparateTheSheets() throws Exception {
    LoadedScene scene = LoadedScene.load(SceneReader.readBundled("paper-ball.yaml"));
    TrainingSession session =
        new TrainingSession(scene.dataset(), scene.architecture(), scene.spec().training());

    while (session.steps() < scene.spec().steps()) {
      session.advance();
    }

    Snapshot last = session.snapshot(false);
    assertTrue(last.accuracy() >= 0.99, "accuracy after training: " + last.accuracy());
  }
}
