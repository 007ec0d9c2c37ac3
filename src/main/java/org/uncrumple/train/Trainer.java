package org.uncrumple.train;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
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
 */
public final class Trainer implements AutoCloseable {
  /** About 60 snapshots a second at most while running. */
  static final long PUBLISH_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(16);

  private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final TrainingSession session;
  private final History history = new History(600);
  private final LongSupplier clock;
  private final Queue<Runnable> commands = new ConcurrentLinkedQueue<>();
  private final Thread thread;
  private volatile Snapshot latest;
  private volatile boolean closed;

  // Trainer-thread state.
  private boolean running;
  private long nextPublish;
  private long nextStep;
  private Snapshot recovered;

  /** A paused trainer with fresh weights; call {@link #resume()} to start learning. */
  public Trainer(Dataset data, Architecture architecture, TrainingSettings settings) {
    this(data, architecture, settings, Network.initialise(architecture, settings.seed()));
  }

  /** A paused trainer that starts from the given weights. */
  public Trainer(
      Dataset data, Architecture architecture, TrainingSettings settings, Network initial) {
    this(new TrainingSession(data, architecture, settings, initial.copy()), System::nanoTime);
  }

  Trainer(TrainingSession session, LongSupplier clock) {
    this.session = session;
    this.clock = clock;
    publish(session.snapshot(false));
    this.thread = new Thread(this::loop, "uncrumple-trainer");
    thread.setDaemon(true);
    thread.start();
  }

  /** The newest snapshot; never null, never blocks. Any thread. */
  public Snapshot latest() {
    return latest;
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
    return submit(s -> s.replaceWeights(copy));
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
    recovered = null;
    if (snapshot.divergence().isPresent()) {
      running = false;
    }
    publish(snapshot);
  }

  private void publish(Snapshot snapshot) {
    latest = snapshot;
    history.offer(snapshot);
    nextPublish = clock.getAsLong() + PUBLISH_INTERVAL_NANOS;
  }
}
