package org.uncrumple.train;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Measures snapshots on the held-out test points away from the trainer thread, newest first.
 *
 * <p>The trainer thread calls {@link #request}; the measuring runs on the executor. Requests are
 * coalesced in a one-slot mailbox: when the worker is busy, a newer request replaces one still
 * waiting, so the worker never falls behind and never measures stale weights when newer ones wait.
 * Results go to the callback on the executor's thread, one at a time, in the order measured.
 */
final class TestFigureWorker {
  /** What to do with a measured snapshot: the request's snapshot and tag, and its figures. */
  interface Measured {
    void accept(Snapshot snapshot, long tag, TestFigures figures);
  }

  private record Request(Snapshot snapshot, long tag) {}

  private final TestSet tests;
  private final Executor executor;
  private final Measured measured;
  private final AtomicReference<Request> waiting = new AtomicReference<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();

  TestFigureWorker(TestSet tests, Executor executor, Measured measured) {
    this.tests = tests;
    this.executor = executor;
    this.measured = measured;
  }

  /**
   * Asks for a snapshot to be measured. Trainer thread.
   *
   * @param snapshot the weights to measure
   * @param tag handed back with the result, for the caller to tell stale results apart
   */
  void request(Snapshot snapshot, long tag) {
    if (tests.isEmpty()) {
      return;
    }
    waiting.set(new Request(snapshot, tag));
    if (scheduled.compareAndSet(false, true)) {
      executor.execute(this::drain);
    }
  }

  /** Worker thread: measures what waits until nothing does. */
  private void drain() {
    while (true) {
      Request request = waiting.getAndSet(null);
      if (request == null) {
        scheduled.set(false);
        // A request that came between the getAndSet and the set would otherwise wait forever.
        if (waiting.get() == null || !scheduled.compareAndSet(false, true)) {
          return;
        }
        continue;
      }
      measured.accept(request.snapshot(), request.tag(), tests.measure(request.snapshot()));
    }
  }
}
