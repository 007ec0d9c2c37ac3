package org.uncrumple.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.uncrumple.geometry.LayerDecomposition;
import org.uncrumple.geometry.StageMeasures;
import org.uncrumple.geometry.StagePath;
import org.uncrumple.geometry.Step;
import org.uncrumple.nn.Activation;

/**
 * What each stage does, in plain words for learners, with the numbers of the current weights: the
 * angle of a turn, the factors of a stretch, the size of a shift.
 *
 * <p>The wording follows the geometric view of deep learning: every layer is a simple, smooth map
 * of space, and only the activation bends it (F. Chollet, "The limitations of deep learning",
 * 2017).
 */
public final class Captions {
  /** A split at or above this at the input counts as nearly apart, not tangled. */
  static final double APART = 0.99;

  private Captions() {}

  /**
   * The caption for {@code stage} (app numbering: the path's stages, then the output), with the
   * numbers of the traced weights and the given training accuracy.
   */
  public static String of(
      Traced traced,
      int stage,
      List<Activation> activations,
      List<String> classes,
      double accuracy) {
    StagePath path = traced.path();
    if (stage >= path.stageCount()) {
      return output(classes, accuracy);
    }
    return ofPathStage(traced, stage, activations, classes.size()) + shadow(path, stage);
  }

  /**
   * The sentence the grand tour adds to the caption of a stage it turns.
   *
   * @param width the stage's width, more than three
   */
  public static String grandTour(int width) {
    return String.format(
        Locale.ROOT,
        " The grand tour now turns those three directions slowly through all %d, so that shapes"
            + " the main directions hide come into view; the sheets, lattice, surface, probes and"
            + " the output's plane are hidden while it turns.",
        width);
  }

  /**
   * For a stage wider than three: that the picture is a shadow, and how much of the spread it
   * shows; nothing for a stage shown as it is.
   */
  private static String shadow(StagePath path, int stage) {
    int width = path.widthOf(stage);
    if (width <= 3) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        " What you see is a shadow: these points live in %d dimensions, and the picture shows them"
            + " along three directions, which hold %.0f %% of their spread.",
        width,
        100 * path.spreadShown(stage));
  }

  private static String ofPathStage(
      Traced traced, int stage, List<Activation> activations, int classes) {
    StagePath path = traced.path();
    if (stage == 0) {
      return input(traced, classes, path.widthOf(0));
    }
    int layer = path.layerOf(stage);
    LayerDecomposition d = path.decomposition(layer);
    String name = "Layer " + layer;
    Step step = path.stepOf(stage);
    switch (step) {
      case ROTATE_IN:
        return rotation(name, d.v(), d.inputWidth(), true);
      case STRETCH:
        return stretch(name, d);
      case ROTATE_OUT:
        return rotation(name, d.u(), d.outputWidth(), false);
      case SHIFT:
        return shift(name, d.params().bias());
      case SQUASH:
        return squash(name, activations.get(layer - 1))
            + split(
                traced, stage, " After this layer the best flat cut gets %s of the points right.");
      default:
        throw new IllegalStateException("unknown step " + step);
    }
  }

  /**
   * The input's caption. Whether the classes are tangled is said only from the measured split (the
   * best flat cut's accuracy), so that points a plane already separates are not called tangled.
   */
  private static String input(Traced traced, int classes, int width) {
    String text =
        String.format(
            Locale.ROOT,
            "The input: %d classes of points in %s.",
            classes,
            width <= 3 ? "3D" : width + " dimensions");
    StageMeasures measures = traced.measures();
    if (measures == null || measures.separability().length == 0) {
      return text
          + " The layers move space so that, at the output, flat cuts can tell the classes apart.";
    }
    double split = measures.separability()[0];
    // one decimal near 100 %, so that 99.5 % is not rounded up to a split that is not there
    String share = String.format(Locale.ROOT, split >= APART ? "%.1f %%" : "%.0f %%", 100 * split);
    if (split >= 1) {
      return text
          + " A flat cut already puts every point on its own class's side here: the layers need"
          + " not untangle anything, only keep the classes apart.";
    }
    if (split >= APART) {
      return text
          + " The classes are nearly apart already: the best flat cut here gets "
          + share
          + " of the points right.";
    }
    return text
        + " They are tangled: the best flat cut here gets only "
        + share
        + " of the points right. The layers will move space until a flat cut does better.";
  }

  /** A sentence on how separable the classes are at {@code stage}, or nothing if not measured. */
  private static String split(Traced traced, int stage, String sentence) {
    StageMeasures measures = traced.measures();
    if (measures == null || stage >= measures.separability().length) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        sentence,
        String.format(Locale.ROOT, "%.0f %%", 100 * measures.separability()[stage]));
  }

  private static String rotation(String name, DMatrixRMaj rotation, int width, boolean first) {
    String again = first ? "" : " again";
    if (width == 1) {
      return name + " has nothing to turn on a line: this step leaves the points where they are.";
    }
    String size = width == 3 ? "" : " (in its " + width + "-dimensional space)";
    String tail =
        first
            ? " Turning keeps every distance between points the same."
            : " Together, turn, stretch and turn do exactly what the layer's weight matrix does.";
    if (width == 2 || width == 3) {
      double trace = 0;
      for (int i = 0; i < width; i++) {
        trace += rotation.get(i, i);
      }
      // For a rotation, trace = 1 + 2·cos θ in 3D and 2·cos θ in 2D.
      double cos = width == 3 ? (trace - 1) / 2 : trace / 2;
      double degrees = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
      if (degrees < 0.5) {
        return String.format(
            Locale.ROOT,
            "%s turns space%s rigidly, by 0° here: this turn barely moves the points.",
            name,
            again);
      }
      return String.format(
          Locale.ROOT, "%s turns space%s rigidly, by %.0f°%s.%s", name, again, degrees, size, tail);
    }
    return name + " turns space" + again + " rigidly" + size + "." + tail;
  }

  private static String stretch(String name, LayerDecomposition d) {
    // only the r = min(m, n) real factors, not the zeros a widening layer is padded with
    double[] sigma = Arrays.copyOf(d.sigma(), Math.min(d.inputWidth(), d.outputWidth()));
    boolean square = d.inputWidth() == d.outputWidth();
    List<String> factors = new ArrayList<>();
    boolean mirrors = false;
    double largest = 0;
    double smallest = Double.MAX_VALUE;
    for (double s : sigma) {
      factors.add(String.format(Locale.ROOT, "×%.2f", Math.abs(s)));
      mirrors |= square && s < 0;
      largest = Math.max(largest, Math.abs(s));
      smallest = Math.min(smallest, Math.abs(s));
    }
    StringBuilder text = new StringBuilder(name);
    if (sigma.length <= 4) {
      text.append(" stretches space along its axes: ").append(String.join(", ", factors));
    } else {
      text.append(
          String.format(
              Locale.ROOT,
              " stretches space along %d axes, from ×%.2f to ×%.2f",
              sigma.length,
              smallest,
              largest));
    }
    text.append('.');
    if (largest > 1 && smallest < 1) {
      text.append(" Some directions grow, others shrink.");
    }
    if (mirrors) {
      text.append(
          " One factor is negative: W mirrors space (det W < 0), and the stretch shows the mirror"
              + " by passing that axis through 0.");
    }
    if (d.outputWidth() < d.inputWidth()) {
      text.append(
          String.format(
              Locale.ROOT,
              " It keeps only %d of %d directions: space is flattened.",
              d.outputWidth(),
              d.inputWidth()));
    } else if (d.outputWidth() > d.inputWidth()) {
      text.append(
          String.format(
              Locale.ROOT,
              " It moves into %d dimensions, but the points still fill only %d of them.",
              d.outputWidth(),
              d.inputWidth()));
    }
    return text.toString();
  }

  private static String shift(String name, DMatrixRMaj bias) {
    int m = bias.getNumElements();
    if (m <= 3) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        parts.add(String.format(Locale.ROOT, "%+.2f", bias.get(i)));
      }
      return name
          + " shifts everything by its bias ("
          + String.join(", ", parts)
          + "): a slide, no turning or bending.";
    }
    return name + " shifts everything by its bias: a slide, no turning or bending.";
  }

  private static String squash(String name, Activation activation) {
    switch (activation) {
      case TANH:
        return name
            + " squashes each coordinate with tanh into the range −1 to 1. Far-out parts of space"
            + " are pulled in, so space bends: this is the step no matrix can do.";
      case SIGMOID:
        return name
            + " squashes each coordinate with the sigmoid into the range 0 to 1, bending space:"
            + " the step no matrix can do.";
      case RELU:
        return name
            + " applies ReLU: every negative coordinate becomes 0. Each region where a coordinate"
            + " is negative is pressed flat onto the wall where it is 0, and points pressed onto"
            + " the same spot can no longer be told apart.";
      case LEAKY_RELU:
        return name
            + " applies leaky ReLU: negative coordinates shrink to 1 %. Each region where a"
            + " coordinate is negative is pressed nearly flat, with a sharp bend at its wall, but"
            + " no two points are pressed into one.";
      case SOFTPLUS:
        return name
            + " applies softplus, a smooth ReLU: negative coordinates are squeezed towards 0,"
            + " bending space smoothly; no two points are pressed into one.";
      case LINEAR:
        return name
            + " has no activation: nothing bends, so this layer is just a matrix and a shift.";
      default:
        throw new IllegalStateException("unknown activation " + activation);
    }
  }

  private static String output(List<String> classes, double share) {
    String accuracy = String.format(Locale.ROOT, "%.1f %%", 100 * share);
    if (classes.size() == 2) {
      return "The output layer draws one flat plane: points on one side are called "
          + classes.get(0)
          + ", on the other "
          + classes.get(1)
          + ". Right now "
          + accuracy
          + " of the training points are on their correct side.";
    }
    return "The output layer splits space into "
        + classes.size()
        + " regions with flat walls, one per class. Right now "
        + accuracy
        + " of the training points are in their correct region.";
  }
}
