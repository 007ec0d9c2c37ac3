package org.uncrumple.geometry;

import java.util.Arrays;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * How flat a set of points is, for example one paper sheet's points after a layer: the share of
 * their variance that lies in their best-fitting plane. 1 means the sheet has been smoothed
 * perfectly flat (it may still be turned and stretched); a crumpled sheet spreads variance into the
 * third and further directions and scores less.
 *
 * <p>Symbols: the rows x_r ∈ ℝ^d, their mean μ, the covariance C = (1/N)·Σ_r (x_r − μ)(x_r − μ)ᵀ
 * with eigenvalues λ_1 ≥ λ_2 ≥ … ≥ λ_d ≥ 0. The best-fitting plane through μ (principal component
 * analysis) is spanned by the top two eigenvectors and holds the variance λ_1 + λ_2 out of the
 * total trace C = Σ λ, so the share is (λ_1 + λ_2) / Σ λ (K. Pearson, "On lines and planes of
 * closest fit to systems of points in space", Phil. Mag. 2, 1901).
 *
 * <p>By convention the share is 1 when it cannot be less: for d ≤ 2, for fewer than 3 points, and
 * when all the points coincide (Σ λ = 0). It does not change when the points are turned, shifted or
 * uniformly scaled.
 *
 * <p>Cost: O(N·d²) for the covariance plus a symmetric eigen decomposition (EJML) of O(d³). The
 * methods keep no state and may be called from any thread.
 */
public final class Flatness {
  private Flatness() {}

  /**
   * The share of the variance of some rows that lies in their best-fitting plane.
   *
   * @param coords row-major coordinates, dims a row
   * @param dims d ≥ 1
   * @param rows the rows to measure (repeats count twice)
   * @return (λ_1 + λ_2) / Σ λ, in [0, 1]
   * @throws IllegalArgumentException if a row is outside the coordinates, or a coordinate used is
   *     NaN or infinite
   */
  public static double planeShare(double[] coords, int dims, int[] rows) {
    Objects.requireNonNull(rows, "rows");
    checkCoords(coords, dims);
    int available = coords.length / dims;
    for (int row : rows) {
      if (row < 0 || row >= available) {
        throw new IllegalArgumentException(
            "row " + row + " is outside the " + available + " rows of coordinates");
      }
    }
    return share(coords, dims, rows, 0, rows.length);
  }

  /**
   * The share of the variance of the contiguous rows from … to − 1 that lies in their best-fitting
   * plane.
   *
   * @param coords row-major coordinates, dims a row
   * @param dims d ≥ 1
   * @param from the first row
   * @param to one past the last row
   * @return (λ_1 + λ_2) / Σ λ, in [0, 1]
   * @throws IllegalArgumentException if the rows are outside the coordinates, or a coordinate used
   *     is NaN or infinite
   */
  public static double planeShare(double[] coords, int dims, int from, int to) {
    checkCoords(coords, dims);
    int available = coords.length / dims;
    if (from < 0 || to < from || to > available) {
      throw new IllegalArgumentException(
          "rows " + from + " to " + to + " are not a range within the " + available + " rows");
    }
    return share(coords, dims, null, from, to);
  }

  private static void checkCoords(double[] coords, int dims) {
    Objects.requireNonNull(coords, "coords");
    if (dims < 1) {
      throw new IllegalArgumentException("dims must be at least 1, was " + dims);
    }
  }

  /**
   * The share over rows[from … to − 1], or over rows from … to − 1 themselves when rows is null.
   */
  private static double share(double[] coords, int dims, int[] rows, int from, int to) {
    int count = to - from;
    if (dims <= 2 || count < 3) {
      return 1.0;
    }
    // μ = (1/N)·Σ_r x_r
    double[] mean = new double[dims];
    for (int r = from; r < to; r++) {
      int at = (rows == null ? r : rows[r]) * dims;
      for (int j = 0; j < dims; j++) {
        double value = coords[at + j];
        if (!Double.isFinite(value)) {
          throw new IllegalArgumentException(
              "coordinate " + j + " of row " + at / dims + " is " + value);
        }
        mean[j] += value;
      }
    }
    for (int j = 0; j < dims; j++) {
      mean[j] /= count;
    }
    // N·C = Σ_r (x_r − μ)(x_r − μ)ᵀ (the factor N cancels in the share): upper triangle, mirrored
    DMatrixRMaj covariance = new DMatrixRMaj(dims, dims);
    double[] c = covariance.data;
    double[] deviation = new double[dims];
    for (int r = from; r < to; r++) {
      int at = (rows == null ? r : rows[r]) * dims;
      for (int j = 0; j < dims; j++) {
        deviation[j] = coords[at + j] - mean[j];
      }
      for (int j = 0; j < dims; j++) {
        double dj = deviation[j];
        for (int k = j; k < dims; k++) {
          c[j * dims + k] += dj * deviation[k];
        }
      }
    }
    double total = 0;
    for (int j = 0; j < dims; j++) {
      for (int k = j + 1; k < dims; k++) {
        c[k * dims + j] = c[j * dims + k];
      }
      total += c[j * dims + j];
    }
    // Σ λ = trace C
    if (total == 0) {
      return 1.0;
    }
    double[] lambda = eigenvalues(covariance);
    Arrays.sort(lambda);
    double plane = Math.max(0, lambda[dims - 1]) + Math.max(0, lambda[dims - 2]);
    return Math.min(1.0, plane / total);
  }

  private static double[] eigenvalues(DMatrixRMaj symmetric) {
    int d = symmetric.numRows;
    EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(d, false, true);
    if (!eigen.decompose(symmetric)) {
      throw new ArithmeticException("eigen decomposition of the covariance failed");
    }
    double[] lambda = new double[d];
    for (int i = 0; i < d; i++) {
      lambda[i] = eigen.getEigenvalue(i).getReal();
    }
    return lambda;
  }
}
