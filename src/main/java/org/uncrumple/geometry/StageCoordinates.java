package org.uncrumple.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.DenseLayer;
import org.uncrumple.nn.Network;

/**
 * Every stage's true coordinates of a point: the network's steps at t = 1, taken from its layers'
 * decompositions once and then applied to point after point. The rotations are R_in = V_kᵀ and
 * R_out = U_k (k×k, k = max(m, n), the point padded with zeros to k), then the stretch factors σ,
 * the bias and the activation; the output layer's logits come last.
 *
 * <p>Stage s (0 = input, 1 … 5L the hidden layers' steps, 5L + 1 = output) takes {@link
 * #widthOf(int) widthOf(s)} values from {@link #offsetOf(int) offsetOf(s)} on. The decompositions
 * are made afresh, so rotate1, stretch and rotate2 use the signs and order {@link
 * LayerDecomposition#of} chooses; the other stages do not depend on that choice. Immutable once
 * built; {@link #follow} may be called from any thread.
 */
public final class StageCoordinates {
  private final List<LayerDecomposition> layers = new ArrayList<>();
  private final List<DMatrixRMaj> rotateIn = new ArrayList<>();
  private final List<DMatrixRMaj> rotateOut = new ArrayList<>();
  private final List<double[]> stretch = new ArrayList<>();
  private final List<Activation> activations = new ArrayList<>();
  private final DenseLayer output;
  private final int width;

  private final int[] offsets;
  private final int[] widths;

  private StageCoordinates(Network network) {
    int hidden = network.layerCount() - 1;
    int columns = network.architecture().inputs();
    for (int l = 0; l < hidden; l++) {
      DenseLayer layer = network.layer(l);
      Activation f = layer.activation();
      LayerDecomposition d =
          LayerDecomposition.of(
              new LayerParams(layer.weights(), layer.bias(), f::apply, f == Activation.LINEAR));
      layers.add(d);
      rotateIn.add(d.rotationAt(Step.ROTATE_IN, 1));
      rotateOut.add(d.rotationAt(Step.ROTATE_OUT, 1));
      stretch.add(d.stretchAt(1));
      activations.add(f);
      columns += d.inputWidth() + 4 * d.outputWidth();
    }
    output = network.layer(hidden);
    width = columns + output.outputs();
    int stages = 5 * hidden + 2;
    offsets = new int[stages];
    widths = new int[stages];
    widths[0] = network.architecture().inputs();
    for (int l = 0; l < hidden; l++) {
      LayerDecomposition d = layers.get(l);
      for (int step = 0; step < 5; step++) {
        widths[1 + 5 * l + step] = step == 0 ? d.inputWidth() : d.outputWidth();
      }
    }
    widths[stages - 1] = output.outputs();
    for (int s = 1; s < stages; s++) {
      offsets[s] = offsets[s - 1] + widths[s - 1];
    }
  }

  /** Takes the network's layers apart once. */
  public static StageCoordinates of(Network network) {
    return new StageCoordinates(network);
  }

  /** The number of stages: the input, five per hidden layer, the output. */
  public int stageCount() {
    return widths.length;
  }

  /** Where stage {@code stage}'s coordinates start in {@link #follow}'s values. */
  public int offsetOf(int stage) {
    return offsets[stage];
  }

  /** How many coordinates stage {@code stage} has. */
  public int widthOf(int stage) {
    return widths[stage];
  }

  /** Every stage's coordinates of {@code point}, stage after stage. */
  public double[] follow(double[] point) {
    double[] values = new double[width];
    follow(point, values);
    return values;
  }

  /** The number of values {@link #follow} writes: every stage's coordinates. */
  public int width() {
    return width;
  }

  /** Writes every stage's coordinates of {@code point} (the network's inputs) to {@code values}. */
  public void follow(double[] point, double[] values) {
    int at = 0;
    double[] a = point;
    System.arraycopy(a, 0, values, at, a.length);
    at += a.length;
    for (int l = 0; l < layers.size(); l++) {
      LayerDecomposition d = layers.get(l);
      int n = d.inputWidth();
      int m = d.outputWidth();
      double[] x = new double[d.workingWidth()];
      System.arraycopy(a, 0, x, 0, n);
      // rotate1: x = V_kᵀ·x
      x = times(rotateIn.get(l), x);
      at = record(x, n, values, at);
      // stretch: x_i = σ_i·x_i
      double[] sigma = stretch.get(l);
      for (int i = 0; i < x.length; i++) {
        x[i] *= sigma[i];
      }
      at = record(x, m, values, at);
      // rotate2: x = U_k·x, now W·a
      x = times(rotateOut.get(l), x);
      at = record(x, m, values, at);
      // shift: x = W·a + b
      DMatrixRMaj b = d.params().bias();
      for (int i = 0; i < m; i++) {
        x[i] += b.get(i);
      }
      at = record(x, m, values, at);
      // squash: x = f(W·a + b)
      Activation f = activations.get(l);
      for (int i = 0; i < m; i++) {
        x[i] = f.apply(x[i]);
      }
      at = record(x, m, values, at);
      a = Arrays.copyOf(x, m);
    }
    // output: z = W_out·a + b_out
    DMatrixRMaj w = output.weights();
    for (int r = 0; r < w.numRows; r++) {
      double z = output.bias().get(r, 0);
      for (int c = 0; c < w.numCols; c++) {
        z += w.get(r, c) * a[c];
      }
      values[at++] = z;
    }
  }

  private static double[] times(DMatrixRMaj r, double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double sum = 0;
      for (int j = 0; j < x.length; j++) {
        sum += r.get(i, j) * x[j];
      }
      y[i] = sum;
    }
    return y;
  }

  private static int record(double[] x, int width, double[] values, int at) {
    System.arraycopy(x, 0, values, at, width);
    return at + width;
  }
}
