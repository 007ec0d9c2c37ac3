package org.uncrumple.view;

/**
 * Which class the output layer predicts at each place of a coarse grid over the view volume: the
 * numbers behind {@link ClassRegions}.
 *
 * <p>Symbols: k the number of classes, w the width of the last hidden layer, h a point of that
 * layer, W (k×w) and b (k) the linear output layer z = W·h + b, and P (3×w, orthonormal rows) the
 * view frame of the last hidden stage, so that h is drawn at y = P·h. The predicted class is
 * argmax(z), the lowest class winning a tie as in {@code Network.predict}.
 *
 * <p>A place y of the view stands for the point h = Pᵀy. For w ≤ 3 the frame holds rows of the
 * identity and this is exact: every h is drawn where it is (for w &lt; 3 the view's unused axes
 * carry nothing, and the regions stretch along them unchanged). For w &gt; 3 the view shows only
 * the 3D slice of the wide space spanned by P's rows through the origin: the colours show the
 * network's prediction on that slice, while a data point off the slice is drawn at its shadow P·h
 * and is classified by the whole of h, so near a boundary its class may differ from the colour
 * around it.
 *
 * <p>Grid: g places per axis at −half + 2·half·i/(g − 1), i = 0 … g − 1, on each of x, y, z; the
 * place (i, j, l) has index i + g·(j + g·l), x running fastest.
 *
 * <p>Pure and allocation-light, so the trace worker thread computes it; nothing here touches
 * JavaFX.
 */
public final class RegionGrid {
  /** Places per axis used by the app: 11³ = 1 331 markers, 0.25 data units apart. */
  public static final int PER_AXIS = 11;

  /**
   * Half the side of the gridded cube used by the app: one ring of places beyond the bounding cube
   * [−1, 1]³, where tanh and sigmoid layers of width ≤ 3 keep their points, small enough that the
   * default camera shows nearly all of it in an 800×600 view. Wider layers seen through PCA can
   * spread their points further (to about ±3 for 8 tanh units); those points get no markers around
   * them.
   */
  public static final double HALF = 1.25;

  private RegionGrid() {}

  /**
   * The class predicted at every place of the grid.
   *
   * @param outputWeights W, k×w row-major
   * @param bias b, k values (this fixes k)
   * @param frame P, 3×w row-major, orthonormal rows
   * @param perAxis g ≥ 2, places per axis
   * @param half the grid spans [−half, half]³
   * @return g³ classes in 0 … k−1, indexed as in the class javadoc
   * @throws IllegalArgumentException if the sizes do not fit together
   */
  public static int[] classify(
      double[] outputWeights, double[] bias, double[] frame, int perAxis, double half) {
    int k = bias.length;
    if (k == 0 || outputWeights.length % k != 0) {
      throw new IllegalArgumentException(
          outputWeights.length + " weights do not make " + k + " rows (one per class)");
    }
    int w = outputWeights.length / k;
    if (frame.length != 3 * w) {
      throw new IllegalArgumentException(
          "the frame has " + frame.length + " entries, 3×" + w + " = " + 3 * w + " needed");
    }
    if (perAxis < 2) {
      throw new IllegalArgumentException("a grid needs at least 2 places per axis, got " + perAxis);
    }
    // z = W·(Pᵀy) + b = A·y + b with A = W·Pᵀ, k×3.
    double[] a = new double[3 * k];
    for (int c = 0; c < k; c++) {
      for (int r = 0; r < 3; r++) {
        double sum = 0;
        for (int j = 0; j < w; j++) {
          sum += outputWeights[c * w + j] * frame[r * w + j];
        }
        a[3 * c + r] = sum;
      }
    }
    double[] axis = coordinates(perAxis, half);
    int[] classes = new int[perAxis * perAxis * perAxis];
    int index = 0;
    for (int l = 0; l < perAxis; l++) {
      for (int j = 0; j < perAxis; j++) {
        for (int i = 0; i < perAxis; i++) {
          classes[index++] = argmax(a, bias, axis[i], axis[j], axis[l]);
        }
      }
    }
    return classes;
  }

  /** The g coordinates −half + 2·half·i/(g − 1) of the places along one axis. */
  public static double[] coordinates(int perAxis, double half) {
    double[] axis = new double[perAxis];
    for (int i = 0; i < perAxis; i++) {
      axis[i] = -half + 2 * half * i / (perAxis - 1);
    }
    return axis;
  }

  /** argmax over c of z_c = A_c·(x, y, z) + b_c; the lowest class wins a tie. */
  private static int argmax(double[] a, double[] bias, double x, double y, double z) {
    int best = 0;
    double bestLogit = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < bias.length; c++) {
      double logit = a[3 * c] * x + a[3 * c + 1] * y + a[3 * c + 2] * z + bias[c];
      if (logit > bestLogit) {
        best = c;
        bestLogit = logit;
      }
    }
    return best;
  }
}
