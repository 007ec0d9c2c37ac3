package org.uncrumple.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The training step allocates nothing once the batch size has been seen: measured with the thread's
 * allocation counter around 1000 steps after a warm-up, including shorter last batches.
 */
class AllocationTest {
  private static final int STEPS = 1000;

  /** Slack for the counter itself; a single allocation per step would cost at least 16 000. */
  private static final long ALLOWED_BYTES = 2048;

  @ParameterizedTest
  @EnumSource(OptimizerKind.class)
  void trainingStepAllocatesNothingAfterWarmUp(OptimizerKind kind) {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no allocation counter");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    assumeTrue(threads.isThreadAllocatedMemorySupported(), "no allocation counter");
    threads.setThreadAllocatedMemoryEnabled(true);

    int count = 1000;
    double[] points = Fixtures.blobs(count, 1);
    int[] labels = Fixtures.alternatingLabels(count);
    int[] order = Fixtures.permutation(count, 2);
    Learner learner =
        new Learner(
            Network.initialise(Fixtures.architecture("3-16-16-2", Activation.TANH), 3),
            new OptimizerSettings(kind, 0.01, 0.9, 1e-4));
    // 1000 rows in batches of 32: 31 full batches and one of 8
    for (int step = 0; step < 2 * STEPS; step++) {
      run(learner, points, labels, order, step);
    }
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    for (int step = 0; step < STEPS; step++) {
      run(learner, points, labels, order, step);
    }
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    assertTrue(allocated <= ALLOWED_BYTES, allocated + " bytes in " + STEPS + " steps");
  }

  private static void run(Learner learner, double[] points, int[] labels, int[] order, int step) {
    int from = (step % 32) * 32;
    learner.step(points, labels, order, from, Math.min(32, order.length - from));
  }
}
