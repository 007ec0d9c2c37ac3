package org.uncrumple.view;

import java.util.Random;
import org.uncrumple.lessons.LossLandscape;

/** Made-up loss landscapes and training paths with a known shape, for the landscape's tests. */
final class Landscapes {
  private Landscapes() {}

  /**
   * A bowl: L(a, b) = 0.05·exp(3·(a² + 2b²)/r² + 0.4·a/r), lowest near the centre, highest in the
   * corners, with seeded bumps of up to ±5 % so that no two cells agree by accident.
   */
  static LossLandscape.Surface bowl(int n, double radius, long seed) {
    Random random = new Random(seed);
    double[] loss = new double[n * n];
    LossLandscape.Surface axes = new LossLandscape.Surface(n, radius, new double[0]);
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        double a = axes.coordinate(i) / radius;
        double b = axes.coordinate(j) / radius;
        double bump = 1 + 0.05 * (2 * random.nextDouble() - 1);
        loss[j * n + i] = 0.05 * Math.exp(3 * (a * a + 2 * b * b) + 0.4 * a) * bump;
      }
    }
    return new LossLandscape.Surface(n, radius, loss);
  }

  /**
   * A training path as {a, b} pairs: a spiral from beyond the corner (a, b) = (1.3r, 1.1r) into the
   * centre, ending exactly at (0, 0) where the current weights are.
   */
  static double[][] spiralIn(double radius, int steps) {
    double[][] path = new double[steps][];
    for (int s = 0; s < steps; s++) {
      double left = 1 - (double) s / (steps - 1);
      double angle = 0.7 + 5 * left;
      double reach = 1.7 * radius * left;
      path[s] = new double[] {reach * Math.cos(angle), reach * Math.sin(angle)};
    }
    return path;
  }
}
