package org.uncrumple.geometry;

import java.util.Objects;
import org.uncrumple.nn.Network;

/**
 * The surface in the network's 3D input space where it changes its mind: on one side it predicts
 * one class, on the other side another. It is what the single flat plane of the output layer
 * becomes when it is carried back through the layers: curved and wrapped around the crumpled data.
 *
 * <p>Symbols: z_c(x) the logit of class c at input x, k the number of classes, P the grid points
 * per axis, h the half-width of the cube [−h, h]³ that is sampled. The logits are sampled at the
 * grid points of {@link IsoSurface#gridPoints} and the surface is found by marching tetrahedra
 * ({@link MarchingTetrahedra}), so it lies within about one grid spacing 2h / (P − 1) of the true
 * boundary wherever the logits are smooth at that scale.
 *
 * <ul>
 *   <li>k = 2: the zero set of z_1 − z_0, one connected mesh, normals towards class 1.
 *   <li>k &gt; 2: in each tetrahedron of the grid, the predicted classes (the largest logit, the
 *       lowest class winning a tie) at its four corners are compared. When exactly two classes c
 *       &lt; d occur, the zero set of z_d − z_c is cut inside that tetrahedron, normals towards
 *       class d; each boundary between two classes therefore appears once, as its own mesh piece
 *       (vertices are shared within one pair of classes, not between pairs). Tetrahedra where three
 *       or more classes meet are left empty, so the pieces stop about one grid spacing short of the
 *       lines where three regions meet: small gaps that are invisible at a useful P.
 * </ul>
 *
 * <p>The methods keep no state. {@link #of} only reads the network, so it may run on any thread
 * that has a network nobody changes, such as a snapshot's copy.
 */
public final class DecisionSurface {
  private DecisionSurface() {}

  /**
   * The decision surface of a network with 3 inputs, sampled on a P³ grid over [−h, h]³ with one
   * batched call of {@link Network#logits}.
   *
   * @param network a network taking 3 coordinates
   * @param perAxis P ≥ 2, grid points along each axis (P³ forward passes)
   * @param half h &gt; 0
   * @return the surface; empty when the network predicts one class everywhere in the cube
   * @throws IllegalArgumentException if the network does not take 3 inputs, the grid is not valid,
   *     or the network gives a logit that is NaN or infinite
   */
  public static Mesh of(Network network, int perAxis, double half) {
    Objects.requireNonNull(network, "network");
    int inputs = network.architecture().inputs();
    if (inputs != 3) {
      throw new IllegalArgumentException(
          "the decision surface lives in 3D input space, but the network takes " + inputs);
    }
    double[] grid = IsoSurface.gridPoints(perAxis, half);
    double[] logits = network.logits(grid, grid.length / 3);
    return fromLogits(logits, network.architecture().classes(), perAxis, half);
  }

  /**
   * The decision surface from logits already sampled at the grid points of {@link
   * IsoSurface#gridPoints}.
   *
   * @param logits row-major P³ × k, row (i·P + j)·P + k the logits at (x_i, x_j, x_k)
   * @param classes k ≥ 2
   * @param perAxis P ≥ 2
   * @param half h &gt; 0
   * @return the surface, normals towards the higher class of each pair
   * @throws IllegalArgumentException if the sizes disagree or a logit is NaN or infinite
   */
  public static Mesh fromLogits(double[] logits, int classes, int perAxis, double half) {
    Objects.requireNonNull(logits, "logits");
    IsoSurface.checkGrid(perAxis, half);
    if (classes < 2) {
      throw new IllegalArgumentException("a decision needs at least 2 classes, was " + classes);
    }
    int points = perAxis * perAxis * perAxis;
    if (logits.length != (long) points * classes) {
      throw new IllegalArgumentException(
          points
              + " grid points of "
              + classes
              + " classes need "
              + (long) points * classes
              + " logits, found "
              + logits.length);
    }
    double largest = 0;
    for (int i = 0; i < logits.length; i++) {
      if (!Double.isFinite(logits[i])) {
        throw new IllegalArgumentException(
            "logit " + i % classes + " of grid point " + i / classes + " is " + logits[i]);
      }
      largest = Math.max(largest, Math.abs(logits[i]));
    }
    if (classes == 2) {
      // f = z_1 − z_0
      double[] difference = new double[points];
      for (int g = 0; g < points; g++) {
        difference[g] = logits[2 * g + 1] - logits[2 * g];
      }
      return IsoSurface.extract(difference, perAxis, half);
    }
    int[] predicted = new int[points];
    for (int g = 0; g < points; g++) {
      predicted[g] = argmax(logits, g * classes, classes);
    }
    return MarchingTetrahedra.zeroSet(
        perAxis,
        half,
        IsoSurface.SNAP * 2 * largest,
        (corners, out) -> {
          int c = predicted[corners[0]];
          int d = c;
          for (int i = 1; i < 4; i++) {
            int other = predicted[corners[i]];
            if (other != c && other != d) {
              if (c != d) {
                return -1;
              }
              d = other;
            }
          }
          if (c == d) {
            return -1;
          }
          int low = Math.min(c, d);
          int high = Math.max(c, d);
          // f = z_d − z_c for the pair c < d
          for (int i = 0; i < 4; i++) {
            out[i] = logits[corners[i] * classes + high] - logits[corners[i] * classes + low];
          }
          return low * classes + high;
        });
  }

  private static int argmax(double[] values, int from, int count) {
    int best = 0;
    for (int c = 1; c < count; c++) {
      if (values[from + c] > values[from + best]) {
        best = c;
      }
    }
    return best;
  }
}
