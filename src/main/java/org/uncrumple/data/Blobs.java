package org.uncrumple.data;

import java.util.ArrayList;
import java.util.List;

/**
 * k round Gaussian clusters, one per class, the easy warm-up: centres drawn uniformly in the cube
 * [-1, 1]³ and kept at least {@value #SEPARATION} apart where the cube has room (the required
 * distance shrinks when it cannot be met), each point a centre plus isotropic Gaussian noise with
 * standard deviation "spread". No surfaces, so no sheets.
 */
final class Blobs implements Generator {
  private static final double SEPARATION = 1.0;
  private static final int TRIES = 1000;

  @Override
  public String id() {
    return "blobs";
  }

  @Override
  public String description() {
    return "A few round clouds of points, one per class; the easy case where a network only needs"
        + " to draw flat cuts between them.";
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(
        Parameter.whole("points", 500, 10, 1_000_000, "points in each cloud"),
        Parameter.whole("classes", 4, 2, 12, "number of clouds, one class each"),
        Parameter.real(
            "spread",
            0.25,
            0.01,
            1,
            "standard deviation of each cloud, where the centres lie in a cube of side 2"),
        Parameter.SEED);
  }

  @Override
  public Dataset generate(Parameters values, int testPerClass) {
    int count = values.whole("points");
    int classes = values.whole("classes");
    double spread = values.real("spread");
    Rng rng = new Rng(values.seed());
    double[][] centres = centres(classes, rng);
    List<String> names = new ArrayList<>();
    for (int label = 0; label < classes; label++) {
      names.add("blob " + (label + 1));
    }
    DatasetBuilder builder = new DatasetBuilder(id(), names);
    for (int label = 0; label < classes; label++) {
      builder.addPoints(label, cloud(count, centres[label], spread, rng));
      if (testPerClass > 0) {
        Rng testRng = HeldOut.testRng(values.seed(), label);
        builder.addTestPoints(label, cloud(testPerClass, centres[label], spread, testRng));
      }
    }
    return builder.build();
  }

  /** Gaussian points around one centre. */
  private static double[] cloud(int count, double[] centre, double spread, Rng rng) {
    double[] xyz = new double[count * 3];
    for (int i = 0; i < xyz.length; i++) {
      xyz[i] = centre[i % 3] + spread * rng.gaussian();
    }
    return xyz;
  }

  private static double[][] centres(int classes, Rng rng) {
    double[][] centres = new double[classes][];
    double separation = SEPARATION;
    int placed = 0;
    int tries = 0;
    while (placed < classes) {
      double[] candidate = {rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(-1, 1)};
      if (farFromAll(candidate, centres, placed, separation)) {
        centres[placed++] = candidate;
      } else if (++tries == TRIES) {
        separation *= 0.9;
        tries = 0;
      }
    }
    return centres;
  }

  private static boolean farFromAll(double[] p, double[][] centres, int placed, double distance) {
    for (int k = 0; k < placed; k++) {
      double dx = p[0] - centres[k][0];
      double dy = p[1] - centres[k][1];
      double dz = p[2] - centres[k][2];
      if (dx * dx + dy * dy + dz * dz < distance * distance) {
        return false;
      }
    }
    return true;
  }
}
