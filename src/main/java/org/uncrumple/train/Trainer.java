package org.uncrumple.train;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.uncrumple.data.Dataset;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.Network;

/**
 * Trains a network on its own named daemon thread and publishes what it has learnt as immutable
 * {@link Snapshot}s.
 *
 * <p>Only the trainer thread touches the network. Commands from other threads ({@link #resume()},
 * {@link #pause()}, {@link #stepOnce()}, {@link #reset(long)}, {@link #apply(TrainingSettings)},
 * {@link #replaceWeights(Network)}) are queued and run on the trainer thread between steps; each
 * returns a future that completes once the command has taken effect and its snapshot is published.
 * Snapshots are coalesced: at most one every {@link #PUBLISH_INTERVAL_NANOS} while training runs,
 * plus one after each command. Readers poll {@link #latest()}, which never blocks.
 *
 * <p>If the loss stops being finite, the trainer restores the last finite weights, pauses, and
 * publishes a snapshot that carries a {@link Snapshot.Divergence} explaining what happened.
 *
 * <p>Test figures: when the data set holds test points out, snapshots are measured on them by a
 * {@link TestFigureWorker} on the test executor, never on the trainer thread: every {@link
 * #TEST_INTERVAL_NANOS} while training runs, and every snapshot published while paused. A measured
 * snapshot replaces the unmeasured one as {@link #latest()} (if nothing newer came meanwhile) and
 * in the {@link #history()}; every later snapshot carries the newest figures of the same run of
 * weights until the next are measured (see {@link Snapshot#test()}). Training only ever draws
 * batches from the training points.
 */
public final class Trainer implements AutoCloseable {
  /** About 60 snapshots a second at most while running. */
  static final long PUBLISH_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(16);

  /** Test figures are measured about 10 times a second while training runs. */
  static final long TEST_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  /** Figures measured in one run of weights; a reset or a restore starts a new run. */
  private record Known(long run, TestFigures figures) {}

  private final TrainingSession session;
  private final History history = new History(600);
  private final LongSupplier clock;
  private final Queue<Runnable> commands = new ConcurrentLinkedQueue<>();
  private final Thread thread;
  private final TestFigureWorker tests;
  private final ExecutorService ownTestExecutor;
  private final AtomicReference<Snapshot> latest = new AtomicReference<>();
  private final AtomicReference<Known> known = new AtomicReference<>();
  private volatile long run;
  private volatile boolean closed;

  // Trainer-thread state.
  private boolean running;
  private long nextPublish;
  private long nextStep;
  private Snapshot recovered;
  private long nextTest;

  /** A paused trainer with fresh weights; call {@link #resume()} to start learning. */
  public Trainer(Dataset data, Architecture architecture, TrainingSettings settings) {
    this(data, architecture, settings, Network.initialise(architecture, settings.seed()));
  }

  /**
   * A paused trainer that starts from the given weights, measuring test figures on a daemon thread
   * of its own ("uncrumple-test-figures"), shut down by {@link #close()}.
   */
  public Trainer(
      Dataset data, Architecture architecture, TrainingSettings settings, Network initial) {
    this(new TrainingSession(data, architecture, settings, initial.copy()), System::nanoTime, null);
  }

  /**
   * A paused trainer that starts from the given weights and measures test figures on the given
   * executor; {@code Runnable::run} measures them on the trainer thread itself, at once.
   */
  public Trainer(
      Dataset data,
      Architecture architecture,
      TrainingSettings settings,
      Network initial,
      Executor testExecutor) {
    this(
        new TrainingSession(data, architecture, settings, initial.copy()),
        System::nanoTime,
        testExecutor);
  }

  /**
   * @param clock nanoseconds, for the speed limit and the publishing and measuring intervals
   * @param testExecutor where test figures are measured; null for a daemon thread of the trainer's
   *     own
   */
  Trainer(TrainingSession session, LongSupplier clock, Executor testExecutor) {
    this.session = session;
    this.clock = clock;
    this.ownTestExecutor = testExecutor == null ? testThread() : null;
    this.tests =
        new TestFigureWorker(
            session.testSet(),
            testExecutor == null ? ownTestExecutor : testExecutor,
            this::measured);
    publish(session.snapshot(false));
    this.thread = new Thread(this::loop, "uncrumple-trainer");
    thread.setDaemon(true);
    thread.start();
  }

  private static ExecutorService testThread() {
    return Executors.newSingleThreadExecutor(
        task -> {
          Thread thread = new Thread(task, "uncrumple-test-figures");
          thread.setDaemon(true);
          return thread;
        });
  }

  /** The newest snapshot; never null, never blocks. Any thread. */
  public Snapshot latest() {
    return latest.get();
  }

  /** The record of training for the timeline. */
  public History history() {
    return history;
  }

  /** Starts or continues taking steps. */
  public CompletableFuture<Void> resume() {
    return submit(
        s -> {
          running = true;
          nextStep = clock.getAsLong();
        });
  }

  /** Stops taking steps; when the future completes, no further step will be taken. */
  public CompletableFuture<Void> pause() {
    return submit(s -> running = false);
  }

  /** Takes exactly one step (and pauses, if running). */
  public CompletableFuture<Void> stepOnce() {
    return submit(
        s -> {
          running = false;
          if (!Double.isFinite(s.advance())) {
            recovered = s.recover();
          }
        });
  }

  /** Starts over with freshly initialised weights from {@code seed}, keeping run/pause state. */
  public CompletableFuture<Void> reset(long seed) {
    return submit(
        s -> {
          s.reset(seed);
          run++;
          history.clear();
        });
  }

  /** Changes learning rate, optimizer, batch size or speed while training goes on. */
  public CompletableFuture<Void> apply(TrainingSettings settings) {
    return submit(
        s -> {
          s.apply(settings);
          nextStep = clock.getAsLong();
        });
  }

  /**
   * Replaces the weights being trained, for example with a layer edited by hand. The step count
   * stays; the optimizer starts again from empty memory (its momentum belonged to the old weights);
   * running or paused stays as it was. The snapshot published afterwards carries the new weights.
   *
   * @param network weights of the trainer's architecture; copied at once, so the caller may go on
   *     changing its own
   * @return completes once the new weights are in place and their snapshot is published; fails with
   *     IllegalArgumentException if the architecture differs
   */
  public CompletableFuture<Void> replaceWeights(Network network) {
    Network copy = network.copy();
    return submit(
        s -> {
          s.replaceWeights(copy);
          run++;
        });
  }

  /** Stops the trainer thread and waits for it. */
  @Override
  public void close() {
    closed = true;
    LockSupport.unpark(thread);
    try {
      thread.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (ownTestExecutor != null) {
      ownTestExecutor.shutdownNow();
    }
  }

  private CompletableFuture<Void> submit(Consumer<TrainingSession> command) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    if (closed) {
      done.completeExceptionally(new IllegalStateException("the trainer is closed"));
      return done;
    }
    commands.add(
        () -> {
          try {
            command.accept(session);
            publishCurrent();
            done.complete(null);
          } catch (RuntimeException e) {
            done.completeExceptionally(e);
          }
        });
    LockSupport.unpark(thread);
    return done;
  }

  private void loop() {
    while (!closed) {
      Runnable command;
      while ((command = commands.poll()) != null) {
        command.run();
      }
      if (!running) {
        LockSupport.parkNanos(this, IDLE_PARK_NANOS);
        continue;
      }
      long now = clock.getAsLong();
      double stepsPerSecond = session.settings().stepsPerSecond();
      if (stepsPerSecond > 0 && now < nextStep) {
        LockSupport.parkNanos(this, Math.min(nextStep - now, IDLE_PARK_NANOS));
        continue;
      }
      double loss = session.advance();
      if (stepsPerSecond > 0) {
        nextStep = Math.max(nextStep + (long) (1e9 / stepsPerSecond), now - IDLE_PARK_NANOS);
      }
      if (!Double.isFinite(loss)) {
        recovered = session.recover();
        publishCurrent();
      } else if (now >= nextPublish) {
        publishCurrent();
      }
    }
  }

  private void publishCurrent() {
    Snapshot snapshot = recovered != null ? recovered : session.snapshot(running);
    if (recovered != null) {
      run++;
    }
    recovered = null;
    if (snapshot.divergence().isPresent()) {
      running = false;
    }
    publish(snapshot);
  }

  /** Trainer thread (and the constructor's thread, before the trainer thread starts). */
  private void publish(Snapshot snapshot) {
    Known newest = known.get();
    Snapshot shown =
        newest != null && newest.run() == run ? snapshot.withTest(newest.figures()) : snapshot;
    latest.set(shown);
    history.offer(shown);
    long now = clock.getAsLong();
    nextPublish = now + PUBLISH_INTERVAL_NANOS;
    if (!shown.running() || now >= nextTest) {
      nextTest = now + TEST_INTERVAL_NANOS;
      tests.request(shown, run);
    }
  }

  /** Test executor's thread: a requested snapshot has been measured. */
  private void measured(Snapshot snapshot, long measuredRun, TestFigures figures) {
    if (measuredRun != run) {
      return;
    }
    known.set(new Known(measuredRun, figures));
    Snapshot measured = snapshot.withTest(figures);
    latest.compareAndSet(snapshot, measured);
    history.replace(snapshot, measured);
  }
}
