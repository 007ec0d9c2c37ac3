package org.uncrumple.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.geometry.DecisionSurface;
import org.uncrumple.geometry.Flatness;
import org.uncrumple.geometry.Separability;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.Network;

/**
 * Cost of the per-layer measures and of the decision surface, printed one {@code name value} a
 * line: milliseconds per call, and the value measured so that a change of result shows too.
 *
 * <p>Data: the paper ball, 1000 points a sheet (2000 in all, seed 7), in its 3 input coordinates
 * and lifted to 16 and 64 coordinates by a seeded random tanh layer, a'= tanh(W·a + b) with W
 * Gaussian of standard deviation 1/√3, as the points look after a wide hidden layer. {@link
 * Separability} is timed on all 2000 points and both classes; {@link Flatness} on the 1000 points
 * of sheet A; {@link DecisionSurface#of} for a seeded, untrained 3-16-16-2 tanh network on grids of
 * 32 and 48 points per axis. Each figure is warmed up for about 1 s so the JIT has compiled the hot
 * loops, then measured in 5 runs of about 0.5 s of wall time each; the median is printed, as the
 * CPU time of the calling thread ({@code ms_per_call}, what the work costs, steady on a busy
 * machine) and as wall time ({@code wall_ms_per_call}, what a caller waits, which other processes
 * on a busy machine raise).
 */
public final class MeasureBench {
  static final int RUNS = 5;
  static final long WARM_UP_NANOS = 1_000_000_000L;
  static final long RUN_NANOS = 500_000_000L;
  private static final long SEED = 20240611L;
  private static final int[] WIDTHS = {3, 16, 64};

  private MeasureBench() {}

  /**
   * Runs the benchmark and prints, for d = 3, 16 and 64, {@code separability.<d>d.ms_per_call},
   * {@code .wall_ms_per_call} and {@code .accuracy}, {@code flatness.<d>d.ms_per_call}, {@code
   * .wall_ms_per_call} and {@code .plane_share}, then {@code decision_surface.p32} and {@code
   * decision_surface.p48}, {@code .ms_per_call} and {@code .wall_ms_per_call}.
   *
   * @param out where the lines go
   * @throws DataException never for the built-in parameters
   */
  public static void run(PrintStream out) throws DataException {
    Dataset ball = Generators.generate("paper-ball", Map.of("points", 1000, "seed", 7L));
    int count = ball.size();
    int[] labels = ball.labels();
    int[] sheetA = rowsOf(labels, 0);
    for (int width : WIDTHS) {
      double[] coords = width == 3 ? ball.points() : lifted(ball.points(), count, width);
      double accuracy = Separability.accuracy(coords, width, count, labels, 2);
      measure(
          out,
          "separability." + width + "d",
          () -> Separability.accuracy(coords, width, count, labels, 2));
      print(out, "separability." + width + "d.accuracy", accuracy);
      double share = Flatness.planeShare(coords, width, sheetA);
      measure(out, "flatness." + width + "d", () -> Flatness.planeShare(coords, width, sheetA));
      print(out, "flatness." + width + "d.plane_share", share);
    }
    Network network = Network.initialise(Architecture.of(3, Activation.TANH, 2, 16, 16), SEED);
    for (int perAxis : new int[] {32, 48}) {
      measure(
          out,
          "decision_surface.p" + perAxis,
          () -> DecisionSurface.of(network, perAxis, 1.0).triangleCount());
    }
  }

  /** tanh(W·a + b) for each point, W width×3 and b Gaussian, seeded. */
  private static double[] lifted(double[] points, int count, int width) {
    Random random = new Random(SEED + width);
    double[] w = new double[width * 3];
    double[] b = new double[width];
    for (int i = 0; i < w.length; i++) {
      w[i] = random.nextGaussian() / Math.sqrt(3);
    }
    for (int i = 0; i < width; i++) {
      b[i] = 0.3 * random.nextGaussian();
    }
    double[] out = new double[count * width];
    for (int r = 0; r < count; r++) {
      for (int i = 0; i < width; i++) {
        double z = b[i];
        for (int j = 0; j < 3; j++) {
          z += w[i * 3 + j] * points[r * 3 + j];
        }
        out[r * width + i] = Math.tanh(z);
      }
    }
    return out;
  }

  private static int[] rowsOf(int[] labels, int label) {
    return IntStream.range(0, labels.length).filter(r -> labels[r] == label).toArray();
  }

  /**
   * Prints {@code name.ms_per_call} (CPU time of this thread) and {@code name.wall_ms_per_call},
   * each the median of {@value #RUNS} runs after the warm-up.
   */
  private static void measure(PrintStream out, String name, DoubleSupplier call) {
    repeat(call, WARM_UP_NANOS);
    double[] cpu = new double[RUNS];
    double[] wall = new double[RUNS];
    for (int run = 0; run < RUNS; run++) {
      double[] perCall = repeat(call, RUN_NANOS);
      cpu[run] = perCall[0];
      wall[run] = perCall[1];
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    print(out, name + ".ms_per_call", cpu[RUNS / 2]);
    print(out, name + ".wall_ms_per_call", wall[RUNS / 2]);
  }

  /**
   * Calls until the wall time is up (at least 3 times).
   *
   * @return the mean CPU milliseconds and the mean wall milliseconds per call
   */
  private static double[] repeat(DoubleSupplier call, long nanos) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long startCpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long calls = 0;
    double sink = 0;
    long elapsed;
    do {
      sink += call.getAsDouble();
      calls++;
      elapsed = System.nanoTime() - start;
    } while (elapsed < nanos || calls < 3);
    long cpu = threads.getCurrentThreadCpuTime() - startCpu;
    if (Double.isNaN(sink)) {
      throw new IllegalStateException("a measured call returned NaN");
    }
    return new double[] {cpu / 1e6 / calls, elapsed / 1e6 / calls};
  }

  private static void print(PrintStream out, String name, double value) {
    out.println(name + " " + String.format(Locale.ROOT, "%.3f", value));
  }

  /**
   * Runs the benchmark on the standard output.
   *
   * @param args none
   * @throws DataException never for the built-in parameters
   */
  public static void main(String[] args) throws DataException {
    run(System.out);
  }
}
