package org.uncrumple.lessons;

/**
 * A uniform grid of cubic cells over a set of 3D points, for nearest-point queries that look only
 * at nearby cells instead of every point.
 *
 * <p>Points are sorted into cells by a counting sort: {@code start[c] … start[c + 1] − 1} index
 * {@code order}, which holds the points of cell c. A query at q searches the cells in rings of
 * growing Chebyshev cell distance r around q's cell; a point in ring r + 1 or beyond lies at least
 * r·h away (h the cell side), so the search stops once the best distance found is at most r·h.
 * Immutable once built; any thread may query it.
 */
final class PointGrid {
  /** About this many points per occupied cell on average over the bounding box. */
  private static final double POINTS_PER_CELL = 2.0;

  private static final int MAX_CELLS_PER_AXIS = 256;

  private final double[] points;
  private final int count;
  private final double cell;
  private final double[] min = new double[3];
  private final int[] cells = new int[3];
  private final int[] start;
  private final int[] order;

  /**
   * Sorts the points into cells.
   *
   * @param points row-major, count × 3; not copied, must not change afterwards
   * @param count number of points, at least 1
   */
  PointGrid(double[] points, int count) {
    this(points, count, 0.0);
  }

  /**
   * Sorts the points into cells at least {@code minimumCell} wide: wider cells suit queries that
   * look far (fewer, fuller cells), narrower ones queries that look near.
   *
   * @param points row-major, count × 3; not copied, must not change afterwards
   * @param count number of points, at least 1
   * @param minimumCell the smallest cell side, 0 for the automatic size only
   */
  PointGrid(double[] points, int count, double minimumCell) {
    if (count < 1) {
      throw new IllegalArgumentException("a point grid needs at least one point");
    }
    this.points = points;
    this.count = count;
    double[] max = new double[3];
    for (int a = 0; a < 3; a++) {
      min[a] = Double.POSITIVE_INFINITY;
      max[a] = Double.NEGATIVE_INFINITY;
    }
    for (int i = 0; i < count; i++) {
      for (int a = 0; a < 3; a++) {
        min[a] = Math.min(min[a], points[3 * i + a]);
        max[a] = Math.max(max[a], points[3 * i + a]);
      }
    }
    double volume = 1.0;
    double longest = 0.0;
    for (int a = 0; a < 3; a++) {
      double extent = Math.max(max[a] - min[a], 1e-9);
      volume *= extent;
      longest = Math.max(longest, extent);
    }
    double side = Math.cbrt(volume * POINTS_PER_CELL / count);
    this.cell = Math.max(minimumCell, Math.max(side, longest / MAX_CELLS_PER_AXIS));
    int total = 1;
    for (int a = 0; a < 3; a++) {
      cells[a] = Math.max(1, (int) Math.floor((max[a] - min[a]) / cell) + 1);
      total *= cells[a];
    }
    start = new int[total + 1];
    order = new int[count];
    int[] cellOf = new int[count];
    for (int i = 0; i < count; i++) {
      cellOf[i] = cellIndex(clamped(i, 0), clamped(i, 1), clamped(i, 2));
      start[cellOf[i] + 1]++;
    }
    for (int c = 0; c < total; c++) {
      start[c + 1] += start[c];
    }
    int[] next = start.clone();
    for (int i = 0; i < count; i++) {
      order[next[cellOf[i]]++] = i;
    }
  }

  /** The side of one cell. */
  double cellSize() {
    return cell;
  }

  /**
   * The distance from q to the nearest point other than {@code exclude}.
   *
   * @param exclude an index to ignore (the query point itself), or −1
   * @return the distance, or +∞ if there is no other point
   */
  double nearestDistance(double qx, double qy, double qz, int exclude) {
    return nearestDistance(qx, qy, qz, exclude, Double.POSITIVE_INFINITY);
  }

  /**
   * The distance from q to the nearest point other than {@code exclude}, or {@code limit} if no
   * point is closer than that: the search then stops early, which keeps far queries cheap.
   *
   * @param exclude an index to ignore (the query point itself), or −1
   * @param limit the largest distance of interest
   * @return min(distance, limit)
   */
  double nearestDistance(double qx, double qy, double qz, int exclude, double limit) {
    int cx = axisCell(qx, 0);
    int cy = axisCell(qy, 1);
    int cz = axisCell(qz, 2);
    int rings = Math.max(cells[0], Math.max(cells[1], cells[2]));
    double best = Double.POSITIVE_INFINITY;
    for (int r = 0; r <= rings; r++) {
      for (int x = Math.max(0, cx - r); x <= Math.min(cells[0] - 1, cx + r); x++) {
        for (int y = Math.max(0, cy - r); y <= Math.min(cells[1] - 1, cy + r); y++) {
          boolean edge = Math.abs(x - cx) == r || Math.abs(y - cy) == r;
          // On the ring's side faces every z counts; inside them only its top and bottom.
          int zStep = edge ? 1 : Math.max(1, 2 * r);
          for (int z = cz - r; z <= cz + r; z += zStep) {
            if (z >= 0 && z < cells[2]) {
              best = Math.min(best, nearestInCell(cellIndex(x, y, z), qx, qy, qz, exclude));
            }
          }
        }
      }
      if (best <= r * cell) {
        return Math.min(best, limit);
      }
      if (r * cell >= limit) {
        return limit;
      }
    }
    return Math.min(best, limit);
  }

  /** Whether some point lies strictly closer than {@code radius} to q. */
  boolean anyCloserThan(double qx, double qy, double qz, double radius) {
    int[] lo = new int[3];
    int[] hi = new int[3];
    double[] q = {qx, qy, qz};
    for (int a = 0; a < 3; a++) {
      lo[a] = Math.max(0, (int) Math.floor((q[a] - radius - min[a]) / cell));
      hi[a] = Math.min(cells[a] - 1, (int) Math.floor((q[a] + radius - min[a]) / cell));
      if (lo[a] > hi[a]) {
        return false;
      }
    }
    double limit = radius * radius;
    for (int x = lo[0]; x <= hi[0]; x++) {
      for (int y = lo[1]; y <= hi[1]; y++) {
        for (int z = lo[2]; z <= hi[2]; z++) {
          int c = cellIndex(x, y, z);
          for (int k = start[c]; k < start[c + 1]; k++) {
            if (squaredDistance(order[k], qx, qy, qz) < limit) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private double nearestInCell(int c, double qx, double qy, double qz, int exclude) {
    double best = Double.POSITIVE_INFINITY;
    for (int k = start[c]; k < start[c + 1]; k++) {
      int i = order[k];
      if (i != exclude) {
        best = Math.min(best, squaredDistance(i, qx, qy, qz));
      }
    }
    return Math.sqrt(best);
  }

  private double squaredDistance(int i, double qx, double qy, double qz) {
    double dx = points[3 * i] - qx;
    double dy = points[3 * i + 1] - qy;
    double dz = points[3 * i + 2] - qz;
    return dx * dx + dy * dy + dz * dz;
  }

  private int clamped(int i, int axis) {
    return axisCell(points[3 * i + axis], axis);
  }

  private int axisCell(double value, int axis) {
    int c = (int) Math.floor((value - min[axis]) / cell);
    return Math.max(0, Math.min(cells[axis] - 1, c));
  }

  private int cellIndex(int x, int y, int z) {
    return (x * cells[1] + y) * cells[2] + z;
  }

  int size() {
    return count;
  }
}
