package org.uncrumple.geometry;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uncrumple.geometry.Fixtures.Activation;

/**
 * Reports the cost of the per-frame call, in ns per point, for 100,000 points in layers of width 3
 * and 16, and the cost of building a path, in CPU time of the calling thread (the machine may be
 * shared). Not a gate (nothing is asserted on time); run with {@code mvn -o -q test
 * -Dtest=PositionsBenchmarkTest -Duncrumple.bench=true} and read the report entries in the build
 * log.
 */
@EnabledIfSystemProperty(named = "uncrumple.bench", matches = "true")
class PositionsBenchmarkTest {
  private static final int COUNT = 100_000;
  private static final int REPEATS = 300;
  private static final ThreadMXBean CLOCK = ManagementFactory.getThreadMXBean();
  private static final Logger LOG = System.getLogger(PositionsBenchmarkTest.class.getName());

  @ParameterizedTest(name = "width {0}")
  @ValueSource(ints = {3, 16})
  void reportsNanosecondsPerPoint(int width) {
    Random random = new Random(width);
    List<LayerParams> layers =
        List.of(
            Fixtures.layer(random, width, width, Activation.TANH),
            Fixtures.layer(random, width, width, Activation.TANH));
    double[] input = Fixtures.points(random, COUNT, width);
    StagePath path = StagePath.build(layers, input, COUNT, null);
    long buildStart = CLOCK.getCurrentThreadCpuTime();
    path = StagePath.build(layers, input, COUNT, path);
    long buildNanos = CLOCK.getCurrentThreadCpuTime() - buildStart;
    float[] out = new float[3 * COUNT];
    for (int i = 0; i < REPEATS; i++) {
      path.positionsAt(random.nextDouble() * (path.stageCount() - 1), out);
    }

    LOG.log(Level.INFO, "width {0}: build {1} ms for {2} points", width, buildNanos / 1e6, COUNT);
    for (int stage = 6; stage <= 10; stage++) {
      long start = CLOCK.getCurrentThreadCpuTime();
      for (int i = 0; i < REPEATS; i++) {
        path.positionsAt(stage - 0.5 + 0.001 * (i % 7), out);
      }
      double perPoint = (CLOCK.getCurrentThreadCpuTime() - start) / (double) REPEATS / COUNT;
      LOG.log(Level.INFO, "width {0}: {1} {2} ns/point", width, path.stageId(stage), perPoint);
    }
  }
}
