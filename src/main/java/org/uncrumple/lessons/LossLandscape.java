package org.uncrumple.lessons;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.uncrumple.data.Dataset;
import org.uncrumple.nn.DenseLayer;
import org.uncrumple.nn.Learner;
import org.uncrumple.nn.Network;
import org.uncrumple.nn.OptimizerSettings;

/**
 * The loss on a 2D slice of weight space through the current weights: L(θ + a·d₁ + b·d₂) over a
 * grid of (a, b) in [−r, r]².
 *
 * <p>Symbols: θ the flat parameter vector of {@link Network#parameters()}, d₁ and d₂ two random
 * directions of the same length, L the mean cross-entropy over the data (without weight decay, as
 * {@link Learner#evaluate} reports it).
 *
 * <p>The directions are filter-normalised as in Li, Xu, Taylor, Studer and Goldstein, "Visualizing
 * the loss landscape of neural nets", NeurIPS 2018: each is drawn from a standard normal, then for
 * every neuron (every row i of every W_l, the dense layer's "filter") the row is rescaled to the
 * norm of the same row of the weights, d_{l,i} ← d_{l,i}·‖W_{l,i}‖/‖d_{l,i}‖. The bias entries are
 * set to zero, as Li et al. do, so the slice moves weights only. Without this a unit step means a
 * small change to a layer with large weights and a big one to a layer with small weights, and the
 * pictures of two networks would not be comparable; with it, a = 1 changes every neuron's weights
 * by as much as their own size.
 *
 * <p>The training path is shown by projecting each recorded θ_s − θ onto the slice by least
 * squares, min ‖[d₁ d₂]·(a, b)ᵀ − (θ_s − θ)‖. Random directions in many dimensions are nearly
 * orthogonal to the path, so the projection shows only the part of the path that lies in the slice
 * (Li et al. use PCA directions of the path for that reason).
 *
 * <p>Threads: {@link #compute} works on its own copy of the network and may run on any thread; it
 * checks {@code cancelled} after every grid row.
 */
public final class LossLandscape {
  /** Points the loss is averaged over, at most: a fixed seeded sample of the data. */
  public static final int SAMPLE = 2048;

  private LossLandscape() {}

  /**
   * Two filter-normalised directions (flat, in the order of {@link Network#parameters()}).
   *
   * @param first d₁
   * @param second d₂
   */
  public record Directions(double[] first, double[] second) {
    public Directions {
      if (first.length != second.length) {
        throw new IllegalArgumentException("directions of different lengths");
      }
      first = first.clone();
      second = second.clone();
    }

    @Override
    public double[] first() {
      return first.clone();
    }

    @Override
    public double[] second() {
      return second.clone();
    }
  }

  /**
   * The loss over the grid.
   *
   * @param size n, grid points along each axis (odd, so the centre is a grid point)
   * @param radius r
   * @param loss row-major n × n: loss[j·n + i] = L(θ + a_i·d₁ + b_j·d₂)
   */
  public record Surface(int size, double radius, double[] loss) {
    public Surface {
      loss = loss.clone();
    }

    @Override
    public double[] loss() {
      return loss.clone();
    }

    /** a_i (or b_i): the coordinate of grid index i, from −r to r. */
    public double coordinate(int i) {
      return radius * (2.0 * i - (size - 1)) / (size - 1);
    }

    /** L at grid index (i along d₁, j along d₂). */
    public double at(int i, int j) {
      return loss[j * size + i];
    }

    /** L(θ), the loss at the current weights. */
    public double centre() {
      return at(size / 2, size / 2);
    }

    public double min() {
      double min = Double.POSITIVE_INFINITY;
      for (double value : loss) {
        min = Math.min(min, value);
      }
      return min;
    }

    public double max() {
      double max = Double.NEGATIVE_INFINITY;
      for (double value : loss) {
        max = Math.max(max, value);
      }
      return max;
    }

    /**
     * How much the loss rises at most within |a|, |b| ≤ {@code within} of the centre: a simple
     * sharpness figure (after Keskar et al. 2017, who take the largest rise in a small box).
     */
    public double riseWithin(double within) {
      double rise = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < size; j++) {
        for (int i = 0; i < size; i++) {
          if (Math.abs(coordinate(i)) <= within + 1e-12
              && Math.abs(coordinate(j)) <= within + 1e-12) {
            rise = Math.max(rise, at(i, j) - centre());
          }
        }
      }
      return rise;
    }
  }

  /**
   * Draws two random directions and filter-normalises them to {@code network}'s weights.
   *
   * @param network the weights θ the slice goes through
   * @param seed the same seed and weights give the same directions
   * @return d₁ and d₂
   */
  public static Directions filterNormalised(Network network, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return new Directions(direction(network, random), direction(network, random));
  }

  private static double[] direction(Network network, SplittableRandom random) {
    double[] d = new double[network.parameterCount()];
    int at = 0;
    for (int l = 0; l < network.layerCount(); l++) {
      DenseLayer layer = network.layer(l);
      double[] w = layer.weights().data;
      int inputs = layer.inputs();
      for (int i = 0; i < layer.outputs(); i++) {
        // d_{l,i} ~ N(0, I), then d_{l,i} ← d_{l,i}·‖W_{l,i}‖/‖d_{l,i}‖
        double rowNorm = 0;
        double directionNorm = 0;
        for (int j = 0; j < inputs; j++) {
          double value = random.nextGaussian();
          d[at + j] = value;
          directionNorm += value * value;
          rowNorm += w[i * inputs + j] * w[i * inputs + j];
        }
        double scale = directionNorm > 0 ? Math.sqrt(rowNorm / directionNorm) : 0;
        for (int j = 0; j < inputs; j++) {
          d[at + j] *= scale;
        }
        at += inputs;
      }
      // The bias entries stay 0.
      at += layer.outputs();
    }
    return d;
  }

  /**
   * Up to {@link #SAMPLE} points of the data, a fixed seeded sample, with their labels.
   *
   * @param data the training data
   * @return the points (row-major) and labels to average the loss over
   */
  public static Sample sample(Dataset data) {
    int count = Math.min(SAMPLE, data.size());
    int[] chosen = NeighbourDistance.sample(data.size(), count, new SplittableRandom(0x1a4dL));
    double[] points = new double[3 * count];
    int[] labels = new int[count];
    for (int s = 0; s < count; s++) {
      System.arraycopy(data.points(), 3 * chosen[s], points, 3 * s, 3);
      labels[s] = data.labels()[chosen[s]];
    }
    return new Sample(points, labels);
  }

  /**
   * Points and labels the loss is measured on.
   *
   * @param points row-major, labels.length × 3
   * @param labels one class per point
   */
  public record Sample(double[] points, int[] labels) {
    public int count() {
      return labels.length;
    }
  }

  /**
   * L(θ + a·d₁ + b·d₂) over the grid.
   *
   * @param network θ; not changed (a copy is moved about)
   * @param sample the points and labels L averages over
   * @param directions d₁ and d₂, as long as θ
   * @param size n, odd and at least 3
   * @param radius r, above 0
   * @param cancelled asked after every row; when it answers true the computation stops
   * @return the surface
   * @throws CancellationException if {@code cancelled} said so
   */
  public static Surface compute(
      Network network,
      Sample sample,
      Directions directions,
      int size,
      double radius,
      BooleanSupplier cancelled) {
    Objects.requireNonNull(cancelled, "cancelled");
    if (size < 3 || size % 2 == 0) {
      throw new IllegalArgumentException("the grid needs an odd size of at least 3, was " + size);
    }
    if (!(radius > 0) || !Double.isFinite(radius)) {
      throw new IllegalArgumentException("the radius must be above 0, was " + radius);
    }
    double[] theta = network.parameters();
    double[] d1 = directions.first;
    double[] d2 = directions.second;
    if (d1.length != theta.length) {
      throw new IllegalArgumentException(
          "directions of " + d1.length + " values for " + theta.length + " parameters");
    }
    Network moved = network.copy();
    Learner learner = new Learner(moved, OptimizerSettings.sgd(0.01));
    double[] shifted = new double[theta.length];
    double[] loss = new double[size * size];
    Surface axes = new Surface(size, radius, new double[0]);
    for (int j = 0; j < size; j++) {
      if (cancelled.getAsBoolean()) {
        throw new CancellationException("loss landscape cancelled");
      }
      double b = axes.coordinate(j);
      for (int i = 0; i < size; i++) {
        double a = axes.coordinate(i);
        // θ' = θ + a·d₁ + b·d₂
        for (int p = 0; p < theta.length; p++) {
          shifted[p] = theta[p] + a * d1[p] + b * d2[p];
        }
        moved.setParameters(shifted);
        loss[j * size + i] =
            learner.evaluate(sample.points(), sample.labels(), sample.count()).loss();
      }
    }
    return new Surface(size, radius, loss);
  }

  /**
   * Where recorded weights lie in the slice: the least-squares (a, b) of each θ_s − θ.
   *
   * @param centre θ
   * @param directions d₁ and d₂
   * @param path parameter vectors θ_s (for example {@code History} snapshots' parameters)
   * @return one {a, b} per vector, in order
   */
  public static double[][] project(Network centre, Directions directions, List<double[]> path) {
    double[] theta = centre.parameters();
    int p = theta.length;
    if (path.isEmpty()) {
      return new double[0][];
    }
    // D = [d₁ d₂] (p × 2), E = [θ_s − θ] (p × S); solve D·X = E in the least-squares sense (QR)
    DMatrixRMaj d = new DMatrixRMaj(p, 2);
    DMatrixRMaj e = new DMatrixRMaj(p, path.size());
    for (int k = 0; k < p; k++) {
      d.set(k, 0, directions.first[k]);
      d.set(k, 1, directions.second[k]);
      for (int s = 0; s < path.size(); s++) {
        e.set(k, s, path.get(s)[k] - theta[k]);
      }
    }
    DMatrixRMaj x = new DMatrixRMaj(2, path.size());
    if (!CommonOps_DDRM.solve(d, e, x)) {
      throw new IllegalArgumentException("the two directions do not span a plane");
    }
    double[][] ab = new double[path.size()][];
    for (int s = 0; s < path.size(); s++) {
      ab[s] = new double[] {x.get(0, s), x.get(1, s)};
    }
    return ab;
  }
}
