package org.uncrumple.scene;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.uncrumple.geometry.LayerDecomposition;
import org.uncrumple.geometry.StageCoordinates;
import org.uncrumple.nn.Architecture;
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
 * <p>Columns: {@code input.x, input.y, input.z} (or {@code input.1 … input.d} for d &gt; 3
 * features), then for every hidden layer N and step S the coordinates {@code layerN.S.x, .y, .z}
 * (or {@code .x} / {@code .x, .y} for a stage 1 or 2 wide, and {@code .1 … .w} for a stage w &gt; 3
 * wide), then {@code output.1 … output.C} (the logit of each class, in the model's order of
 * classes) and {@code label}. Numbers are written in their shortest exact form. rotate1, stretch
 * and rotate2 depend on the signs and order the decomposition chooses for U and V; the program
 * chooses them the same way every time. W·a, W·a + b, f(W·a + b) and the logits do not depend on
 * that choice.
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
   * @param points row-major count × d, the network's d inputs (normalised values)
   * @param labels each point's class, an index into {@code classNames}
   * @param classNames the names written in the label column
   * @throws SceneException when a label has no name, or the file cannot be written (nothing is
   *     written then)
   * @throws IllegalArgumentException when the arrays are too short
   */
  public static void write(
      Path out, Network network, double[] points, int count, int[] labels, List<String> classNames)
      throws SceneException {
    write(out, network, points, count, labels, classNames, Storage.DISK);
  }

  /** {@link #write} through {@code storage}: on failure the old file is unchanged. */
  public static void write(
      Path out,
      Network network,
      double[] points,
      int count,
      int[] labels,
      List<String> classNames,
      Storage storage)
      throws SceneException {
    Architecture architecture = network.architecture();
    int d = architecture.inputs();
    if (count < 0 || points.length < (long) d * count || labels.length < count) {
      throw new IllegalArgumentException(
          count + " points need " + (long) d * count + " values and " + count + " labels");
    }
    for (int i = 0; i < count; i++) {
      if (labels[i] < 0 || labels[i] >= classNames.size()) {
        throw new SceneException(
            "point " + (i + 1) + " has class " + labels[i] + ", which has no name");
      }
    }
    StageCoordinates follower = StageCoordinates.of(network);
    boolean existed = Files.exists(out);
    try {
      AtomicWrite.write(
          out,
          storage,
          stream -> {
            // Flushed, not closed: AtomicWrite closes the stream, then syncs the file.
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            writer.write(String.join(",", columns(architecture)));
            writer.write('\n');
            double[] values = new double[follower.width()];
            double[] point = new double[d];
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < count; i++) {
              System.arraycopy(points, d * i, point, 0, d);
              follower.follow(point, values);
              row.setLength(0);
              for (double value : values) {
                row.append(value).append(',');
              }
              row.append(quoted(classNames.get(labels[i]))).append('\n');
              writer.append(row);
            }
            writer.flush();
          });
    } catch (IOException e) {
      throw new SceneException(
          out
              + ": the layer coordinates could not be written: "
              + AtomicWrite.explain(e, out, existed),
          e);
    }
  }

  /** Every stage's coordinates of one point, in column order (without the label). */
  static double[] follow(Network network, double[] point) {
    return StageCoordinates.of(network).follow(point);
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
}
