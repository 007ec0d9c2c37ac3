package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.scene.Show;
import org.uncrumple.train.Snapshot;
import org.uncrumple.train.TrainingSession;
import org.uncrumple.train.TrainingSettings;

class TraceWorkerTest {
  private final Deque<Long> times = new ArrayDeque<>();
  private final TraceWorker worker = new TraceWorker(new CallingThread(), times::removeFirst);
  private Dataset data;
  private TrainingSession session;

  @BeforeEach
  void aSmallBall() throws Exception {
    data = Generators.generate("paper-ball", Map.of("points", 50));
    session =
        new TrainingSession(
            data,
            new Architecture(3, List.of(new LayerSpec(3, Activation.TANH)), 2),
            TrainingSettings.defaults());
    worker.setPoints(data.points(), data.size());
  }

  @Test
  void carriesNoOverlayUntilToldWhatIsShown() {
    SceneGeometry geometry = SceneGeometry.of(data, data.labels(), true);
    worker.setPoints(data.points(), data.size(), geometry);
    assertEquals(Set.of(), worker.carried(), "a fresh worker carries nothing");
    worker.setShown(Set.of(Show.POINTS, Show.SHEETS));
    assertEquals(Set.of(Show.SHEETS), worker.carried());
  }

  private Snapshot next() {
    session.advance();
    return session.snapshot(true);
  }

  @Test
  void tracesAnOfferedSnapshotOnce() {
    Snapshot snapshot = next();
    times.addAll(List.of(0L, 0L, 10L));

    worker.offer(snapshot);
    Traced traced = worker.take();
    worker.offer(snapshot);

    assertNotNull(traced);
    assertSame(snapshot, traced.snapshot());
    assertEquals(data.size(), traced.path().pointCount());
    assertNull(worker.take(), "the same snapshot is not traced twice");
  }

  @Test
  void restsAsLongAsTheLastTraceTook() {
    // offer at 0; the trace runs from 1000 to 1500, so the worker rests until 2000.
    times.addAll(List.of(0L, 1000L, 1500L, 1600L, 2100L, 2100L, 2200L));
    worker.offer(next());
    worker.take();

    worker.offer(next());
    assertNull(worker.take(), "offered at 1600, while resting");

    Snapshot later = next();
    worker.offer(later);
    assertSame(later, worker.take().snapshot());
  }

  /** Runs each task at once on the calling thread. */
  private static final class CallingThread extends AbstractExecutorService {
    @Override
    public void execute(Runnable command) {
      command.run();
    }

    @Override
    public void shutdown() {}

    @Override
    public List<Runnable> shutdownNow() {
      return List.of();
    }

    @Override
    public boolean isShutdown() {
      return false;
    }

    @Override
    public boolean isTerminated() {
      return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
      return true;
    }
  }
}
