package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.geometry.StageCoordinates;
import org.uncrumple.geometry.StagePath;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;
import org.uncrumple.train.Snapshot;
import org.uncrumple.train.TrainingSession;
import org.uncrumple.train.TrainingSettings;

/**
 * The sheets, the lattice and the decision surface go through the layers exactly as the network
 * sends points: at every stage that does not depend on the signs the decomposition picks (shift,
 * squash; and the input), their drawn positions are the true coordinates of {@link
 * StageCoordinates}, which {@code uncrumple layers} writes.
 */
class CarriedTest {
  private static Dataset data;
  private static Network network;
  private static Traced traced;

  @BeforeAll
  static void traceATrainedBall() throws Exception {
    data = Generators.generate("paper-ball", Map.of("points", 300, "seed", 7));
    LayerSpec tanh = new LayerSpec(3, Activation.TANH);
    Architecture architecture = new Architecture(3, List.of(tanh, tanh, tanh), 2);
    TrainingSession session =
        new TrainingSession(
            data, architecture, TrainingSettings.defaults(), Network.initialise(architecture, 1));
    for (int i = 0; i < 3000; i++) {
      session.advance();
    }
    Snapshot snapshot = session.snapshot(false);
    network = snapshot.copyOfNetwork();
    SceneGeometry geometry = SceneGeometry.of(data, data.labels(), true);
    traced = Traced.of(snapshot, data.points(), data.size(), null, geometry, true);
  }

  @Test
  void sheetVerticesAreWhereTheNetworkSendsThem() {
    assertMatchesTheNetwork(traced.carried().sheets(), sheetVertices());
  }

  @Test
  void latticePointsAreWhereTheNetworkSendsThem() {
    SceneGeometry geometry = SceneGeometry.of(data, data.labels(), false);
    assertMatchesTheNetwork(traced.carried().lattice(), geometry.lattice());
    assertEquals(
        3 * SceneGeometry.LATTICE_LINES * SceneGeometry.LATTICE_LINES,
        geometry.lattice().length / 3 / SceneGeometry.LATTICE_POINTS,
        "three families of 9 × 9 lines");
  }

  @Test
  void theDecisionSurfaceEndsOnTheOutputLayersPlane() {
    StagePath surface = traced.carried().surface();
    assertNotNull(surface, "a trained ball has a surface inside the cube");
    int n = surface.pointCount();
    float[] out = new float[3 * n];
    surface.positionsAt(surface.stageCount() - 1, out);
    double[] normal = traced.boundaryNormal();
    double length =
        Math.sqrt(normal[0] * normal[0] + normal[1] * normal[1] + normal[2] * normal[2]);
    // A vertex is found by linear interpolation along a grid edge of the input, so it may lie
    // off the true zero set by a fraction of the grid spacing h: its logit difference is then
    // at most about |∇(z₁ − z₀)|·h. The plane's equation n·y + c is that logit difference.
    double h = 2 * Traced.SURFACE_HALF / (Traced.SURFACE_GRID - 1);
    double[] logits = network.logits(surfaceInputs(), n);
    double[] point = new double[3];
    int beyond = 0;
    for (int i = 0; i < n; i++) {
      double side =
          normal[0] * out[3 * i] + normal[1] * out[3 * i + 1] + normal[2] * out[3 * i + 2];
      double difference = side + traced.boundaryOffset();
      assertEquals(logits[2 * i + 1] - logits[2 * i], difference, 1e-4, "vertex " + i);
      System.arraycopy(surfaceInputs(), 3 * i, point, 0, 3);
      if (Math.abs(difference) > gradient(point) * h) {
        beyond++;
      }
    }
    assertTrue(beyond <= n / 100, beyond + " of " + n + " vertices farther than one grid step");
  }

  private static double[] surfaceInputs;

  /** The surface's vertices in the input, found again as the trace found them. */
  private static double[] surfaceInputs() {
    if (surfaceInputs == null) {
      surfaceInputs =
          org.uncrumple.geometry.DecisionSurface.of(
                  network, Traced.SURFACE_GRID, Traced.SURFACE_HALF)
              .vertices();
    }
    return surfaceInputs;
  }

  /** |∇(z₁ − z₀)| at a point, by central differences. */
  private static double gradient(double[] point) {
    double sum = 0;
    double e = 1e-5;
    for (int k = 0; k < 3; k++) {
      double[] both = new double[6];
      System.arraycopy(point, 0, both, 0, 3);
      System.arraycopy(point, 0, both, 3, 3);
      both[k] += e;
      both[3 + k] -= e;
      double[] z = network.logits(both, 2);
      double d = ((z[1] - z[0]) - (z[3] - z[2])) / (2 * e);
      sum += d * d;
    }
    return Math.sqrt(sum);
  }

  @Test
  void theSurfaceIsFoundOnlyWhenAskedFor() {
    Snapshot snapshot = traced.snapshot();
    Traced without =
        Traced.of(
            snapshot,
            data.points(),
            data.size(),
            null,
            SceneGeometry.of(data, data.labels(), false),
            false);
    assertNull(without.carried().surface());
    assertNull(without.measures(), "not measured when not asked and nothing to keep");
    assertNotNull(without.carried().sheets());
  }

  @Test
  void measuresAreKeptFromThePreviousTraceUntilAskedAgain() {
    Traced next =
        Traced.of(
            traced.snapshot(),
            data.points(),
            data.size(),
            traced,
            SceneGeometry.of(data, data.labels(), false),
            false);
    assertTrue(next.measures() == traced.measures());
    assertEquals(17, traced.measures().separability().length);
    assertEquals(2, traced.measures().flatness().length, "one row per sheet");
  }

  private static double[] sheetVertices() {
    return SceneGeometry.of(data, data.labels(), false).sheetVertices();
  }

  /** Compares the path's drawn positions with the true coordinates at the sign-free stages. */
  private static void assertMatchesTheNetwork(StagePath path, double[] inputs) {
    StageCoordinates stages = StageCoordinates.of(network);
    int n = inputs.length / 3;
    assertEquals(n, path.pointCount());
    float[] drawn = new float[3 * n];
    double[] point = new double[3];
    for (int stage = 0; stage < path.stageCount(); stage++) {
      boolean signFree = stage == 0 || (stage - 1) % 5 >= 3; // input, shift, squash
      if (!signFree) {
        continue;
      }
      path.positionsAt(stage, drawn);
      double worst = 0;
      for (int i = 0; i < n; i++) {
        System.arraycopy(inputs, 3 * i, point, 0, 3);
        double[] values = stages.follow(point);
        for (int k = 0; k < 3; k++) {
          worst = Math.max(worst, Math.abs(values[stages.offsetOf(stage) + k] - drawn[3 * i + k]));
        }
      }
      assertTrue(worst < 1e-5, "stage " + path.stageId(stage) + ": off by " + worst);
    }
  }
}
