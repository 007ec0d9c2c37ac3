package org.uncrumple.geometry;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The points at every layer boundary: a_0 = the input and a_{ℓ+1} = f_ℓ(W_ℓ·a_ℓ + b_ℓ), each stored
 * row-major (count × width) as float, and, when asked for, the covariance C_ℓ = E[a·aᵀ] − μ·μᵀ of
 * each boundary (μ the mean), which the projection's PCA needs. The covariance is taken over at
 * most {@value #COVARIANCE_SAMPLE} points, every s-th one (s = ⌈count / {@value
 * #COVARIANCE_SAMPLE}⌉), ample for three principal directions and independent of how the points are
 * ordered.
 *
 * <p>Every intermediate stage of a layer is an affine image of its input (or, for the squash, a
 * blend of input and output), so these boundaries are all the per-frame call reads. The forward
 * pass runs in double, a chunk of rows at a time, so memory beyond the stored floats stays small;
 * floats halve the memory and the bandwidth of the per-frame pass and are exact enough for the
 * screen.
 */
final class Activations {
  private static final int CHUNK = 4096;
  private static final int COVARIANCE_SAMPLE = 65_536;

  private final int count;
  private final int[] widths;
  private final float[][] values;
  private final DMatrixRMaj[] covariances;

  private Activations(int count, int[] widths, float[][] values, DMatrixRMaj[] covariances) {
    this.count = count;
    this.widths = widths;
    this.values = values;
    this.covariances = covariances;
  }

  /**
   * Runs the points through the layers.
   *
   * @param points row-major count × (input width of the first layer)
   * @param withCovariances whether to accumulate each boundary's covariance
   */
  static Activations of(
      List<LayerParams> layers, double[] points, int count, boolean withCovariances) {
    int boundaries = layers.size() + 1;
    int[] widths = new int[boundaries];
    widths[0] = layers.get(0).inputWidth();
    for (int l = 0; l < layers.size(); l++) {
      widths[l + 1] = layers.get(l).outputWidth();
    }
    if (count < 0 || points.length < (long) count * widths[0]) {
      throw new IllegalArgumentException(
          "expected "
              + count
              + " points of width "
              + widths[0]
              + " ("
              + (long) count * widths[0]
              + " numbers), found "
              + points.length
              + " numbers");
    }
    float[][] values = new float[boundaries][];
    DMatrixRMaj[] buffers = new DMatrixRMaj[boundaries];
    DMatrixRMaj[] products = new DMatrixRMaj[boundaries];
    double[][] sums = new double[boundaries][];
    for (int l = 0; l < boundaries; l++) {
      values[l] = new float[count * widths[l]];
      buffers[l] = new DMatrixRMaj(Math.min(CHUNK, Math.max(count, 1)), widths[l]);
      products[l] = new DMatrixRMaj(widths[l], widths[l]);
      sums[l] = new double[widths[l]];
    }
    int stride = Math.max(1, (count + COVARIANCE_SAMPLE - 1) / COVARIANCE_SAMPLE);
    int sampled = (count + stride - 1) / stride;
    for (int start = 0; start < count; start += CHUNK) {
      int rows = Math.min(CHUNK, count - start);
      DMatrixRMaj a = buffers[0];
      a.reshape(rows, widths[0]);
      System.arraycopy(points, start * widths[0], a.data, 0, rows * widths[0]);
      for (int l = 0; l < boundaries; l++) {
        store(a, values[l], start);
        if (withCovariances) {
          accumulate(a, start, stride, sums[l], products[l]);
        }
        if (l == layers.size()) {
          break;
        }
        LayerParams layer = layers.get(l);
        DMatrixRMaj z = buffers[l + 1];
        z.reshape(rows, layer.outputWidth());
        // Z = A·Wᵀ, then a' = f(z + b) entry by entry
        CommonOps_DDRM.multTransB(a, layer.weights(), z);
        int m = layer.outputWidth();
        for (int i = 0; i < rows; i++) {
          for (int j = 0; j < m; j++) {
            int at = i * m + j;
            z.data[at] = layer.activation().applyAsDouble(z.data[at] + layer.bias().data[j]);
          }
        }
        a = z;
      }
    }
    DMatrixRMaj[] covariances = new DMatrixRMaj[boundaries];
    if (withCovariances) {
      for (int l = 0; l < boundaries; l++) {
        covariances[l] = covariance(sums[l], products[l], sampled);
      }
    }
    return new Activations(count, widths, values, covariances);
  }

  int count() {
    return count;
  }

  int width(int boundary) {
    return widths[boundary];
  }

  /** The points at a boundary, row-major count × width (shared: read-only). */
  float[] values(int boundary) {
    return values[boundary];
  }

  /** C at a boundary (width × width), or null when not accumulated (shared: read-only). */
  DMatrixRMaj covariance(int boundary) {
    return covariances[boundary];
  }

  private static void store(DMatrixRMaj a, float[] into, int start) {
    int size = a.numRows * a.numCols;
    int offset = start * a.numCols;
    for (int i = 0; i < size; i++) {
      into[offset + i] = (float) a.data[i];
    }
  }

  /** Adds the chunk's every stride-th row (counted from the first point) to Σ a and Σ a·aᵀ. */
  private static void accumulate(
      DMatrixRMaj a, int start, int stride, double[] sum, DMatrixRMaj product) {
    int w = a.numCols;
    if (stride == 1) {
      for (int i = 0; i < a.numRows; i++) {
        for (int j = 0; j < w; j++) {
          sum[j] += a.data[i * w + j];
        }
      }
      CommonOps_DDRM.multAddTransA(a, a, product);
      return;
    }
    for (int i = (stride - start % stride) % stride; i < a.numRows; i += stride) {
      for (int p = 0; p < w; p++) {
        double v = a.data[i * w + p];
        sum[p] += v;
        for (int q = 0; q < w; q++) {
          product.data[p * w + q] += v * a.data[i * w + q];
        }
      }
    }
  }

  private static DMatrixRMaj covariance(double[] sum, DMatrixRMaj product, int count) {
    int w = sum.length;
    DMatrixRMaj c = new DMatrixRMaj(w, w);
    if (count == 0) {
      return c;
    }
    // C = Σ a·aᵀ / N − μ·μᵀ
    for (int i = 0; i < w; i++) {
      for (int j = 0; j < w; j++) {
        c.set(i, j, product.get(i, j) / count - (sum[i] / count) * (sum[j] / count));
      }
    }
    return c;
  }
}
