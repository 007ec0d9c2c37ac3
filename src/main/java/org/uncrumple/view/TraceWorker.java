package org.uncrumple.view;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.uncrumple.scene.Show;
import org.uncrumple.train.Snapshot;

/**
 * Traces snapshots on a worker so the FX thread only interpolates. At most one trace runs at a
 * time; while one runs, newer snapshots wait and only the newest is traced next (coalescing).
 *
 * <p>The worker rests at least as long as its last trace took before it starts the next, so it uses
 * at most half a core: on a two-core machine the renderer and the trainer need the rest.
 *
 * <p>{@link #offer} and {@link #take} are called on the FX thread; the trace itself runs on the
 * executor's thread and hands its result back through an atomic reference.
 */
public final class TraceWorker implements AutoCloseable {
  private final ExecutorService executor;
  private final AtomicReference<Traced> finished = new AtomicReference<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final LongSupplier clock;
  private volatile boolean busy;
  private volatile long restUntil;
  private Snapshot requested;
  private volatile Traced lastFinished;
  private volatile double[] points;
  private int count;
  private volatile SceneGeometry geometry;
  private Set<Show> shown = EnumSet.allOf(Show.class);
  private volatile long measuredAt;
  private volatile boolean measuredOnce;

  /** Stage measures are taken afresh at most this often while training changes the weights. */
  static final long MEASURE_EVERY_NANOS = 1_000_000_000L;

  public TraceWorker() {
    this(
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "uncrumple-trace");
              thread.setDaemon(true);
              return thread;
            }));
  }

  public TraceWorker(ExecutorService executor) {
    this(executor, System::nanoTime);
  }

  public TraceWorker(ExecutorService executor, LongSupplier clock) {
    this.executor = executor;
    this.clock = clock;
  }

  /** New points to follow (a new scene); the next offer traces them. */
  public void setPoints(double[] points, int count) {
    setPoints(points, count, null);
  }

  /**
   * New points to follow, and the sheets, lattice and surface to carry with them (null for the
   * points alone); the next offer traces them.
   */
  public void setPoints(double[] points, int count, SceneGeometry geometry) {
    this.geometry = geometry == null ? null : geometry.carrying(shown);
    this.points = points;
    this.count = count;
    this.requested = null;
    this.lastFinished = null;
    measuredOnce = false;
    finished.set(null);
  }

  /**
   * What the view draws: only those of the sheets, lattice, decision surface and probes are carried
   * through the stages (a trace of the paper ball's sheets and lattice alone costs more than one of
   * a thousand points). When that changes, the next offer traces again, even the same snapshot.
   */
  public void setShown(Set<Show> show) {
    shown = EnumSet.copyOf(show.isEmpty() ? EnumSet.noneOf(Show.class) : show);
    SceneGeometry now = geometry;
    if (now != null && !now.carried().equals(now.carrying(shown).carried())) {
      geometry = now.carrying(shown);
      requested = null;
    }
  }

  /** Asks for {@code snapshot} to be traced, unless it already was or a trace is running. */
  public void offer(Snapshot snapshot) {
    if (snapshot == null
        || snapshot == requested
        || busy
        || points == null
        || clock.getAsLong() < restUntil) {
      return;
    }
    requested = snapshot;
    busy = true;
    double[] input = points;
    int n = count;
    SceneGeometry carried = geometry;
    // The last trace finished, taken or not: each trace follows on from the one before it, so the
    // measures (kept between measurings) and the stage paths' decompositions change smoothly. The
    // last one taken would lag a trace whenever one finished after this frame's take, and the
    // picture would alternate between two lines of traces (the strip's numbers flickered).
    Traced previous = lastFinished;
    executor.execute(
        () -> {
          long start = clock.getAsLong();
          try {
            boolean measure =
                !measuredOnce || start - measuredAt >= MEASURE_EVERY_NANOS || !snapshot.running();
            Traced traced = Traced.of(snapshot, input, n, previous, carried, measure);
            if (measure) {
              measuredAt = start;
              measuredOnce = true;
            }
            if (input == points) {
              lastFinished = traced;
              finished.set(traced);
            }
          } catch (RuntimeException e) {
            failure.set(e);
          } finally {
            long end = clock.getAsLong();
            restUntil = end + (end - start);
            busy = false;
          }
        });
  }

  /** The newest finished trace not yet taken, or null. */
  public Traced take() {
    return finished.getAndSet(null);
  }

  /** A trace that failed since the last call, or null. */
  public Throwable takeFailure() {
    return failure.getAndSet(null);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
