package org.uncrumple.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.uncrumple.data.Dataset;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.Network;
import org.uncrumple.nn.OptimizerKind;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TrainerTest {

  @Test
  void aReaderOnlyEverSeesSnapshotsWhoseWeightsMatchTheirStep() throws Exception {
    Dataset data = TrainingSessionTest.ball();
    TrainingSettings settings = TrainingSettings.defaults();
    List<Snapshot> seen = new ArrayList<>();
    List<Throwable> problems = new ArrayList<>();
    try (Trainer trainer = new Trainer(data, TrainingSessionTest.NARROW, settings)) {
      trainer.resume().get(5, TimeUnit.SECONDS);
      Thread reader =
          new Thread(
              () -> {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                try {
                  while (System.nanoTime() < end) {
                    Snapshot snapshot = trainer.latest();
                    snapshot.trace(data.points(), 50);
                    if (seen.isEmpty() || seen.get(seen.size() - 1) != snapshot) {
                      seen.add(snapshot);
                    }
                  }
                } catch (RuntimeException e) {
                  problems.add(e);
                }
              },
              "test-reader");
      reader.start();
      reader.join();
    }

    assertTrue(problems.isEmpty(), () -> "reader failed: " + problems);
    assertTrue(seen.size() > 10, "only " + seen.size() + " snapshots in 2 s");
    // Replay the same training on this thread: every snapshot's weights belong to its step.
    TreeMap<Long, Snapshot> byStep = new TreeMap<>();
    seen.forEach(s -> byStep.put(s.step(), s));
    TrainingSession replay = new TrainingSession(data, TrainingSessionTest.NARROW, settings);
    for (Snapshot expected : byStep.values()) {
      while (replay.steps() < expected.step()) {
        replay.advance();
      }
      assertArrayEquals(
          replay.snapshot(true).parameters(),
          expected.parameters(),
          "weights of the snapshot at step " + expected.step());
    }
  }

  @Test
  void pauseReallyStopsSteps() throws Exception {
    try (Trainer trainer =
        new Trainer(
            TrainingSessionTest.ball(), TrainingSessionTest.NARROW, TrainingSettings.defaults())) {
      trainer.resume().get(5, TimeUnit.SECONDS);
      Thread.sleep(200);

      trainer.pause().get(5, TimeUnit.SECONDS);
      long stepAtPause = trainer.latest().step();
      Thread.sleep(300);

      assertTrue(stepAtPause > 0, "it should have trained before the pause");
      assertEquals(stepAtPause, trainer.latest().step());
      assertFalse(trainer.latest().running());
    }
  }

  @Test
  void stepOnceTakesExactlyOneStep() throws Exception {
    try (Trainer trainer =
        new Trainer(
            TrainingSessionTest.ball(), TrainingSessionTest.NARROW, TrainingSettings.defaults())) {
      trainer.stepOnce().get(5, TimeUnit.SECONDS);
      trainer.stepOnce().get(5, TimeUnit.SECONDS);

      assertEquals(2, trainer.latest().step());
    }
  }

  @Test
  void aNewLearningRateReachesTheRunningTrainer() throws Exception {
    TrainingSettings settings = TrainingSettings.defaults();
    try (Trainer trainer =
        new Trainer(TrainingSessionTest.ball(), TrainingSessionTest.NARROW, settings)) {
      trainer.resume().get(5, TimeUnit.SECONDS);

      trainer.apply(settings.withLearningRate(0.003)).get(5, TimeUnit.SECONDS);

      assertEquals(0.003, trainer.latest().settings().learningRate());
    }
  }

  @Test
  void theSpeedLimitHoldsStepsPerSecond() throws Exception {
    TrainingSettings slow = TrainingSettings.defaults().withStepsPerSecond(50);
    try (Trainer trainer =
        new Trainer(TrainingSessionTest.ball(), TrainingSessionTest.NARROW, slow)) {
      trainer.resume().get(5, TimeUnit.SECONDS);
      Thread.sleep(1000);
      trainer.pause().get(5, TimeUnit.SECONDS);

      long steps = trainer.latest().step();
      assertTrue(steps > 10 && steps < 120, "50 steps/s for 1 s took " + steps + " steps");
    }
  }

  @Test
  void divergenceWhileRunningPausesAndRestoresFiniteWeights() throws Exception {
    TrainingSettings wild =
        TrainingSettings.defaults().withOptimizer(OptimizerKind.SGD).withLearningRate(1e6);
    try (Trainer trainer =
        new Trainer(TrainingSessionTest.ball(), TrainingSessionTest.UNBOUNDED, wild)) {
      trainer.resume().get(5, TimeUnit.SECONDS);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (trainer.latest().divergence().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }

      Snapshot last = trainer.latest();
      assertTrue(last.divergence().isPresent(), "training with learning rate 1e6 should diverge");
      assertFalse(last.running());
      assertTrue(Double.isFinite(last.loss()));
      for (double p : last.parameters()) {
        assertTrue(Double.isFinite(p));
      }
    }
  }

  @Test
  void historyStaysBoundedAndSpansAllOfTraining() {
    History history = new History(10);
    TrainingSession session;
    try {
      session =
          new TrainingSession(
              TrainingSessionTest.ball(), TrainingSessionTest.NARROW, TrainingSettings.defaults());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    for (int i = 0; i < 200; i++) {
      session.advance();
      history.offer(session.snapshot(true));
    }

    List<Snapshot> kept = history.snapshots();
    assertTrue(kept.size() <= 10);
    assertEquals(1, kept.get(0).step());
    assertTrue(kept.get(kept.size() - 1).step() > 150);
  }

  @Test
  void replacedWeightsArePublishedAndTrainingGoesOnFromThem() throws Exception {
    Dataset data = TrainingSessionTest.ball();
    TrainingSettings settings = TrainingSettings.defaults();
    Network edited = Network.initialise(TrainingSessionTest.NARROW, 99);
    try (Trainer trainer = new Trainer(data, TrainingSessionTest.NARROW, settings)) {
      trainer.stepOnce().get(5, TimeUnit.SECONDS);
      trainer.replaceWeights(edited).get(5, TimeUnit.SECONDS);

      assertArrayEquals(edited.parameters(), trainer.latest().parameters());
      assertEquals(1, trainer.latest().step());
      trainer.stepOnce().get(5, TimeUnit.SECONDS);
      assertEquals(2, trainer.latest().step());
      assertFalse(
          Arrays.equals(edited.parameters(), trainer.latest().parameters()),
          "the step trains the new weights");
    }
  }

  @Test
  void weightsOfAnotherShapeAreRefusedAndTheOldOnesKept() throws Exception {
    Dataset data = TrainingSessionTest.ball();
    try (Trainer trainer =
        new Trainer(data, TrainingSessionTest.NARROW, TrainingSettings.defaults())) {
      double[] before = trainer.latest().parameters();
      Network other = Network.initialise(Architecture.of(3, Activation.TANH, 2, 5), 1);

      ExecutionException failure =
          assertThrows(
              ExecutionException.class,
              () -> trainer.replaceWeights(other).get(5, TimeUnit.SECONDS));

      assertTrue(failure.getCause() instanceof IllegalArgumentException);
      assertArrayEquals(before, trainer.latest().parameters());
    }
  }
}
