package org.uncrumple.nn;

import java.util.Random;

/** Seeded data and small helpers shared by the nn tests. */
final class Fixtures {
  private Fixtures() {}

  /** Parses "3-16-16-2" into inputs 3, hidden 16 and 16 with {@code activation}, classes 2. */
  static Architecture architecture(String shape, Activation activation) {
    String[] parts = shape.split("-");
    int[] hidden = new int[parts.length - 2];
    for (int i = 0; i < hidden.length; i++) {
      hidden[i] = Integer.parseInt(parts[i + 1]);
    }
    return Architecture.of(
        Integer.parseInt(parts[0]), activation, Integer.parseInt(parts[parts.length - 1]), hidden);
  }

  /** count × width Gaussian points scaled by {@code scale}, row-major. */
  static double[] points(int count, int width, double scale, long seed) {
    Random random = new Random(seed);
    double[] points = new double[count * width];
    for (int i = 0; i < points.length; i++) {
      points[i] = scale * random.nextGaussian();
    }
    return points;
  }

  static int[] labels(int count, int classes, long seed) {
    Random random = new Random(seed);
    int[] labels = new int[count];
    for (int i = 0; i < count; i++) {
      labels[i] = random.nextInt(classes);
    }
    return labels;
  }

  /** 0, 1, …, count − 1 shuffled. */
  static int[] permutation(int count, long seed) {
    Random random = new Random(seed);
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  /** The gradients flattened in the order of {@link Network#parameters()}. */
  static double[] flatten(Gradients gradients) {
    int size = 0;
    for (int l = 0; l < gradients.layerCount(); l++) {
      size += gradients.weights(l).getNumElements() + gradients.bias(l).getNumElements();
    }
    double[] flat = new double[size];
    int at = 0;
    for (int l = 0; l < gradients.layerCount(); l++) {
      int weights = gradients.weights(l).getNumElements();
      System.arraycopy(gradients.weights(l).data, 0, flat, at, weights);
      at += weights;
      int bias = gradients.bias(l).getNumElements();
      System.arraycopy(gradients.bias(l).data, 0, flat, at, bias);
      at += bias;
    }
    return flat;
  }

  /** Two Gaussian blobs in 3D centred at ±(1, 1, 1), labels 0 and 1 alternating. */
  static double[] blobs(int count, long seed) {
    Random random = new Random(seed);
    double[] points = new double[count * 3];
    for (int r = 0; r < count; r++) {
      double centre = r % 2 == 0 ? -1 : 1;
      for (int c = 0; c < 3; c++) {
        points[r * 3 + c] = centre + 0.5 * random.nextGaussian();
      }
    }
    return points;
  }

  static int[] alternatingLabels(int count) {
    int[] labels = new int[count];
    for (int r = 0; r < count; r++) {
      labels[r] = r % 2;
    }
    return labels;
  }

  static double relativeError(double analytic, double numeric) {
    return Math.abs(analytic - numeric)
        / Math.max(Math.max(Math.abs(analytic), Math.abs(numeric)), 1e-12);
  }
}
