package org.uncrumple.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.nn.Network;

/** Training uses the training points alone; the test points are measured apart, on a worker. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HeldOutTrainingTest {
  private static Dataset ballWithTest() throws DataException {
    return Generators.generate("paper-ball", Map.of("points", 300, "seed", 3), 0.2);
  }

  /** The ball's test points, every one pushed far off the paper and given the wrong class. */
  private static Dataset poisoned(Dataset data) {
    double[] points = data.testPoints().clone();
    int[] labels = data.testLabels().clone();
    for (int i = 0; i < labels.length; i++) {
      points[3 * i] = 50 + i;
      labels[i] = 1 - labels[i];
    }
    return data.withTest(points, labels);
  }

  /** The same data with the test points moved into the training points. */
  private static Dataset trainingOnAll(Dataset data) {
    double[] points = Arrays.copyOf(data.points(), data.points().length + data.testPoints().length);
    System.arraycopy(data.testPoints(), 0, points, data.points().length, data.testPoints().length);
    int[] labels = Arrays.copyOf(data.labels(), data.size() + data.testSize());
    System.arraycopy(data.testLabels(), 0, labels, data.size(), data.testSize());
    return new Dataset(
        data.name(), points, labels, data.classNames(), data.sheets(), data.normalisation());
  }

  private static double[] trained(Dataset data, int steps) {
    TrainingSession session =
        new TrainingSession(data, TrainingSessionTest.NARROW, TrainingSettings.defaults());
    for (int i = 0; i < steps; i++) {
      session.advance();
    }
    return session.snapshot(false).parameters();
  }

  /** −(1/n)·Σ log p(y) and the share of argmax hits, straight from the probabilities. */
  private static double[] direct(Snapshot snapshot, Dataset data) {
    double[] p = snapshot.probabilities(data.testPoints(), data.testSize());
    int classes = data.classCount();
    double loss = 0;
    int correct = 0;
    for (int i = 0; i < data.testSize(); i++) {
      int best = 0;
      for (int c = 1; c < classes; c++) {
        best = p[i * classes + c] > p[i * classes + best] ? c : best;
      }
      correct += best == data.testLabels()[i] ? 1 : 0;
      loss -= Math.log(p[i * classes + data.testLabels()[i]]);
    }
    return new double[] {loss / data.testSize(), (double) correct / data.testSize()};
  }

  private static void assertMeasuredExactly(Snapshot snapshot, Dataset data) {
    TestFigures figures = snapshot.test().orElseThrow();
    assertEquals(snapshot.step(), figures.step(), "figures of this very snapshot");
    double[] expected = direct(snapshot, data);
    assertEquals(expected[0], figures.loss(), 1e-12);
    assertEquals(expected[1], figures.accuracy(), 0);
    assertEquals(data.testSize(), figures.points());
  }

  @Test
  void aPoisonedTestPointDoesNotChangeTheWeights() throws DataException {
    Dataset data = ballWithTest();
    double[] clean = trained(data.withTest(new double[0], new int[0]), 300);

    assertArrayEquals(clean, trained(poisoned(data), 300), 0);
    assertFalse(
        Arrays.equals(clean, trained(trainingOnAll(poisoned(data)), 300)),
        "the poisoned points would change the weights if they trained");
  }

  @Test
  void theTrainerTrainsOnTrainingPointsOnly() throws Exception {
    Dataset data = poisoned(ballWithTest());
    try (Trainer trainer =
        new Trainer(
            new TrainingSession(data, TrainingSessionTest.NARROW, TrainingSettings.defaults()),
            System::nanoTime,
            Runnable::run)) {
      for (int i = 0; i < 100; i++) {
        trainer.stepOnce().get(5, TimeUnit.SECONDS);
      }

      assertArrayEquals(
          trained(data.withTest(new double[0], new int[0]), 100), trainer.latest().parameters(), 0);
    }
  }

  @Test
  void testFiguresEqualADirectEvaluationOfTheHeldOutPoints() throws Exception {
    Dataset data = ballWithTest();
    try (Trainer trainer =
        new Trainer(
            new TrainingSession(data, TrainingSessionTest.NARROW, TrainingSettings.defaults()),
            System::nanoTime,
            Runnable::run)) {
      assertMeasuredExactly(trainer.latest(), data);
      for (int i = 0; i < 30; i++) {
        trainer.stepOnce().get(5, TimeUnit.SECONDS);
        assertMeasuredExactly(trainer.latest(), data);
      }
    }
  }

  @Test
  void everySnapshotWhilePausedIsMeasuredAndTheHistoryCarriesBoth() throws Exception {
    Dataset data = ballWithTest();
    try (Trainer trainer =
        new Trainer(
            new TrainingSession(data, TrainingSessionTest.NARROW, TrainingSettings.defaults()),
            System::nanoTime,
            Runnable::run)) {
      trainer.stepOnce().get(5, TimeUnit.SECONDS);
      trainer.apply(TrainingSettings.defaults().withLearningRate(0.05)).get(5, TimeUnit.SECONDS);
      assertMeasuredExactly(trainer.latest(), data);
      trainer.replaceWeights(Network.initialise(TrainingSessionTest.NARROW, 9)).get();
      assertMeasuredExactly(trainer.latest(), data);
      trainer.reset(4).get(5, TimeUnit.SECONDS);
      assertMeasuredExactly(trainer.latest(), data);
      for (int i = 0; i < 5; i++) {
        trainer.stepOnce().get(5, TimeUnit.SECONDS);
      }

      List<Snapshot> history = trainer.history().snapshots();
      assertEquals(6, history.size(), "steps 0 to 5 since the reset");
      for (Snapshot snapshot : history) {
        assertMeasuredExactly(snapshot, data);
        assertTrue(Double.isFinite(snapshot.loss()));
      }
    }
  }

  @Test
  void whileTrainingRunsTheFiguresAreMeasuredAgainAndAgainOnAWorker() throws Exception {
    Dataset data = ballWithTest();
    Set<Long> measuredSteps = new HashSet<>();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (Trainer trainer =
        new Trainer(
            new TrainingSession(data, TrainingSessionTest.NARROW, TrainingSettings.defaults()),
            System::nanoTime,
            task ->
                new Thread(
                        () -> {
                          threads.add(Thread.currentThread().getName());
                          task.run();
                        },
                        "test-worker")
                    .start())) {
      trainer.resume().get(5, TimeUnit.SECONDS);
      while (measuredSteps.size() < 5) {
        Snapshot snapshot = trainer.latest();
        if (snapshot.running() && snapshot.test().isPresent()) {
          TestFigures figures = snapshot.test().get();
          if (figures.step() == snapshot.step()) {
            assertMeasuredExactly(snapshot, data);
          }
          measuredSteps.add(figures.step());
        }
        Thread.sleep(5);
      }
    }

    assertEquals(Set.of("test-worker"), threads, "measured on the worker, not the trainer");
  }

  @Test
  void aSessionMeasuresItsOwnSnapshotOnTheCallingThread() throws DataException {
    Dataset data = ballWithTest();
    TrainingSession session =
        new TrainingSession(data, TrainingSessionTest.NARROW, TrainingSettings.defaults());
    for (int i = 0; i < 50; i++) {
      session.advance();
    }

    assertMeasuredExactly(session.measuredSnapshot(false), data);
    assertTrue(
        new TrainingSession(
                data.withTest(new double[0], new int[0]),
                TrainingSessionTest.NARROW,
                TrainingSettings.defaults())
            .measuredSnapshot(false)
            .test()
            .isEmpty());
  }
}
