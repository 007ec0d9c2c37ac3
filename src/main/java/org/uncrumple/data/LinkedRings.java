package org.uncrumple.data;

import java.util.List;

/**
 * Two interlocked tori like chain links: ring A (class 0) lies in the xy-plane around (−½, 0, 0),
 * ring B (class 1) in the xz-plane around (½, 0, 0), both with core radius 1, so each core passes
 * through the other's centre. Every point of one core is then exactly 1 from the other core, so
 * tubes of radius below ½ never touch and leave a gap of 1 − 2 × tube. Points are uniform by area;
 * each torus is meshed over {@value #COLUMNS} steps around the ring by {@value #ROWS} around the
 * tube, normals outwards.
 */
final class LinkedRings implements Generator {
  private static final int ROWS = 17;
  private static final int COLUMNS = 49;

  @Override
  public String id() {
    return "linked-rings";
  }

  @Override
  public String description() {
    return "Two rings linked like a chain; they cannot be pulled apart without cutting, so the"
        + " network must squeeze space until a flat cut fits between them.";
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(
        Parameter.whole("points", 1000, 10, 1_000_000, "points on each ring"),
        Parameter.real("tube", 0.25, 0.05, 0.45, "radius of a ring's tube; the ring has radius 1"),
        Parameter.real(
            "noise",
            0,
            0,
            1,
            "jitter of the points, as a fraction of the distance between the two rings"),
        Parameter.SEED);
  }

  @Override
  public Dataset generate(Parameters values, int testPerClass) {
    int count = values.whole("points");
    double tube = values.real("tube");
    Rng rng = new Rng(values.seed());
    DatasetBuilder builder = new DatasetBuilder(id(), List.of("ring A", "ring B"));
    double[][] centres = {{-0.5, 0, 0}, {0.5, 0, 0}};
    double[][] planeX = {{1, 0, 0}, {1, 0, 0}};
    double[][] planeY = {{0, 1, 0}, {0, 0, 1}};
    for (int label = 0; label < 2; label++) {
      double[] c = centres[label];
      double[] ex = planeX[label];
      double[] ey = planeY[label];
      double[] n = cross(ex, ey);
      Surface torus =
          (u, v, out) -> {
            double a = 2 * Math.PI * u;
            double phi = 2 * Math.PI * v;
            double reach = 1 + tube * StrictMath.cos(phi);
            double lift = tube * StrictMath.sin(phi);
            double cos = StrictMath.cos(a);
            double sin = StrictMath.sin(a);
            for (int i = 0; i < 3; i++) {
              out[i] = c[i] + reach * (cos * ex[i] + sin * ey[i]) + lift * n[i];
            }
          };
      double jitter = values.real("noise") * (1 - 2 * tube);
      double[] xyz = Surfaces.sampleByArea(torus, count, rng);
      Surfaces.jitter(xyz, jitter, rng);
      if (testPerClass > 0) {
        Rng testRng = HeldOut.testRng(values.seed(), label);
        double[] test = Surfaces.sampleByArea(torus, testPerClass, testRng);
        Surfaces.jitter(test, jitter, testRng);
        builder.addTestPoints(label, test);
      }
      builder
          .addPoints(label, xyz)
          .addSheet(label, ROWS, COLUMNS, Surfaces.gridVertices(torus, ROWS, COLUMNS));
    }
    return builder.build();
  }

  private static double[] cross(double[] a, double[] b) {
    return new double[] {
      a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]
    };
  }
}
