package org.uncrumple.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.uncrumple.lessons.LossLandscape;

/**
 * The loss landscape as a surface in the view's cube [−1, 1]³, and the training path laid on it.
 *
 * <p>Symbols: n grid points along each side, r the radius of the slice, L(i, j) the loss at grid
 * index i along d₁ and j along d₂ ({@link LossLandscape.Surface#at}), and the level ℓ(i, j) = (ln
 * L(i, j) − ln L_min) / (ln L_max − ln L_min) ∈ [0, 1]: heights on a log scale, so the floor near a
 * minimum keeps its detail (the contour map colours by the same ℓ).
 *
 * <p>Data coordinates (y up): x = a / r, z = −b / r, y = 2ℓ − 1. Seen from straight above with yaw
 * 0, a runs to the right and b upwards, as in the map.
 *
 * <p>The surface is triangulated as FXyz3D's {@code SurfacePlotMesh} does it: in grid units (g_x,
 * g_z) = ((x + 1), (z + 1))·(n − 1)/2 each cell is cut along the diagonal on which g_x and g_z grow
 * together. {@link #heightAt} is the height of that piecewise-flat surface, and {@link #path} cuts
 * every segment of the training path where it crosses a grid line or a diagonal, so that between
 * two of its points the path stays in one triangle and lies on the surface exactly.
 *
 * <p>Immutable; any thread.
 */
public final class LandscapeGeometry {
  /** Losses below this count as this, so that a zero loss has a logarithm. */
  static final double LOSS_FLOOR = 1e-12;

  private final int n;
  private final double radius;
  private final double[] level;
  private final double lowLog;
  private final double highLog;

  private LandscapeGeometry(int n, double radius, double[] level, double lowLog, double highLog) {
    this.n = n;
    this.radius = radius;
    this.level = level;
    this.lowLog = lowLog;
    this.highLog = highLog;
  }

  /** The surface of a computed slice. */
  public static LandscapeGeometry of(LossLandscape.Surface surface) {
    int n = surface.size();
    double low = Math.log(Math.max(surface.min(), LOSS_FLOOR));
    double high = Math.log(Math.max(surface.max(), LOSS_FLOOR));
    double span = Math.max(high - low, 1e-12);
    double[] level = new double[n * n];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        // ℓ = (ln L − ln L_min) / (ln L_max − ln L_min)
        level[j * n + i] = (Math.log(Math.max(surface.at(i, j), LOSS_FLOOR)) - low) / span;
      }
    }
    return new LandscapeGeometry(n, surface.radius(), level, low, low + span);
  }

  /** n, grid points along each side. */
  public int size() {
    return n;
  }

  /** ℓ(i, j) ∈ [0, 1]: 0 at the lowest loss in view, 1 at the highest. */
  public double level(int i, int j) {
    return level[j * n + i];
  }

  /** y of grid point (i, j): 2ℓ − 1. */
  public double height(int i, int j) {
    return 2 * level(i, j) - 1;
  }

  /** The loss that a height stands for: the inverse of the log scale. */
  public double lossAtHeight(double y) {
    return Math.exp(lowLog + (y + 1) / 2 * (highLog - lowLog));
  }

  /** x of grid index i along d₁: a_i / r. */
  public double x(int i) {
    return -1 + 2.0 * i / (n - 1);
  }

  /** z of grid index j along d₂: −b_j / r. */
  public double z(int j) {
    return 1 - 2.0 * j / (n - 1);
  }

  /** The height of the triangulated surface above (x, z); places outside are clamped to it. */
  public double heightAt(double x, double z) {
    return heightAtGrid(grid(x), grid(z));
  }

  /**
   * The training path on the surface: the slice coordinates (a, b) of each recorded weight vector,
   * in order, cut to the slice's square and at every grid line and diagonal it crosses.
   *
   * @param ab {a, b} per recorded weight vector, as {@link LossLandscape#project} gives them
   * @return the pieces of the path inside the square (usually one), each x, y, z triples of at
   *     least two points in data coordinates
   */
  public List<float[]> path(double[][] ab) {
    List<float[]> runs = new ArrayList<>();
    Run run = new Run();
    for (int s = 1; s < ab.length; s++) {
      double px = grid(ab[s - 1][0] / radius);
      double pz = grid(-ab[s - 1][1] / radius);
      double qx = grid(ab[s][0] / radius);
      double qz = grid(-ab[s][1] / radius);
      double[] inside = clip(px, pz, qx, qz);
      if (inside == null) {
        run.endInto(runs);
        continue;
      }
      if (inside[0] > 0) {
        run.endInto(runs);
      }
      double[] cuts = crossings(px, pz, qx, qz, inside[0], inside[1]);
      for (double t : cuts) {
        // The ends exactly, so that consecutive segments share their point.
        run.add(t == 1 ? qx : px + t * (qx - px), t == 1 ? qz : pz + t * (qz - pz));
      }
      if (inside[1] < 1) {
        run.endInto(runs);
      }
    }
    run.endInto(runs);
    return runs;
  }

  /** Grid units of a data coordinate, unclamped: g = (c + 1)·(n − 1)/2. */
  private double grid(double c) {
    return (c + 1) * (n - 1) / 2;
  }

  private double fromGrid(double g) {
    return 2 * g / (n - 1) - 1;
  }

  /** Height at grid units (g_x, g_z): g_x counts along x, g_z along z (= n − 1 − j). */
  private double heightAtGrid(double gx, double gz) {
    double u = Math.max(0, Math.min(n - 1, gx));
    double v = Math.max(0, Math.min(n - 1, gz));
    int c = Math.min((int) Math.floor(u), n - 2);
    int r = Math.min((int) Math.floor(v), n - 2);
    u -= c;
    v -= r;
    double h00 = height(c, n - 1 - r);
    double h10 = height(c + 1, n - 1 - r);
    double h01 = height(c, n - 2 - r);
    double h11 = height(c + 1, n - 2 - r);
    // The cell's diagonal runs from (0, 0) to (1, 1): one plane on each side of it.
    return u >= v
        ? h00 + u * (h10 - h00) + v * (h11 - h10)
        : h00 + v * (h01 - h00) + u * (h11 - h01);
  }

  /** The part [t₀, t₁] of P + t·(Q − P), t ∈ [0, 1], inside [0, n − 1]² (Liang–Barsky), or null. */
  private double[] clip(double px, double pz, double qx, double qz) {
    double t0 = 0;
    double t1 = 1;
    double[] p = {-(qx - px), qx - px, -(qz - pz), qz - pz};
    double[] q = {px, n - 1 - px, pz, n - 1 - pz};
    for (int k = 0; k < 4; k++) {
      if (p[k] == 0) {
        if (q[k] < 0) {
          return null;
        }
      } else {
        double t = q[k] / p[k];
        if (p[k] < 0) {
          t0 = Math.max(t0, t);
        } else {
          t1 = Math.min(t1, t);
        }
      }
    }
    return t0 <= t1 ? new double[] {t0, t1} : null;
  }

  /** t₀, every t in between where P + t·(Q − P) crosses g_x = k, g_z = k or g_x − g_z = k, t₁. */
  private static double[] crossings(
      double px, double pz, double qx, double qz, double t0, double t1) {
    double[] t = new double[8];
    int count = 0;
    t[count++] = t0;
    double[][] lines = {{px, qx}, {pz, qz}, {px - pz, qx - qz}};
    for (double[] line : lines) {
      double from = line[0];
      double to = line[1];
      if (from == to) {
        continue;
      }
      for (double k = Math.ceil(Math.min(from, to)); k <= Math.max(from, to); k++) {
        double at = (k - from) / (to - from);
        if (at > t0 && at < t1) {
          // Room for this one and for t₁.
          if (count + 2 > t.length) {
            t = Arrays.copyOf(t, 2 * t.length);
          }
          t[count++] = at;
        }
      }
    }
    t[count++] = t1;
    double[] sorted = Arrays.copyOf(t, count);
    Arrays.sort(sorted);
    return sorted;
  }

  /** A piece of the path being collected, as x, y, z floats. */
  private final class Run {
    private float[] xyz = new float[48];
    private int count;

    void add(double gx, double gz) {
      float x = (float) fromGrid(gx);
      float y = (float) heightAtGrid(gx, gz);
      float z = (float) fromGrid(gz);
      if (count > 0
          && xyz[3 * count - 3] == x
          && xyz[3 * count - 2] == y
          && xyz[3 * count - 1] == z) {
        return;
      }
      if (3 * count + 3 > xyz.length) {
        xyz = Arrays.copyOf(xyz, 2 * xyz.length);
      }
      xyz[3 * count] = x;
      xyz[3 * count + 1] = y;
      xyz[3 * count + 2] = z;
      count++;
    }

    void endInto(List<float[]> runs) {
      if (count >= 2) {
        runs.add(Arrays.copyOf(xyz, 3 * count));
      }
      count = 0;
    }
  }
}
