package org.uncrumple.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.train.Trainer;
import org.uncrumple.train.TrainingSettings;

/**
 * What measuring the held-out test points costs the trainer: the bundled paper ball's network
 * (3-3-3-3-2, tanh, Adam at 0.01, batches of 32) trained by a real {@link Trainer} at full speed on
 * 2048 points a sheet, with nothing held out and with test shares of 0.2 and 0.5 (1024 and 4096
 * test points, measured on the trainer's own worker thread about 10 times a second).
 *
 * <p>All trainers are built and warmed up first. Then each of {@value #ROUNDS} rounds runs the
 * trainer with nothing held out and each trainer with a test share for {@value #RUN_MILLIS} ms,
 * side by side in time (in alternating order), and takes the ratio of their rates, so a change in
 * the machine's load falls on both alike. A run's rate is the steps the trainer's snapshots
 * advanced by over the run's wall time. Printed: the median rate, {@code
 * trainer.<share>.steps_per_s}; the median slowdown against nothing held out, {@code
 * trainer.<share>.slowdown_percent}; the same counted in steps per second of the trainer thread's
 * own CPU time, {@code trainer.<share>.cpu_slowdown_percent}, which time spent waiting for a core
 * does not blur; and the CPU time the test-figure worker thread used per second of training, {@code
 * trainer.<share>.test_worker_cpu_percent}, the cost itself. On a machine busy with other work the
 * wall-time figures wander by several percent from run to run; the CPU figures much less.
 */
public final class TrainerBench {
  static final int ROUNDS = 15;
  static final long RUN_MILLIS = 500;
  static final long WARM_UP_MILLIS = 2000;
  private static final String WORKER = "uncrumple-test-figures";
  private static final String TRAINER = "uncrumple-trainer";
  private static final List<Double> SHARES = List.of(0.2, 0.5);

  private TrainerBench() {}

  /**
   * Runs the benchmark and prints its lines.
   *
   * @param out where the lines go
   * @throws DataException never for the built-in data set
   * @throws InterruptedException if interrupted while a trainer runs
   */
  public static void run(PrintStream out) throws DataException, InterruptedException {
    Architecture architecture = Architecture.of(3, Activation.TANH, 2, 3, 3, 3);
    Trainer base = trainer(architecture, 0);
    Map<Double, Trainer> trainers = new LinkedHashMap<>();
    try {
      for (double share : SHARES) {
        trainers.put(share, trainer(architecture, share));
      }
      rate(base, WARM_UP_MILLIS);
      for (Trainer trainer : trainers.values()) {
        rate(trainer, WARM_UP_MILLIS);
      }
      double[] baseRates = new double[ROUNDS * SHARES.size()];
      int baseRuns = 0;
      for (double share : SHARES) {
        Trainer trainer = trainers.get(share);
        double[] rates = new double[ROUNDS];
        double[] ratios = new double[ROUNDS];
        double[] cpuRatios = new double[ROUNDS];
        long workerNanos = 0;
        long trainedNanos = 0;
        for (int round = 0; round < ROUNDS; round++) {
          boolean baseFirst = round % 2 == 0;
          double[] without = baseFirst ? rates(base) : null;
          long cpu = cpuNanos(WORKER);
          long started = System.nanoTime();
          double[] with = rates(trainer);
          workerNanos += cpuNanos(WORKER) - cpu;
          trainedNanos += System.nanoTime() - started;
          if (!baseFirst) {
            without = rates(base);
          }
          rates[round] = with[0];
          baseRates[baseRuns++] = without[0];
          ratios[round] = with[0] / without[0];
          cpuRatios[round] = with[1] / without[1];
        }
        out.println("trainer.test_share_" + share + ".steps_per_s " + Math.round(median(rates)));
        out.printf(
            Locale.ROOT,
            "trainer.test_share_%s.slowdown_percent %.1f%n",
            share,
            100 * (1 - median(ratios)));
        out.printf(
            Locale.ROOT,
            "trainer.test_share_%s.cpu_slowdown_percent %.1f%n",
            share,
            100 * (1 - median(cpuRatios)));
        out.printf(
            Locale.ROOT,
            "trainer.test_share_%s.test_worker_cpu_percent %.2f%n",
            share,
            100.0 * workerNanos / trainedNanos);
      }
      out.println("trainer.test_share_0.0.steps_per_s " + Math.round(median(baseRates)));
    } finally {
      base.close();
      trainers.values().forEach(Trainer::close);
    }
  }

  private static Trainer trainer(Architecture architecture, double share) throws DataException {
    Dataset data = Generators.generate("paper-ball", Map.of("points", 2048, "seed", 1L), share);
    return new Trainer(data, architecture, TrainingSettings.defaults());
  }

  /**
   * Runs the trainer for {@value #RUN_MILLIS} ms: steps per second of wall time and per second of
   * the trainer threads' CPU time.
   */
  private static double[] rates(Trainer trainer) throws InterruptedException {
    long cpu = cpuNanos(TRAINER);
    long firstStep = trainer.latest().step();
    double wall = rate(trainer, RUN_MILLIS);
    long steps = trainer.latest().step() - firstStep;
    return new double[] {wall, steps * 1e9 / Math.max(1, cpuNanos(TRAINER) - cpu)};
  }

  /** CPU time used so far by every live thread of the given name. */
  private static long cpuNanos(String name) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals(name)) {
        total += Math.max(0, threads.getThreadCpuTime(thread.getId()));
      }
    }
    return total;
  }

  /** Runs the trainer for a while and returns its steps per second. */
  private static double rate(Trainer trainer, long millis) throws InterruptedException {
    try {
      trainer.resume().get(5, TimeUnit.SECONDS);
      long firstStep = trainer.latest().step();
      long start = System.nanoTime();
      Thread.sleep(millis);
      trainer.pause().get(5, TimeUnit.SECONDS);
      long elapsed = System.nanoTime() - start;
      return (trainer.latest().step() - firstStep) * 1e9 / elapsed;
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the trainer did not answer: " + e, e);
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
