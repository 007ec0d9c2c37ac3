package org.uncrumple.data;

import java.util.List;

/**
 * Two interleaved sheets rolled up together, like two layers of a rolled carpet: class c lies on
 * the spiral r = r₀ + s·t/2π + c·s/2 (t from 0 to 2π × turns, s = 1 the growth of the radius per
 * turn), extruded along y over the roll's full diameter. Neighbouring windings of the two layers
 * are s/2 apart. Points are uniform by area; meshes run {@value #ROWS} rows across the roll and
 * {@value #COLUMNS_PER_TURN} columns per turn along it.
 */
final class SwissRoll implements Generator {
  private static final double INNER_RADIUS = 0.5;
  private static final double SPACING = 1.0;
  private static final int ROWS = 12;
  private static final int COLUMNS_PER_TURN = 36;

  @Override
  public String id() {
    return "swiss-roll";
  }

  @Override
  public String description() {
    return "Two sheets rolled up together like the layers of a rolled carpet; the network must"
        + " unroll them to tell them apart.";
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(
        Parameter.whole("points", 1000, 10, 1_000_000, "points on each sheet"),
        Parameter.real("turns", 1.5, 0.5, 4, "how many times the sheets are rolled around"),
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
    double turns = values.real("turns");
    double height = 2 * (INNER_RADIUS + SPACING * (turns + 0.5));
    Rng rng = new Rng(values.seed());
    DatasetBuilder builder = new DatasetBuilder(id(), List.of("sheet A", "sheet B"));
    int columns = (int) Math.ceil(COLUMNS_PER_TURN * turns) + 1;
    for (int label = 0; label < 2; label++) {
      double offset = INNER_RADIUS + label * SPACING / 2;
      Surface layer =
          (u, v, out) -> {
            double t = 2 * Math.PI * turns * u;
            double r = offset + SPACING * t / (2 * Math.PI);
            out[0] = r * StrictMath.cos(t);
            out[1] = (v - 0.5) * height;
            out[2] = r * StrictMath.sin(t);
          };
      double jitter = values.real("noise") * SPACING / 2;
      double[] xyz = Surfaces.sampleByArea(layer, count, rng);
      Surfaces.jitter(xyz, jitter, rng);
      if (testPerClass > 0) {
        Rng testRng = HeldOut.testRng(values.seed(), label);
        double[] test = Surfaces.sampleByArea(layer, testPerClass, testRng);
        Surfaces.jitter(test, jitter, testRng);
        builder.addTestPoints(label, test);
      }
      builder
          .addPoints(label, xyz)
          .addSheet(label, ROWS, columns, Surfaces.gridVertices(layer, ROWS, columns));
    }
    return builder.build();
  }
}
