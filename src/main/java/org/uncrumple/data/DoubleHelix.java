package org.uncrumple.data;

import java.util.List;

/**
 * Two intertwined helical tubes, like a strand of DNA: the core of strand c is (cos θ, sin θ, k·t)
 * with θ = t + cπ, t from 0 to 2π × turns and k·2π = {@value #RISE} the rise per turn; the tube is
 * swept around it in the frame of the core's tangent and its direction towards the axis. With that
 * rise the two cores never come closer than {@value #CORE_DISTANCE}, so tubes up to the largest
 * allowed radius leave a gap of {@value #CORE_DISTANCE} − 2 × tube. Points are uniform by area;
 * meshes have {@value #COLUMNS_PER_TURN} columns per turn along the strand and {@value #ROWS} rows
 * around it, normals outwards; the tube ends are open.
 */
final class DoubleHelix implements Generator {
  /** Rise of each strand per turn, with helix radius 1. */
  static final double RISE = 2.5;

  /** The smallest distance between the two strands' cores for {@link #RISE} (computed: 1.1602). */
  static final double CORE_DISTANCE = 1.16;

  private static final int ROWS = 13;
  private static final int COLUMNS_PER_TURN = 40;

  @Override
  public String id() {
    return "double-helix";
  }

  @Override
  public String description() {
    return "Two tubes twisted around each other like a strand of DNA; the network must untwist"
        + " them to tell them apart.";
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(
        Parameter.whole("points", 1000, 10, 1_000_000, "points on each tube"),
        Parameter.real("turns", 2, 0.5, 4, "how many times each tube winds around the axis"),
        Parameter.real("tube", 0.25, 0.05, 0.45, "radius of each tube; the helix has radius 1"),
        Parameter.real(
            "noise",
            0,
            0,
            1,
            "jitter of the points, as a fraction of the distance between the two tubes"),
        Parameter.SEED);
  }

  @Override
  public Dataset generate(Parameters values, int testPerClass) {
    int count = values.whole("points");
    double turns = values.real("turns");
    double tube = values.real("tube");
    double k = RISE / (2 * Math.PI);
    double norm = StrictMath.sqrt(1 + k * k);
    Rng rng = new Rng(values.seed());
    DatasetBuilder builder = new DatasetBuilder(id(), List.of("strand A", "strand B"));
    int columns = (int) Math.ceil(COLUMNS_PER_TURN * turns) + 1;
    for (int label = 0; label < 2; label++) {
      double phase = label * Math.PI;
      Surface strand =
          (u, v, out) -> {
            double t = 2 * Math.PI * turns * u;
            double cos = StrictMath.cos(t + phase);
            double sin = StrictMath.sin(t + phase);
            // tangent T = (−sin, cos, k)/|·|, towards the axis N = (−cos, −sin, 0), B = T × N
            double bx = k * sin / norm;
            double by = -k * cos / norm;
            double bz = 1 / norm;
            // p = core + r·(cos ψ·N − sin ψ·B): the minus makes ∂u × ∂v point out of the tube
            double psi = 2 * Math.PI * v;
            double alongN = tube * StrictMath.cos(psi);
            double alongB = -tube * StrictMath.sin(psi);
            out[0] = cos - alongN * cos + alongB * bx;
            out[1] = sin - alongN * sin + alongB * by;
            out[2] = k * t + alongB * bz;
          };
      double jitter = values.real("noise") * (CORE_DISTANCE - 2 * tube);
      double[] xyz = Surfaces.sampleByArea(strand, count, rng);
      Surfaces.jitter(xyz, jitter, rng);
      if (testPerClass > 0) {
        Rng testRng = HeldOut.testRng(values.seed(), label);
        double[] test = Surfaces.sampleByArea(strand, testPerClass, testRng);
        Surfaces.jitter(test, jitter, testRng);
        builder.addTestPoints(label, test);
      }
      builder
          .addPoints(label, xyz)
          .addSheet(label, ROWS, columns, Surfaces.gridVertices(strand, ROWS, columns));
    }
    return builder.build();
  }
}
