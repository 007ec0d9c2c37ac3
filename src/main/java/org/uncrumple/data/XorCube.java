package org.uncrumple.data;

import java.util.List;

/**
 * Points filling the cube [-1, 1]³, labelled by the parity of their octant: class 0 where
 * sign(x)·sign(y)·sign(z) is positive, class 1 where it is negative, the 3D form of the XOR problem
 * (M. Minsky and S. Papert, <i>Perceptrons</i>, 1969). A margin keeps points away from the three
 * planes that divide the octants. No surfaces, so no sheets.
 */
final class XorCube implements Generator {
  @Override
  public String id() {
    return "xor-cube";
  }

  @Override
  public String description() {
    return "A cube cut into eight smaller cubes coloured like a 3D chessboard; no single flat cut"
        + " can split the colours.";
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(
        Parameter.whole("points", 1000, 10, 1_000_000, "points of each colour"),
        Parameter.real(
            "margin",
            0.05,
            0,
            0.5,
            "empty space left on both sides of the dividing planes, where the cube's side is 2"),
        Parameter.SEED);
  }

  @Override
  public Dataset generate(Parameters values, int testPerClass) {
    int count = values.whole("points");
    double margin = values.real("margin");
    Rng rng = new Rng(values.seed());
    DatasetBuilder builder = new DatasetBuilder(id(), List.of("x·y·z > 0", "x·y·z < 0"));
    for (int label = 0; label < 2; label++) {
      builder.addPoints(label, draw(count, label, margin, rng));
      if (testPerClass > 0) {
        Rng testRng = HeldOut.testRng(values.seed(), label);
        builder.addTestPoints(label, draw(testPerClass, label, margin, testRng));
      }
    }
    return builder.build();
  }

  /**
   * Points of one class: each coordinate at least {@code margin} from 0, signs fitting the class.
   */
  private static double[] draw(int count, int label, double margin, Rng rng) {
    double[] xyz = new double[count * 3];
    for (int i = 0; i < count; i++) {
      int negatives = 0;
      for (int axis = 0; axis < 3; axis++) {
        double magnitude = rng.uniform(margin, 1);
        boolean negative = rng.uniform() < 0.5;
        negatives += negative ? 1 : 0;
        xyz[3 * i + axis] = negative ? -magnitude : magnitude;
      }
      // an odd number of negative signs makes the product negative: flip x to fit the class
      if (negatives % 2 != label) {
        xyz[3 * i] = -xyz[3 * i];
      }
    }
    return xyz;
  }
}
