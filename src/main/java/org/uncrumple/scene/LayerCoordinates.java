package org.uncrumple.scene;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.uncrumple.geometry.LayerDecomposition;
import org.uncrumple.geometry.LayerParams;
import org.uncrumple.geometry.Step;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.DenseLayer;
import org.uncrumple.nn.Network;

/**
 * Every point's true coordinates after every stage of a network, as a CSV file for spreadsheets and
 * plots: {@code uncrumple layers} and the window's "Export layer coordinates" write it.
 *
 * <p>Symbols: a hidden layer maps a ∈ ℝⁿ to f(W·a + b) ∈ ℝᵐ, W = U·Σ·Vᵀ by the singular value
 * decomposition (see {@link LayerDecomposition}, the same decomposition {@code StagePath} makes for
 * the window when it starts afresh). A point's stages are, with each step played to its end (t =
 * 1):
 *
 * <pre>
 *   rotate1 = Vᵀ·a                 n coordinates
 *   stretch = Σ·Vᵀ·a               m coordinates
 *   rotate2 = U·Σ·Vᵀ·a = W·a       m
 *   shift   = W·a + b              m
 *   squash  = f(W·a + b)           m, the next layer's a
 *   output  = W_out·a + b_out      one logit per class
 * </pre>
 *
 * <p>Columns: {@code input.x, input.y, input.z}, then for every hidden layer N and step S the
 * coordinates {@code layerN.S.x, .y, .z} (or {@code .x} / {@code .x, .y} for a stage 1 or 2 wide,
 * and {@code .1 … .w} for a stage w &gt; 3 wide), then {@code output.1 … output.C} (the logit of
 * each class, in the model's order of classes) and {@code label}. Numbers are written in their
 * shortest exact form. rotate1, stretch and rotate2 depend on the signs and order the decomposition
 * chooses for U and V; the program chooses them the same way every time. W·a, W·a + b, f(W·a + b)
 * and the logits do not depend on that choice.
 */
public final class LayerCoordinates {
  private LayerCoordinates() {}

  /** The header: stage columns in {@link Stages#names} order, then {@code label}. */
  public static List<String> columns(Architecture architecture) {
    List<String> columns = new ArrayList<>();
    addColumns(columns, "input", architecture.inputs());
    for (int l = 0; l < architecture.hidden().size(); l++) {
      int n = architecture.inputWidth(l);
      int m = architecture.width(l);
      for (String step : Stages.STEPS) {
        addColumns(columns, "layer" + (l + 1) + "." + step, step.equals("rotate1") ? n : m);
      }
    }
    for (int c = 1; c <= architecture.classes(); c++) {
      columns.add("output." + c);
    }
    columns.add("label");
    return columns;
  }

  private static void addColumns(List<String> columns, String stage, int width) {
    for (int i = 0; i < width; i++) {
      columns.add(stage + "." + (width <= 3 ? "xyz".substring(i, i + 1) : String.valueOf(i + 1)));
    }
  }

  /**
   * Writes the coordinates of {@code count} points to {@code out}, through a temporary file, so a
   * failure leaves no partial file.
   *
   * @param points row-major count × 3, the network's inputs (normalised coordinates)
   * @param labels each point's class, an index into {@code classNames}
   * @param classNames the names written in the label column
   * @throws SceneException when the network does not take 3 inputs, the arrays are too short, a
   *     label has no name, or the file cannot be written (nothing is written then)
   */
  public static void write(
      Path out, Network network, double[] points, int count, int[] labels, List<String> classNames)
      throws SceneException {
    Architecture architecture = network.architecture();
    if (architecture.inputs() != 3) {
      throw new SceneException(
          "the model takes "
              + architecture.inputs()
              + " inputs, but points have 3 coordinates (x, y, z)");
    }
    if (count < 0 || points.length < 3L * count || labels.length < count) {
      throw new IllegalArgumentException(
          count + " points need " + 3L * count + " coordinates and " + count + " labels");
    }
    for (int i = 0; i < count; i++) {
      if (labels[i] < 0 || labels[i] >= classNames.size()) {
        throw new SceneException(
            "point " + (i + 1) + " has class " + labels[i] + ", which has no name");
      }
    }
    Follower follower = new Follower(network);
    try {
      ModelFile.writeAtomically(
          out,
          temporary -> {
            try (BufferedWriter writer =
                Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
              writer.write(String.join(",", columns(architecture)));
              writer.write('\n');
              double[] values = new double[follower.width()];
              double[] point = new double[3];
              StringBuilder row = new StringBuilder();
              for (int i = 0; i < count; i++) {
                System.arraycopy(points, 3 * i, point, 0, 3);
                follower.follow(point, values);
                row.setLength(0);
                for (double value : values) {
                  row.append(value).append(',');
                }
                row.append(quoted(classNames.get(labels[i]))).append('\n');
                writer.append(row);
              }
            }
          });
    } catch (IOException e) {
      throw new SceneException(
          out + ": the layer coordinates could not be written (" + e.getMessage() + ")", e);
    }
  }

  /** Every stage's coordinates of one point, in column order (without the label). */
  static double[] follow(Network network, double[] point) {
    Follower follower = new Follower(network);
    double[] values = new double[follower.width()];
    follower.follow(point, values);
    return values;
  }

  /** A CSV field: quoted when it holds a comma, a quote or a line break. */
  static String quoted(String text) {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  /**
   * A network's steps at t = 1, taken from its layers' decompositions once and then applied to
   * point after point: the rotations R_in = V_kᵀ and R_out = U_k (k×k, k = max(m, n), the point
   * padded with zeros to k), the stretch factors σ, the bias and the activation.
   */
  private static final class Follower {
    private final List<LayerDecomposition> layers = new ArrayList<>();
    private final List<DMatrixRMaj> rotateIn = new ArrayList<>();
    private final List<DMatrixRMaj> rotateOut = new ArrayList<>();
    private final List<double[]> stretch = new ArrayList<>();
    private final List<Activation> activations = new ArrayList<>();
    private final DenseLayer output;
    private final int width;

    Follower(Network network) {
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
    }

    int width() {
      return width;
    }

    void follow(double[] point, double[] values) {
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
        a = java.util.Arrays.copyOf(x, m);
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
}
