package org.uncrumple.data;

/**
 * A smooth, invertible crumpling of 3D space: the time-t flow of a smooth random velocity field,
 * integrated with classic fourth-order Runge–Kutta steps.
 *
 * <p>The field is a sum of a few localised swirls plus a mild pull towards the centre:
 *
 * <pre>
 *   v(x) = Σₖ ωₖ × (x − cₖ) · exp(−|x − cₖ|² / 2σ²)  −  λ · x · |x|²
 * </pre>
 *
 * <p>Each swirl turns space about the axis ωₖ through its centre cₖ, fastest near the centre and
 * not at all far away; it is divergence-free (it neither squeezes nor spreads volume), and where
 * its axis lies in a sheet it rolls the sheet into a fold. The cubic pull draws far points in more
 * than near ones, rounding the sheets into a ball. Because v is smooth, its flow is a
 * diffeomorphism (V. I. Arnold, <i>Ordinary Differential Equations</i>, §§ 7–10): trajectories
 * never cross, so two disjoint sheets stay disjoint however long the flow runs, and a network,
 * itself a chain of smooth maps, can in principle undo it (C. Olah, "Neural Networks, Manifolds,
 * and Topology", 2014, colah.github.io/posts/2014-03-NN-Manifolds-Topology; E. Dupont et al.,
 * "Augmented Neural ODEs", NeurIPS 2019). The RK4 steps are small (1/64 of a time unit) so the
 * discrete map stays close to the exact flow.
 *
 * <p>All arithmetic is in {@link StrictMath} so a seed gives the same crumple on every machine.
 */
final class CrumpleFlow {
  /** Number of swirls. */
  static final int SWIRLS = 6;

  /** Width σ of each swirl's Gaussian envelope, in the units of a sheet of side 2. */
  static final double SIGMA = 0.5;

  /** Angular speed |ωₖ| of each swirl at its centre, in radians per time unit. */
  static final double SPIN = 3.0;

  /** Strength λ of the cubic pull towards the centre. */
  static final double PULL = 0.75;

  /** RK4 steps per time unit. */
  static final int STEPS_PER_TIME = 64;

  private final double[] centres = new double[SWIRLS * 3];
  private final double[] axes = new double[SWIRLS * 3];

  /**
   * Draws a random field: swirl centres uniform in [-0.8, 0.8]² × [-0.24, 0.24] (near the sheets'
   * plane z = 0), axes uniform in direction, turning either way.
   *
   * @param rng the source of randomness
   */
  CrumpleFlow(Rng rng) {
    for (int k = 0; k < SWIRLS; k++) {
      centres[3 * k] = rng.uniform(-0.8, 0.8);
      centres[3 * k + 1] = rng.uniform(-0.8, 0.8);
      centres[3 * k + 2] = rng.uniform(-0.24, 0.24);
      double[] axis = rng.direction();
      double spin = rng.uniform() < 0.5 ? -SPIN : SPIN;
      for (int i = 0; i < 3; i++) {
        axes[3 * k + i] = axis[i] * spin;
      }
    }
  }

  /**
   * Computes the velocity v(x) at one point.
   *
   * @param x the x coordinate
   * @param y the y coordinate
   * @param z the z coordinate
   * @param out receives {vx, vy, vz}
   */
  void velocity(double x, double y, double z, double[] out) {
    // pull: −λ · x · |x|²
    double pull = -PULL * (x * x + y * y + z * z);
    double vx = pull * x;
    double vy = pull * y;
    double vz = pull * z;
    for (int k = 0; k < SWIRLS; k++) {
      // swirl: ω × d · exp(−|d|² / 2σ²), d = x − c
      double dx = x - centres[3 * k];
      double dy = y - centres[3 * k + 1];
      double dz = z - centres[3 * k + 2];
      double envelope = StrictMath.exp(-(dx * dx + dy * dy + dz * dz) / (2 * SIGMA * SIGMA));
      double wx = axes[3 * k];
      double wy = axes[3 * k + 1];
      double wz = axes[3 * k + 2];
      vx += (wy * dz - wz * dy) * envelope;
      vy += (wz * dx - wx * dz) * envelope;
      vz += (wx * dy - wy * dx) * envelope;
    }
    out[0] = vx;
    out[1] = vy;
    out[2] = vz;
  }

  /**
   * Carries points along the flow for a time, in place.
   *
   * @param xyz row-major coordinates, overwritten with where the flow takes them
   * @param time how long to flow; 0 leaves the points where they are
   */
  void carry(double[] xyz, double time) {
    int steps = (int) Math.ceil(time * STEPS_PER_TIME);
    if (steps == 0) {
      return;
    }
    double h = time / steps;
    double[] k1 = new double[3];
    double[] k2 = new double[3];
    double[] k3 = new double[3];
    double[] k4 = new double[3];
    for (int i = 0; i < xyz.length; i += 3) {
      double x = xyz[i];
      double y = xyz[i + 1];
      double z = xyz[i + 2];
      for (int s = 0; s < steps; s++) {
        // x ← x + h/6 · (k1 + 2k2 + 2k3 + k4)
        velocity(x, y, z, k1);
        velocity(x + h / 2 * k1[0], y + h / 2 * k1[1], z + h / 2 * k1[2], k2);
        velocity(x + h / 2 * k2[0], y + h / 2 * k2[1], z + h / 2 * k2[2], k3);
        velocity(x + h * k3[0], y + h * k3[1], z + h * k3[2], k4);
        x += h / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
        y += h / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
        z += h / 6 * (k1[2] + 2 * k2[2] + 2 * k3[2] + k4[2]);
      }
      xyz[i] = x;
      xyz[i + 1] = y;
      xyz[i + 2] = z;
    }
  }
}
