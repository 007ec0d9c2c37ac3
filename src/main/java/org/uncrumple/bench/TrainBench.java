package org.uncrumple.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.uncrumple.data.CsvImport;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.Learner;
import org.uncrumple.nn.Network;
import org.uncrumple.nn.OptimizerSettings;

/**
 * Throughput of training and tracing, printed one {@code name value} a line.
 *
 * <p>Training: tanh hidden layers, 2 classes, plain SGD with learning rate 0.1, minibatches of 32
 * rows drawn from a freshly shuffled order of the data each epoch, on the calling thread. Tracing:
 * every stage of every layer of all points, as the view asks for them. Each figure is warmed up for
 * about 2 s so the JIT has compiled the hot loops, then measured in 5 runs of about 1 s of wall
 * time each; the median rate is printed as an integer. Wall time means that other processes on a
 * busy machine lower the figures.
 */
public final class TrainBench {
  static final int BATCH = 32;
  static final int RUNS = 5;
  static final long WARM_UP_NANOS = 2_000_000_000L;
  static final long RUN_NANOS = 1_000_000_000L;
  private static final long SEED = 20240611L;

  private TrainBench() {}

  /**
   * Runs the benchmark and prints {@code train.3-3-3-3-2.samples_per_s}, {@code
   * train.3-16-16-2.samples_per_s} and {@code trace.3-3-3-3-2.points_per_s}.
   *
   * @param points row-major n × 3 coordinates
   * @param labels n labels, 0 or 1
   * @param out where the lines go
   */
  public static void run(double[] points, int[] labels, PrintStream out) {
    int count = labels.length;
    Architecture small = Architecture.of(3, Activation.TANH, 2, 3, 3, 3);
    Architecture wide = Architecture.of(3, Activation.TANH, 2, 16, 16);
    out.println("train." + small.describe() + ".samples_per_s " + train(small, points, labels));
    out.println("train." + wide.describe() + ".samples_per_s " + train(wide, points, labels));
    Network network = Network.initialise(small, SEED);
    out.println(
        "trace."
            + small.describe()
            + ".points_per_s "
            + measure(() -> trace(network, points, count)));
  }

  /**
   * Prints {@code train.D-32-10.samples_per_s} (for the digits, D = 64): the same training as
   * {@link #run} through one tanh layer of 32 to one logit per class, on data of any width, for
   * comparison with other libraries training the same network the same way.
   *
   * @param points row-major n × inputs values
   * @param inputs values a row
   * @param labels n labels, 0 … classes − 1
   * @param classes the number of classes
   * @param out where the line goes
   */
  public static void runWide(
      double[] points, int inputs, int[] labels, int classes, PrintStream out) {
    Architecture wide = Architecture.of(inputs, Activation.TANH, classes, 32);
    out.println("train." + wide.describe() + ".samples_per_s " + train(wide, points, labels));
  }

  private static long train(Architecture architecture, double[] points, int[] labels) {
    Learner learner =
        new Learner(Network.initialise(architecture, SEED), OptimizerSettings.sgd(0.1));
    int[] order = new int[labels.length];
    Arrays.setAll(order, i -> i);
    Random random = new Random(SEED);
    return measure(() -> epoch(learner, points, labels, order, random));
  }

  /** One shuffled pass over the data; returns the number of samples trained on. */
  private static long epoch(
      Learner learner, double[] points, int[] labels, int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    for (int from = 0; from < order.length; from += BATCH) {
      learner.step(points, labels, order, from, Math.min(BATCH, order.length - from));
    }
    return order.length;
  }

  private static long trace(Network network, double[] points, int count) {
    return network.trace(points, count).count();
  }

  /** Units of work per second: median of {@value #RUNS} runs after the warm-up. */
  private static long measure(Workload workload) {
    repeat(workload, WARM_UP_NANOS);
    double[] rates = new double[RUNS];
    for (int run = 0; run < RUNS; run++) {
      rates[run] = repeat(workload, RUN_NANOS);
    }
    Arrays.sort(rates);
    return Math.round(rates[RUNS / 2]);
  }

  private static double repeat(Workload workload, long nanos) {
    long start = System.nanoTime();
    long done = 0;
    long elapsed;
    do {
      done += workload.run();
      elapsed = System.nanoTime() - start;
    } while (elapsed < nanos);
    return done * 1e9 / elapsed;
  }

  /** Something measured; returns how many units (samples, points) it processed. */
  private interface Workload {
    long run();
  }

  /**
   * Runs the benchmark on the seeded paper ball of 2,048 points a sheet (4,096 in all), or on a CSV
   * file of points in 3D of two classes. {@code uncrumple bench train} is the usual way in.
   *
   * @param args nothing, or the CSV file's path
   * @throws DataException if the file cannot be read or is not 3-D points of two classes
   */
  public static void main(String[] args) throws DataException {
    Dataset data =
        args.length > 0
            ? CsvImport.read(Path.of(args[0]))
            : Generators.generate("paper-ball", Map.of("points", 2048, "seed", 1));
    if (data.dimensions() != 3 || data.classCount() != 2) {
      throw new DataException(
          data.name() + ": the benchmark's networks take points in 3D of two classes");
    }
    run(data.points(), data.labels(), System.out);
  }
}
