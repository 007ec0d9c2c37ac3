package org.uncrumple.geometry;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/** Seeded matrices, rotations and layers shared by the geometry tests. */
final class Fixtures {
  private Fixtures() {}

  /** The activations the tests run through, by name. */
  enum Activation {
    TANH(Math::tanh, false),
    RELU(x -> Math.max(0, x), false),
    SIGMOID(x -> 1 / (1 + Math.exp(-x)), false),
    LINEAR(x -> x, true);

    final DoubleUnaryOperator f;
    final boolean identity;

    Activation(DoubleUnaryOperator f, boolean identity) {
      this.f = f;
      this.identity = identity;
    }
  }

  static DMatrixRMaj gaussian(Random random, int rows, int cols, double scale) {
    DMatrixRMaj out = new DMatrixRMaj(rows, cols);
    for (int i = 0; i < out.getNumElements(); i++) {
      out.data[i] = scale * random.nextGaussian();
    }
    return out;
  }

  /** A random orthogonal matrix (Q of the QR decomposition of a Gaussian matrix). */
  static DMatrixRMaj randomOrthogonal(Random random, int k) {
    QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(k, k);
    qr.decompose(gaussian(random, k, k, 1));
    return qr.getQ(null, false);
  }

  /**
   * Q·B·Qᵀ with Q random orthogonal and B turning plane j (axes 2j, 2j+1) by angles[j], the other
   * axes fixed: a rotation with prescribed angles.
   */
  static DMatrixRMaj rotationWithAngles(Random random, int k, double... angles) {
    DMatrixRMaj b = CommonOps_DDRM.identity(k);
    for (int j = 0; j < angles.length; j++) {
      double c = Math.cos(angles[j]);
      double s = Math.sin(angles[j]);
      b.set(2 * j, 2 * j, c);
      b.set(2 * j, 2 * j + 1, -s);
      b.set(2 * j + 1, 2 * j, s);
      b.set(2 * j + 1, 2 * j + 1, c);
    }
    DMatrixRMaj q = randomOrthogonal(random, k);
    DMatrixRMaj qb = new DMatrixRMaj(k, k);
    CommonOps_DDRM.mult(q, b, qb);
    DMatrixRMaj out = new DMatrixRMaj(k, k);
    CommonOps_DDRM.multTransB(qb, q, out);
    return out;
  }

  /** A random proper rotation. */
  static DMatrixRMaj randomRotation(Random random, int k) {
    DMatrixRMaj q = randomOrthogonal(random, k);
    if (CommonOps_DDRM.det(q) < 0) {
      for (int row = 0; row < k; row++) {
        q.set(row, 0, -q.get(row, 0));
      }
    }
    return q;
  }

  static LayerParams layer(Random random, int inputs, int outputs, Activation activation) {
    return new LayerParams(
        gaussian(random, outputs, inputs, 1.5 / Math.sqrt(inputs)),
        gaussian(random, outputs, 1, 0.3),
        activation.f,
        activation.identity);
  }

  /** max |a_ij − b_ij|. */
  static double maxDifference(DMatrixRMaj a, DMatrixRMaj b) {
    DMatrixRMaj d = new DMatrixRMaj(a.numRows, a.numCols);
    CommonOps_DDRM.subtract(a, b, d);
    return CommonOps_DDRM.elementMaxAbs(d);
  }

  /** max |RᵀR − I|. */
  static double orthogonalityError(DMatrixRMaj r) {
    DMatrixRMaj gram = new DMatrixRMaj(r.numCols, r.numCols);
    CommonOps_DDRM.multTransA(r, r, gram);
    return maxDifference(gram, CommonOps_DDRM.identity(r.numCols));
  }

  static DMatrixRMaj multiply(DMatrixRMaj a, DMatrixRMaj b) {
    DMatrixRMaj out = new DMatrixRMaj(a.numRows, b.numCols);
    CommonOps_DDRM.mult(a, b, out);
    return out;
  }

  /** Random points, row-major count × width, Gaussian with a different spread per axis. */
  static double[] points(Random random, int count, int width) {
    double[] out = new double[count * width];
    for (int i = 0; i < count; i++) {
      for (int j = 0; j < width; j++) {
        out[i * width + j] = (1.0 + j * 0.37) * random.nextGaussian() + 0.1 * j;
      }
    }
    return out;
  }
}
