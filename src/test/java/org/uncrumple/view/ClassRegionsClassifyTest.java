package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link RegionGrid#classify}: the class of every grid place, without a toolkit. */
class ClassRegionsClassifyTest {
  private static final double[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1};

  @Test
  void eachClassOwnsTheCornerItsWeightsPointTo() {
    // z = W·h + b with rows pointing to alternate corners of the cube: class c wins near corner c.
    double[] w = {1, 1, 1, 1, -1, -1, -1, 1, -1, -1, -1, 1};
    int g = 5;
    int[] classes = RegionGrid.classify(w, new double[4], IDENTITY, g, 1.5);

    assertEquals(g * g * g, classes.length);
    assertEquals(0, classes[index(g, 4, 4, 4)]);
    assertEquals(1, classes[index(g, 4, 0, 0)]);
    assertEquals(2, classes[index(g, 0, 4, 0)]);
    assertEquals(3, classes[index(g, 0, 0, 4)]);
  }

  @Test
  void everyPlaceGetsTheArgmaxOfTheLogitsThere() {
    // Three classes: x beats y beats z, shifted by the bias so the regions are unequal.
    double[] w = {2, 0, 0, 0, 1, 0, 0, 0, 1};
    double[] b = {0, 0.3, -0.2};
    int g = 7;
    double half = 1.5;
    int[] classes = RegionGrid.classify(w, b, IDENTITY, g, half);

    double[] axis = RegionGrid.coordinates(g, half);
    int[] seen = new int[3];
    for (int l = 0; l < g; l++) {
      for (int j = 0; j < g; j++) {
        for (int i = 0; i < g; i++) {
          double[] z = {2 * axis[i], axis[j] + 0.3, axis[l] - 0.2};
          int expected = z[0] >= z[1] && z[0] >= z[2] ? 0 : z[1] >= z[2] ? 1 : 2;
          assertEquals(expected, classes[index(g, i, j, l)], "place " + i + ", " + j + ", " + l);
          seen[expected]++;
        }
      }
    }
    for (int c = 0; c < 3; c++) {
      assertTrue(seen[c] > 0, "class " + c + " owns no place");
    }
  }

  @Test
  void aWideLayerIsClassifiedOnTheSliceTheViewShows() {
    // Width 5, the view showing coordinates 1, 3 and 4. Classes 0–2 grow with those; class 3 only
    // with coordinate 0, which is 0 on the slice, so its logit there is its bias 0.5.
    double[] frame = {
      0, 1, 0, 0, 0,
      0, 0, 0, 1, 0,
      0, 0, 0, 0, 1
    };
    double[] w = {
      0, 1, 0, 0, 0,
      0, 0, 0, 1, 0,
      0, 0, 0, 0, 1,
      10, 0, 0, 0, 0
    };
    double[] b = {0, 0, 0, 0.5};
    int g = 3;
    int[] classes = RegionGrid.classify(w, b, frame, g, 1);

    assertEquals(3, classes[index(g, 0, 0, 0)], "every logit below 0.5 at (−1, −1, −1)");
    assertEquals(0, classes[index(g, 2, 0, 0)]);
    assertEquals(1, classes[index(g, 0, 2, 0)]);
    assertEquals(2, classes[index(g, 0, 0, 2)]);
    assertEquals(3, classes[index(g, 1, 1, 1)], "the centre of the view is h = 0");
  }

  @ParameterizedTest(name = "{0} classes, width {1}")
  @CsvSource({"2, 1", "3, 2", "4, 3", "5, 4", "8, 16"})
  void agreesWithTheWideSpaceComputedPlaceByPlace(int k, int width) {
    SplittableRandom random = new SplittableRandom(31L * k + width);
    double[] w = gaussians(random, k * width);
    double[] b = gaussians(random, k);
    double[] frame = orthonormalRows(random, width);
    int g = 6;
    double half = 1.5;

    int[] classes = RegionGrid.classify(w, b, frame, g, half);

    assertArrayEquals(reference(w, b, frame, g, half), classes);
  }

  @Test
  void theLowestClassWinsATie() {
    double[] w = {1, 0, 0, 1, 0, 0};
    int[] classes = RegionGrid.classify(w, new double[2], IDENTITY, 2, 1);
    for (int c : classes) {
      assertEquals(0, c);
    }
  }

  @Test
  void mismatchedSizesAreRejected() {
    double[] w = {1, 0, 0, 0, 1, 0};
    assertThrows(
        IllegalArgumentException.class,
        () -> RegionGrid.classify(w, new double[] {0, 0}, new double[6], 4, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> RegionGrid.classify(w, new double[] {0, 0, 0, 0}, IDENTITY, 4, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> RegionGrid.classify(w, new double[] {0, 0}, IDENTITY, 1, 1));
  }

  /**
   * The slow, obvious way: for each place y, the point h = Pᵀy of the wide space, its logits z =
   * W·h + b, and their argmax.
   */
  private static int[] reference(double[] w, double[] b, double[] frame, int g, double half) {
    int k = b.length;
    int width = w.length / k;
    int[] classes = new int[g * g * g];
    for (int l = 0; l < g; l++) {
      for (int j = 0; j < g; j++) {
        for (int i = 0; i < g; i++) {
          double[] y = {
            -half + 2 * half * i / (g - 1),
            -half + 2 * half * j / (g - 1),
            -half + 2 * half * l / (g - 1)
          };
          double[] h = new double[width];
          for (int c = 0; c < width; c++) {
            for (int r = 0; r < 3; r++) {
              h[c] += frame[r * width + c] * y[r];
            }
          }
          int best = 0;
          double bestLogit = Double.NEGATIVE_INFINITY;
          for (int c = 0; c < k; c++) {
            double z = b[c];
            for (int m = 0; m < width; m++) {
              z += w[c * width + m] * h[m];
            }
            if (z > bestLogit) {
              bestLogit = z;
              best = c;
            }
          }
          classes[index(g, i, j, l)] = best;
        }
      }
    }
    return classes;
  }

  /**
   * Three orthonormal rows of the given width (Gram–Schmidt on random rows); for a width below 3
   * the canonical frame of the app, whose extra rows are zero.
   */
  private static double[] orthonormalRows(SplittableRandom random, int width) {
    double[] frame = new double[3 * width];
    if (width < 3) {
      for (int r = 0; r < width; r++) {
        frame[r * width + r] = 1;
      }
      return frame;
    }
    for (int r = 0; r < 3; r++) {
      double[] row = gaussians(random, width);
      for (int q = 0; q < r; q++) {
        double dot = 0;
        for (int c = 0; c < width; c++) {
          dot += row[c] * frame[q * width + c];
        }
        for (int c = 0; c < width; c++) {
          row[c] -= dot * frame[q * width + c];
        }
      }
      double length = 0;
      for (double v : row) {
        length += v * v;
      }
      for (int c = 0; c < width; c++) {
        frame[r * width + c] = row[c] / Math.sqrt(length);
      }
    }
    return frame;
  }

  private static double[] gaussians(SplittableRandom random, int n) {
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      // Box–Muller, enough for test data.
      values[i] =
          Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
              * Math.cos(2 * Math.PI * random.nextDouble());
    }
    return values;
  }

  private static int index(int g, int i, int j, int l) {
    return i + g * (j + g * l);
  }
}
