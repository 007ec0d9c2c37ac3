package org.uncrumple.scene;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.uncrumple.data.Dataset;

/**
 * The angle a CSV file's points are first seen from, since such a file says nothing about the view:
 * looking along the direction in which the points spread least, so that the two directions in which
 * they spread most lie across the screen and as little as possible hides behind something else.
 *
 * <p>With m the points' mean and C = (1/n)·Σ (p − m)(p − m)ᵀ their covariance, the camera looks
 * along v, the eigenvector of C's smallest eigenvalue, from the side above the horizon (v_y ≥ 0):
 * yaw = atan2(v_x, v_z), pitch = asin(v_y), as {@code CameraPose} defines them. The pitch stays
 * within ±{@value #MAX_PITCH}°, so a flat cloud is seen from high above yet up stays up. Only for
 * three features: a wider file is seen through its main directions, which the trace finds.
 */
final class DataAngle {
  static final double MAX_PITCH = 75;

  private DataAngle() {}

  /** {@code view} with the camera looking along the least spread of {@code data}'s points. */
  static ViewSpec lookingAlongLeastSpread(ViewSpec view, Dataset data) {
    // Wider data are seen through their main directions, found only when they are traced; the
    // camera keeps the file's view there.
    if (data.dimensions() != 3) {
      return view;
    }
    double[] v = leastSpread(data.points(), data.size());
    if (v == null) {
      return view;
    }
    if (v[1] < 0) {
      v[0] = -v[0];
      v[1] = -v[1];
      v[2] = -v[2];
    }
    double yaw = Math.toDegrees(Math.atan2(v[0], v[2]));
    double pitch = Math.min(MAX_PITCH, Math.toDegrees(Math.asin(Math.min(1, v[1]))));
    return view.withCamera(yaw, pitch, view.distance());
  }

  /** The unit direction of least spread of the points (x, y, z each), or null for fewer than 2. */
  static double[] leastSpread(double[] points, int count) {
    if (count < 2) {
      return null;
    }
    double[] mean = new double[3];
    for (int i = 0; i < count; i++) {
      for (int k = 0; k < 3; k++) {
        mean[k] += points[3 * i + k] / count;
      }
    }
    // C = (1/n)·Σ (p − m)(p − m)ᵀ
    DMatrixRMaj c = new DMatrixRMaj(3, 3);
    for (int i = 0; i < count; i++) {
      for (int a = 0; a < 3; a++) {
        for (int b = 0; b < 3; b++) {
          c.add(a, b, (points[3 * i + a] - mean[a]) * (points[3 * i + b] - mean[b]) / count);
        }
      }
    }
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(3, true, true);
    if (!eig.decompose(c)) {
      return null;
    }
    int least = 0;
    for (int k = 1; k < 3; k++) {
      if (eig.getEigenvalue(k).real < eig.getEigenvalue(least).real) {
        least = k;
      }
    }
    DMatrixRMaj vector = eig.getEigenVector(least);
    if (vector == null) {
      return null;
    }
    double norm =
        Math.sqrt(
            vector.data[0] * vector.data[0]
                + vector.data[1] * vector.data[1]
                + vector.data[2] * vector.data[2]);
    return norm > 0
        ? new double[] {vector.data[0] / norm, vector.data[1] / norm, vector.data[2] / norm}
        : null;
  }
}
