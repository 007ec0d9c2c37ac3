package org.uncrumple.data;

import java.util.List;

/**
 * A small sphere (class 0, radius "inner") inside a larger one (class 1, radius 1), both centred at
 * the origin. Points are uniform by area; each sphere is meshed over a (φ, θ) grid of {@value
 * #ROWS} latitudes (pole to pole) by {@value #COLUMNS} longitudes, normals outwards.
 */
final class NestedSpheres implements Generator {
  private static final int ROWS = 17;
  private static final int COLUMNS = 33;

  @Override
  public String id() {
    return "nested-spheres";
  }

  @Override
  public String description() {
    return "A small ball inside a bigger one; no flat cut can separate them, so the network must"
        + " bend space to pull the inner one out.";
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(
        Parameter.whole("points", 1000, 10, 1_000_000, "points on each sphere"),
        Parameter.real("inner", 0.5, 0.1, 0.9, "radius of the inner sphere; the outer one has 1"),
        Parameter.real(
            "noise",
            0,
            0,
            1,
            "jitter of the points, as a fraction of the distance between the two spheres"),
        Parameter.SEED);
  }

  @Override
  public Dataset generate(Parameters values, int testPerClass) {
    int count = values.whole("points");
    double inner = values.real("inner");
    Rng rng = new Rng(values.seed());
    DatasetBuilder builder = new DatasetBuilder(id(), List.of("inner sphere", "outer sphere"));
    for (int label = 0; label < 2; label++) {
      double radius = label == 0 ? inner : 1;
      Surface sphere = (u, v, out) -> sphere(radius, u, v, out);
      double jitter = values.real("noise") * (1 - inner);
      double[] xyz = Surfaces.sampleByArea(sphere, count, rng);
      Surfaces.jitter(xyz, jitter, rng);
      if (testPerClass > 0) {
        Rng testRng = HeldOut.testRng(values.seed(), label);
        double[] test = Surfaces.sampleByArea(sphere, testPerClass, testRng);
        Surfaces.jitter(test, jitter, testRng);
        builder.addTestPoints(label, test);
      }
      builder
          .addPoints(label, xyz)
          .addSheet(label, ROWS, COLUMNS, Surfaces.gridVertices(sphere, ROWS, COLUMNS));
    }
    return builder.build();
  }

  /** Longitude φ = 2πu, colatitude θ = π(1 − v): from the south pole up, so normals face out. */
  private static void sphere(double radius, double u, double v, double[] out) {
    double phi = 2 * Math.PI * u;
    double theta = Math.PI * (1 - v);
    double ring = radius * StrictMath.sin(theta);
    out[0] = ring * StrictMath.cos(phi);
    out[1] = ring * StrictMath.sin(phi);
    out[2] = radius * StrictMath.cos(theta);
  }
}
