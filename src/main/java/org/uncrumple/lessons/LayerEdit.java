package org.uncrumple.lessons;

import java.util.Arrays;
import org.uncrumple.nn.DenseLayer;
import org.uncrumple.nn.Network;

/**
 * A layer made by hand: a copy of a network with one layer's W and b replaced, and the preset
 * matrices that show what a linear map can do to space.
 *
 * <p>A layer computes z = W·a + b, then a′ = f(z). For a 3 × 3 W the presets are: the identity; a
 * rotation by an angle about the vertical axis (y, as the window draws it), which moves no two
 * points closer or farther; a shear, x ← x + k·y, which slants space but keeps volumes; a singular
 * matrix of rank 2 that flattens space onto the x-y plane, after which no later layer can tell
 * apart points that differed only in z; and a mirror, x ← −x, which turns space inside out (det W =
 * −1) without bending it. Larger or non-square layers get the preset in their top-left 3 × 3 corner
 * and the identity elsewhere on the diagonal.
 */
public final class LayerEdit {
  private LayerEdit() {}

  /** The preset matrices. */
  public enum Preset {
    /** W = I: the layer only shifts and squashes. */
    IDENTITY("Identity"),
    /** A turn by the amount, in degrees, about the vertical axis. */
    ROTATION("Rotation"),
    /** x ← x + k·y with k the amount. */
    SHEAR("Shear"),
    /** Drops z: rank 2, the only preset that loses information. */
    SINGULAR("Flatten (rank 2)"),
    /** x ← −x. */
    MIRROR("Mirror");

    private final String label;

    Preset(String label) {
      this.label = label;
    }

    /** The name shown on the preset's button. */
    public String label() {
      return label;
    }

    /**
     * This preset as a rows × cols matrix, row-major.
     *
     * @param amount the rotation angle in degrees, or the shear factor k; ignored otherwise
     * @return a new array of rows·cols values
     */
    public double[] matrix(int rows, int cols, double amount) {
      double[][] core = core(amount);
      double[] w = new double[rows * cols];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          w[i * cols + j] = i < 3 && j < 3 ? core[i][j] : i == j ? 1.0 : 0.0;
        }
      }
      return w;
    }

    private double[][] core(double amount) {
      switch (this) {
        case ROTATION:
          double c = Math.cos(Math.toRadians(amount));
          double s = Math.sin(Math.toRadians(amount));
          return new double[][] {{c, 0, s}, {0, 1, 0}, {-s, 0, c}};
        case SHEAR:
          return new double[][] {{1, amount, 0}, {0, 1, 0}, {0, 0, 1}};
        case SINGULAR:
          return new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 0}};
        case MIRROR:
          return new double[][] {{-1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        case IDENTITY:
        default:
          return new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
      }
    }
  }

  /**
   * W of one layer, row-major outputs × inputs (a copy).
   *
   * @param layer 0 … L−1
   */
  public static double[] weights(Network network, int layer) {
    DenseLayer dense = network.layer(layer);
    return Arrays.copyOf(dense.weights().data, dense.weights().getNumElements());
  }

  /**
   * b of one layer (a copy).
   *
   * @param layer 0 … L−1
   */
  public static double[] bias(Network network, int layer) {
    DenseLayer dense = network.layer(layer);
    return Arrays.copyOf(dense.bias().data, dense.bias().getNumElements());
  }

  /**
   * A copy of {@code network} whose layer {@code layer} computes z = W·a + b with the given W and
   * b; every other layer is unchanged.
   *
   * @param weights row-major outputs × inputs
   * @param bias outputs values
   * @return the edited copy; {@code network} is not changed
   * @throws IllegalArgumentException if a shape does not match the layer
   */
  public static Network withLayer(Network network, int layer, double[] weights, double[] bias) {
    DenseLayer dense = network.layer(layer);
    int size = dense.outputs() * dense.inputs();
    if (weights.length != size || bias.length != dense.outputs()) {
      throw new IllegalArgumentException(
          "layer "
              + (layer + 1)
              + " has a "
              + dense.outputs()
              + " × "
              + dense.inputs()
              + " W and "
              + dense.outputs()
              + " biases, got "
              + weights.length
              + " and "
              + bias.length);
    }
    double[] parameters = network.parameters();
    int at = 0;
    for (int l = 0; l < layer; l++) {
      at += network.layer(l).weights().getNumElements() + network.layer(l).bias().getNumElements();
    }
    System.arraycopy(weights, 0, parameters, at, size);
    System.arraycopy(bias, 0, parameters, at + size, bias.length);
    Network edited = network.copy();
    edited.setParameters(parameters);
    return edited;
  }
}
