package org.uncrumple.geometry;

import org.ejml.data.DMatrixRMaj;

/**
 * The picture of one step at fraction t as an affine map of the stored layer boundaries: a point
 * with layer input a ∈ ℝⁿ and layer output o ∈ ℝᵐ is drawn at y = A(t)·a + O(t)·o + c(t) ∈ ℝ³.
 * Everything that depends on the points was computed once per snapshot; {@link #combine} only
 * builds the small 3×(n + m + 1) matrix for the current t.
 *
 * <p>Symbols, per layer: F = V_kᵀ restricted to the first n columns (k×n), Σ = Σ_k, W and b the
 * layer's weights and bias, P_s the frame of stage s in the layer's working space ℝᵏ, M(t) a view
 * turn ({@link Frames#viewTurn}, played along its geodesic), L(t) a {@link FrameBlend}.
 */
sealed interface Motion {

  /**
   * Writes the coefficients at fraction t into {@code out}, zero on entry, laid out as A (3×n,
   * row-major), then O (3×m), then c (3).
   */
  void combine(double t, double[] out);

  /** Whether O(t) can be non-zero, i.e. whether the layer output must be read. */
  default boolean usesOutput() {
    return false;
  }

  /** out[offset + 3×cols] = scale·L·Y, L 3×3 and Y 3×cols, both row-major. */
  static void leftMultiply(
      double[] l, double[] y, int cols, double scale, double[] out, int offset) {
    for (int r = 0; r < 3; r++) {
      for (int j = 0; j < cols; j++) {
        out[offset + r * cols + j] =
            scale * (l[r * 3] * y[j] + l[r * 3 + 1] * y[cols + j] + l[r * 3 + 2] * y[2 * cols + j]);
      }
    }
  }

  /** A rotation step: y = M(t)·B·a with B = P_{s−1}·(the map from a to the step's start). */
  record Turn(RotationPath view, double[] b, int n) implements Motion {
    Turn(RotationPath view, DMatrixRMaj b) {
      this(view, b.data.clone(), b.numCols);
    }

    @Override
    public void combine(double t, double[] out) {
      double[] turn = new double[9];
      view.at(t, turn);
      leftMultiply(turn, b, n, 1, out, 0);
    }
  }

  /**
   * The stretch: y = L(t)·((1 − t)·P_{s−1} + t·P_s)·(I + t·(Σ − I))·F·a, expanded in t with the
   * precomputed products a1 = P_{s−1}·F, a2 = P_s·F, a3 = P_{s−1}·(Σ − I)·F, a4 = P_s·(Σ − I)·F.
   */
  record Stretch(FrameBlend blend, double[] a1, double[] a2, double[] a3, double[] a4, int n)
      implements Motion {
    @Override
    public void combine(double t, double[] out) {
      double[] y = new double[3 * n];
      for (int i = 0; i < y.length; i++) {
        y[i] = (1 - t) * a1[i] + t * a2[i] + t * (1 - t) * a3[i] + t * t * a4[i];
      }
      double[] l = new double[9];
      blend.at(t, l);
      leftMultiply(l, y, n, 1, out, 0);
    }
  }

  /** The shift: y = P·W·a + t·P·b, with pw = P·W (3×n) and pb = P·b (3). */
  record Shift(double[] pw, double[] pb, int n, int m) implements Motion {
    @Override
    public void combine(double t, double[] out) {
      System.arraycopy(pw, 0, out, 0, 3 * n);
      for (int r = 0; r < 3; r++) {
        out[3 * n + 3 * m + r] = t * pb[r];
      }
    }
  }

  /**
   * The squash: y = L(t)·Y(t)·((1 − t)·(W·a + b) + t·o), Y(t) = (1 − t)·P_{s−1} + t·P_s, with the
   * precomputed P·W (3×n), P·b (3) and P itself (3×m) for both frames.
   */
  record Squash(
      FrameBlend blend,
      double[] fromW,
      double[] toW,
      double[] fromB,
      double[] toB,
      double[] from,
      double[] to,
      int n,
      int m)
      implements Motion {
    @Override
    public void combine(double t, double[] out) {
      double[] l = new double[9];
      blend.at(t, l);
      double[] yw = new double[3 * n];
      for (int i = 0; i < yw.length; i++) {
        yw[i] = (1 - t) * fromW[i] + t * toW[i];
      }
      double[] yo = new double[3 * m];
      for (int i = 0; i < yo.length; i++) {
        yo[i] = (1 - t) * from[i] + t * to[i];
      }
      double[] yb = new double[3];
      for (int i = 0; i < 3; i++) {
        yb[i] = (1 - t) * fromB[i] + t * toB[i];
      }
      leftMultiply(l, yw, n, 1 - t, out, 0);
      leftMultiply(l, yo, m, t, out, 3 * n);
      leftMultiply(l, yb, 1, 1 - t, out, 3 * n + 3 * m);
    }

    @Override
    public boolean usesOutput() {
      return true;
    }
  }
}
