package org.uncrumple.geometry;

import java.util.List;
import org.uncrumple.nn.Network;

/**
 * How far the uncrumpling has got at every stage of a network, in two numbers a learner can read:
 *
 * <ul>
 *   <li><b>separability</b> — the accuracy of the best straight cut fitted to the stage's true
 *       coordinates ({@link Separability}): 1 means one flat plane (hyperplane) separates the
 *       classes there; at the output of a trained network it is close to 1, at a crumpled input it
 *       is much lower;
 *   <li><b>flatness</b> of each sheet — the share of the sheet's spread that lies in its
 *       best-fitting plane ({@link Flatness}): 1 for a flat sheet, less for a crumpled one.
 * </ul>
 *
 * <p>Stages are numbered as in {@link StageCoordinates}: 0 the input, five per hidden layer, the
 * output last. The coordinates are the real ones, however wide the stage, not the 3D view of them.
 *
 * @param separability one value in [0, 1] per stage
 * @param flatness per sheet, one value in [0, 1] per stage; empty when there are no sheets
 */
public record StageMeasures(double[] separability, double[][] flatness) {

  /** Points used for the separability fit; more add time and little accuracy. */
  public static final int MAX_POINTS = 1_500;

  /**
   * Measures every stage of {@code network}.
   *
   * @param points row-major count × d inputs, d the network's input width
   * @param labels each point's class
   * @param sheets each sheet's vertices, row-major × 3, in input coordinates
   */
  public static StageMeasures of(
      Network network,
      double[] points,
      int count,
      int[] labels,
      int classes,
      List<double[]> sheets) {
    StageCoordinates stages = StageCoordinates.of(network);
    int n = Math.min(count, MAX_POINTS);
    double stride = count / (double) Math.max(1, n);
    int[] sampled = new int[n];
    double[] all = new double[n * stages.width()];
    int d = network.architecture().inputs();
    double[] point = new double[d];
    double[] values = new double[stages.width()];
    for (int i = 0; i < n; i++) {
      int row = (int) (i * stride);
      System.arraycopy(points, d * row, point, 0, d);
      stages.follow(point, values);
      System.arraycopy(values, 0, all, i * values.length, values.length);
      sampled[i] = labels[row];
    }
    double[] separability = new double[stages.stageCount()];
    for (int s = 0; s < separability.length; s++) {
      double[] coordinates = slice(all, n, stages, s);
      separability[s] = Separability.accuracy(coordinates, stages.widthOf(s), n, sampled, classes);
    }
    double[][] flatness = new double[sheets.size()][];
    for (int k = 0; k < sheets.size(); k++) {
      double[] vertices = sheets.get(k);
      // sheets are surfaces in a 3-D input space
      int m = vertices.length / 3;
      double[] followed = new double[m * stages.width()];
      for (int i = 0; i < m; i++) {
        System.arraycopy(vertices, 3 * i, point, 0, 3);
        stages.follow(point, values);
        System.arraycopy(values, 0, followed, i * values.length, values.length);
      }
      flatness[k] = new double[stages.stageCount()];
      for (int s = 0; s < stages.stageCount(); s++) {
        flatness[k][s] =
            Flatness.planeShare(slice(followed, m, stages, s), stages.widthOf(s), 0, m);
      }
    }
    return new StageMeasures(separability, flatness);
  }

  /** Stage {@code stage}'s coordinates of every row, row-major. */
  private static double[] slice(double[] all, int rows, StageCoordinates stages, int stage) {
    int width = stages.widthOf(stage);
    int offset = stages.offsetOf(stage);
    double[] out = new double[rows * width];
    for (int i = 0; i < rows; i++) {
      System.arraycopy(all, i * stages.width() + offset, out, i * width, width);
    }
    return out;
  }
}
