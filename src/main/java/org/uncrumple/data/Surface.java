package org.uncrumple.data;

/**
 * A smooth parametric surface p(u, v) in 3D over the unit square, the shape one class of a
 * generated data set lies on. {@link Surfaces} samples points on it and meshes it.
 */
@FunctionalInterface
interface Surface {
  /**
   * Computes the point of the surface at (u, v).
   *
   * @param u the first parameter, in [0, 1]
   * @param v the second parameter, in [0, 1]
   * @param out receives {x, y, z}
   */
  void at(double u, double v, double[] out);
}
