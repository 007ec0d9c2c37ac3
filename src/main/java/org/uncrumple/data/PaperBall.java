package org.uncrumple.data;

import java.util.List;

/**
 * Two sheets of paper, class 0 and class 1, crumpled together into a ball: the heart of Uncrumple.
 *
 * <p>Before crumpling the sheets are the squares [-1, 1]² at heights z = −gap/2 (sheet A, class 0)
 * and z = +gap/2 (sheet B, class 1). Points are drawn uniformly on each square in (u, v) and each
 * sheet is meshed over a regular {@value #GRID} × {@value #GRID} (u, v) grid. Then points and
 * meshes are all carried by one {@link CrumpleFlow} for time {@value #TIME_PER_CRUMPLE} × crumple,
 * a smooth invertible map of space, so the sheets fold and bend but never cross, and finally
 * normalised together into [-1, 1]³. Crumple 0 leaves two flat parallel sheets. The seed fixes the
 * crumple first and the points after it, so changing only the number of points keeps the shape.
 * Noise jitters each point before crumpling by a Gaussian of standard deviation noise × gap in
 * every direction, so at noise 0.5 a point is often as far off its sheet as halfway to the other;
 * the sheets themselves stay as they are.
 */
final class PaperBall implements Generator {
  /** Vertices along each side of a sheet's mesh. */
  static final int GRID = 40;

  /** Flow time per unit of crumple strength; keeps the default crumple learnable by a small net. */
  static final double TIME_PER_CRUMPLE = 0.35;

  @Override
  public String id() {
    return "paper-ball";
  }

  @Override
  public String description() {
    return "Two sheets of paper, one per class, crumpled together into a ball; the network must"
        + " smooth them flat to tell them apart.";
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(
        Parameter.whole("points", 2000, 10, 1_000_000, "points on each sheet"),
        Parameter.real(
            "crumple", 1.0, 0, 2, "how hard the sheets are crumpled; 0 leaves them flat"),
        Parameter.real(
            "gap",
            0.15,
            0.02,
            0.5,
            "distance between the flat sheets before crumpling, where a sheet's side is 2"),
        Parameter.real(
            "noise",
            0,
            0,
            1,
            "jitter of the points, as a fraction of the distance between the two sheets"),
        Parameter.SEED);
  }

  @Override
  public Dataset generate(Parameters values, int testPerClass) {
    int count = values.whole("points");
    double gap = values.real("gap");
    Rng rng = new Rng(values.seed());
    CrumpleFlow flow = new CrumpleFlow(rng);
    double time = TIME_PER_CRUMPLE * values.real("crumple");
    DatasetBuilder builder = new DatasetBuilder(id(), List.of("sheet A", "sheet B"));
    for (int label = 0; label < 2; label++) {
      double height = (label - 0.5) * gap;
      double[] xyz = onSheet(count, height, rng);
      Surfaces.jitter(xyz, values.real("noise") * gap, rng);
      double[] vertices = Surfaces.gridVertices((u, v, out) -> flat(u, v, height, out), GRID, GRID);
      flow.carry(xyz, time);
      flow.carry(vertices, time);
      builder.addPoints(label, xyz).addSheet(label, GRID, GRID, vertices);
      if (testPerClass > 0) {
        Rng testRng = HeldOut.testRng(values.seed(), label);
        double[] test = onSheet(testPerClass, height, testRng);
        Surfaces.jitter(test, values.real("noise") * gap, testRng);
        flow.carry(test, time);
        builder.addTestPoints(label, test);
      }
    }
    return builder.build();
  }

  /** Points drawn uniformly on the flat sheet at the given height, before crumpling. */
  private static double[] onSheet(int count, double height, Rng rng) {
    double[] xyz = new double[count * 3];
    for (int i = 0; i < count; i++) {
      xyz[3 * i] = rng.uniform(-1, 1);
      xyz[3 * i + 1] = rng.uniform(-1, 1);
      xyz[3 * i + 2] = height;
    }
    return xyz;
  }

  private static void flat(double u, double v, double height, double[] out) {
    out[0] = 2 * u - 1;
    out[1] = 2 * v - 1;
    out[2] = height;
  }
}
