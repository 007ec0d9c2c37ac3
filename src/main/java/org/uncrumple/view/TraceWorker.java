package org.uncrumple.view;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.uncrumple.geometry.StageMeasures;
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
  private final ExecutorService measurer;
  private final AtomicReference<Measured> measured = new AtomicReference<>();
  private volatile boolean measuring;
  // a measure was due while another ran: the same snapshot is traced again once that one is done
  private volatile boolean measureOwed;
  private final AtomicReference<Traced> finished = new AtomicReference<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final LongSupplier clock;
  private volatile boolean busy;
  private volatile long restUntil;
  private Snapshot requested;
  private volatile Traced lastFinished;
  // the newest stage measures of these points; each trace carries them on (the trace thread reads)
  private volatile Measured latestMeasures;
  private Traced newest;
  private volatile double[] points;
  private int count;
  private volatile SceneGeometry geometry;
  // nothing is carried until the owner says what it shows (every overlay cost half a core)
  private Set<Show> shown = EnumSet.noneOf(Show.class);
  private volatile long nextMeasureAt;
  private volatile boolean measuredOnce;

  /** Stage measures are taken afresh at most this often while training changes the weights. */
  static final long MEASURE_EVERY_NANOS = 1_000_000_000L;

  /**
   * While training, the next measure waits at least this many times as long as the last one took,
   * so that slow measures (wide stages) take at most about a tenth of the worker's time.
   */
  static final long MEASURE_SHARE = 10;

  public TraceWorker() {
    this(daemon("uncrumple-trace"), daemon("uncrumple-measure"), System::nanoTime);
  }

  /** Traces and measures on {@code executor} (tests pass one that runs on the calling thread). */
  public TraceWorker(ExecutorService executor) {
    this(executor, System::nanoTime);
  }

  public TraceWorker(ExecutorService executor, LongSupplier clock) {
    this(executor, executor, clock);
  }

  /**
   * @param executor where traces run
   * @param measurer where stage measures run, so that a slow measure never holds up a trace
   * @param clock nanoseconds
   */
  public TraceWorker(ExecutorService executor, ExecutorService measurer, LongSupplier clock) {
    this.executor = executor;
    this.measurer = measurer;
    this.clock = clock;
  }

  private static ExecutorService daemon(String name) {
    return Executors.newSingleThreadExecutor(
        runnable -> {
          Thread thread = new Thread(runnable, name);
          thread.setDaemon(true);
          return thread;
        });
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
    this.latestMeasures = null;
    this.newest = null;
    measuredOnce = false;
    measureOwed = false;
    finished.set(null);
    measured.set(null);
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

  /** The overlays that traces carry through the stages now (none before a scene). */
  public Set<Show> carried() {
    SceneGeometry now = geometry;
    return now == null ? Set.of() : now.carried();
  }

  /** Asks for {@code snapshot} to be traced, unless it already was or a trace is running. */
  public void offer(Snapshot snapshot) {
    if (snapshot == null
        || (snapshot == requested && !(measureOwed && !measuring))
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
            boolean due =
                carried != null && (!measuredOnce || start >= nextMeasureAt || !snapshot.running());
            boolean measure = due && !measuring;
            measureOwed = due && !measure;
            Traced plain = Traced.of(snapshot, input, n, previous, carried, false);
            // measures that arrived after the previous trace finished join this one and go on
            Measured latest = latestMeasures;
            Traced traced =
                latest != null && latest.input() == input
                    ? plain.withMeasures(latest.measures())
                    : plain;
            if (input == points) {
              lastFinished = traced;
              finished.set(traced);
            }
            if (measure) {
              measuring = true;
              measuredOnce = true;
              measurer.execute(() -> measure(traced, input, n, carried));
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

  /**
   * Measures every stage of a trace, on the measurer's thread. Measuring wide stages (the 64-D
   * digits) takes far longer than tracing them, so traces go on meanwhile and the measures join the
   * newest trace when they are ready.
   */
  private void measure(Traced traced, double[] input, int n, SceneGeometry carried) {
    long start = clock.getAsLong();
    try {
      StageMeasures fresh = traced.measured(input, n, carried).measures();
      if (input == points) {
        Measured now = new Measured(input, fresh);
        latestMeasures = now;
        measured.set(now);
      }
    } catch (RuntimeException e) {
      failure.set(e);
    } finally {
      long cost = clock.getAsLong() - start;
      nextMeasureAt = start + Math.max(MEASURE_EVERY_NANOS, MEASURE_SHARE * cost);
      measuring = false;
    }
  }

  /** Measures of the stages of the points {@code input}. */
  private record Measured(double[] input, StageMeasures measures) {}

  /**
   * The newest finished trace not yet taken, or null; when fresh stage measures have arrived since,
   * the newest trace with them.
   */
  public Traced take() {
    Traced traced = finished.getAndSet(null);
    Measured fresh = measured.getAndSet(null);
    if (fresh != null && fresh.input() == points) {
      Traced base = traced != null ? traced : newest;
      if (base != null) {
        traced = base.withMeasures(fresh.measures());
      }
    }
    if (traced != null) {
      newest = traced;
    }
    return traced;
  }

  /** A trace that failed since the last call, or null. */
  public Throwable takeFailure() {
    return failure.getAndSet(null);
  }

  @Override
  public void close() {
    executor.shutdownNow();
    measurer.shutdownNow();
  }
}
