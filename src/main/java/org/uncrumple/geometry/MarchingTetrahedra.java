package org.uncrumple.geometry;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The zero set of a field sampled on a regular grid, by marching tetrahedra: the machinery shared
 * by {@link IsoSurface} and {@link DecisionSurface}.
 *
 * <p>Grid. P points per axis over [−h, h]; grid point (i, j, k) has index g = (i·P + j)·P + k and
 * position (x_i, x_j, x_k) with x_i = −h + s·i and spacing s = 2h / (P − 1).
 *
 * <p>Tetrahedra. Each grid cube is split into six tetrahedra around its main diagonal from corner
 * (0, 0, 0) to (1, 1, 1), one per order (a, b, c) of the three axes: the path 000 → e_a → e_a + e_b
 * → 111 (H. W. Kuhn, "Some combinatorial lemmas in topology", IBM J. Res. Dev. 4, 1960). Every cube
 * cuts each face along the diagonal that its neighbour uses, so the tetrahedra meet face to face,
 * and every edge joins a grid point to one whose offset is a step of 0 or 1 along each axis.
 *
 * <p>Inside one tetrahedron the field f is interpolated linearly from its four corners, so its zero
 * set is a flat cut: a triangle when one corner lies on the other side from the other three, a
 * quadrilateral (two triangles) when two and two. A corner is negative when f &lt; 0 and positive
 * otherwise: a value of exactly 0 counts as positive (simulation of simplicity, H. Edelsbrunner and
 * E. P. Mücke, ACM Trans. Graph. 9, 1990), so there are no ambiguous cases and no lookup tables. On
 * an edge from a negative corner a to a positive corner b the surface crosses at a + t·(b − a), t =
 * f_a / (f_a − f_b) ∈ (0, 1]; t = 1 exactly when f_b = 0, and the vertex is then the grid point b
 * itself. The method is that of A. Doi and A. Koide, "An efficient method of triangulating
 * equi-valued surfaces by using tetrahedral cells", IEICE Trans. E74(1), 1991.
 *
 * <p>Sharing. A vertex is keyed by its grid edge (lower end and step), or by its grid point when f
 * is 0 there, and by the id of the field it belongs to; every tetrahedron around an edge finds the
 * same vertex, so the surface of one field is one connected mesh.
 *
 * <p>Winding, decided by counting, not by measuring (so slivers are turned right too). The path 000
 * → e_a → e_a + e_b → 111 spans a tetrahedron of orientation det(e_a, e_b, e_c) = the sign of the
 * axis order (a, b, c). List its corners negatives first, then positives, each in path order, and
 * call them (p_0, p_1, p_2, p_3); the cut is built as the triangle (p_0p_1, p_0p_2, p_0p_3) for one
 * negative corner, (p_0p_3, p_1p_3, p_2p_3) for three, and the quadrilateral (p_0p_2, p_0p_3,
 * p_1p_3, p_1p_2) for two, where p_xp_y is the crossing on that edge. In each case the normal
 * points from the negative corners to the positive ones exactly when the corners in this order are
 * positively oriented, that is, when the sign of the reordering times the sign of the path is +1;
 * otherwise the winding is reversed. The order of the axes of path t is, by position in {@link
 * #PATHS}: (i, j, k), (i, k, j), (j, i, k), (j, k, i), (k, i, j), (k, j, i).
 *
 * <p>Zeros at grid points. A value within the caller's snapping distance of 0 (rounding noise, such
 * as a plane that passes through grid points) is taken as exactly 0, so that the surface passes
 * through the grid point rather than leaving slivers of no area around it. Triangles that collapse
 * because two of their vertices are the same grid point are dropped. A grid face whose corners are
 * all 0, with negative values on both sides, is emitted by both its tetrahedra with opposite
 * windings; both are removed (the field only touches 0 there, its positive region is empty).
 */
final class MarchingTetrahedra {
  /** The six tetrahedra of a cube as paths of corner codes 4·di + 2·dj + dk from 000 to 111. */
  private static final int[][] PATHS = {
    {0, 4, 6, 7}, {0, 4, 5, 7}, {0, 2, 6, 7}, {0, 2, 3, 7}, {0, 1, 5, 7}, {0, 1, 3, 7}
  };

  /** The orientation of each path's tetrahedron: the sign of its order of the axes. */
  private static final boolean[] NEGATIVE_PATH = {false, true, true, false, false, true};

  /** The field's values at the corners of one tetrahedron. */
  @FunctionalInterface
  interface Field {
    /**
     * Fills the field at four grid points.
     *
     * @param corners the grid indices of the tetrahedron's corners, in path order
     * @param values receives the field at each corner, finite
     * @return the id of the field in this tetrahedron (≥ 0; vertices are shared only within one
     *     id), or −1 when the tetrahedron holds no surface
     */
    int sample(int[] corners, double[] values);
  }

  private final int perAxis;
  private final double half;
  private final double snap;
  private final double spacing;
  private final long gridPoints;
  private final Map<Long, Integer> vertexByKey = new HashMap<>();
  private final Map<Face, Integer> facesOfZeros = new HashMap<>();
  private double[] vertices = new double[3 * 256];
  private boolean[] atGridPoint = new boolean[256];
  private int vertexCount;
  private int[] triangles = new int[3 * 256];
  private int triangleCount;
  private boolean[] cancelled = new boolean[256];
  private int cancelledCount;

  /** Work arrays of {@link #cut}, reused for every tetrahedron. */
  private final int[] negative = new int[4];

  private final int[] positive = new int[4];

  private MarchingTetrahedra(int perAxis, double half, double snap) {
    this.perAxis = perAxis;
    this.half = half;
    this.snap = snap;
    this.spacing = spacing(perAxis, half);
    this.gridPoints = (long) perAxis * perAxis * perAxis;
  }

  /**
   * The zero set of a field over the grid.
   *
   * @param perAxis P ≥ 2, checked by the caller
   * @param half h &gt; 0, checked by the caller
   * @param snap values with |f| ≤ snap count as exactly 0
   */
  static Mesh zeroSet(int perAxis, double half, double snap, Field field) {
    MarchingTetrahedra march = new MarchingTetrahedra(perAxis, half, snap);
    march.walk(field);
    return march.mesh();
  }

  /** s = 2h / (P − 1). */
  static double spacing(int perAxis, double half) {
    return 2 * half / (perAxis - 1);
  }

  /** x_i = −h + s·i, with the last point exactly at h. */
  static double coordinate(int index, int perAxis, double half) {
    return index == perAxis - 1 ? half : -half + spacing(perAxis, half) * index;
  }

  private void walk(Field field) {
    int p = perAxis;
    int[] offset = new int[8];
    for (int code = 0; code < 8; code++) {
      offset[code] = ((code >> 2) * p + ((code >> 1) & 1)) * p + (code & 1);
    }
    int[] corners = new int[4];
    double[] values = new double[4];
    for (int i = 0; i + 1 < p; i++) {
      for (int j = 0; j + 1 < p; j++) {
        for (int k = 0; k + 1 < p; k++) {
          int base = (i * p + j) * p + k;
          for (int t = 0; t < PATHS.length; t++) {
            for (int c = 0; c < 4; c++) {
              corners[c] = base + offset[PATHS[t][c]];
            }
            int id = field.sample(corners, values);
            if (id >= 0) {
              cut(t, corners, values, id);
            }
          }
        }
      }
    }
  }

  /** Emits the zero set of the linear interpolant in tetrahedron {@code path}. */
  private void cut(int path, int[] corners, double[] f, int id) {
    int n = 0;
    int q = 0;
    for (int c = 0; c < 4; c++) {
      if (Math.abs(f[c]) <= snap) {
        f[c] = 0;
      }
      if (f[c] < 0) {
        negative[n++] = c;
      } else {
        positive[q++] = c;
      }
    }
    if (n == 0 || q == 0) {
      return;
    }
    // the corners reordered negatives first: an odd reordering reverses the orientation
    int inversions = 0;
    for (int x = 0; x < n; x++) {
      for (int y = 0; y < q; y++) {
        if (negative[x] > positive[y]) {
          inversions++;
        }
      }
    }
    boolean reverse = (inversions % 2 == 1) != NEGATIVE_PATH[path];
    if (n == 1) {
      int a = negative[0];
      triangle(
          crossing(path, corners, f, id, a, positive[0]),
          crossing(path, corners, f, id, a, positive[1]),
          crossing(path, corners, f, id, a, positive[2]),
          reverse);
    } else if (n == 3) {
      int d = positive[0];
      triangle(
          crossing(path, corners, f, id, negative[0], d),
          crossing(path, corners, f, id, negative[1], d),
          crossing(path, corners, f, id, negative[2], d),
          reverse);
    } else {
      // the quadrilateral ac, ad, bd, bc: consecutive crossings share a corner
      int ac = crossing(path, corners, f, id, negative[0], positive[0]);
      int ad = crossing(path, corners, f, id, negative[0], positive[1]);
      int bd = crossing(path, corners, f, id, negative[1], positive[1]);
      int bc = crossing(path, corners, f, id, negative[1], positive[0]);
      triangle(ac, ad, bd, reverse);
      triangle(ac, bd, bc, reverse);
    }
  }

  /** The shared vertex where f crosses 0 between negative corner a and positive corner b. */
  private int crossing(int path, int[] corners, double[] f, int id, int a, int b) {
    boolean onGridPoint = f[b] == 0;
    long key;
    if (onGridPoint) {
      key = (id * gridPoints + corners[b]) * 8;
    } else {
      int lower = Math.min(a, b);
      int step = PATHS[path][Math.max(a, b)] ^ PATHS[path][lower];
      key = (id * gridPoints + corners[lower]) * 8 + step;
    }
    Integer known = vertexByKey.get(key);
    if (known != null) {
      return known;
    }
    double t = onGridPoint ? 1 : f[a] / (f[a] - f[b]);
    int index = addVertex(corners[a], corners[b], t, onGridPoint);
    vertexByKey.put(key, index);
    return index;
  }

  private int addVertex(int from, int to, double t, boolean onGridPoint) {
    if (vertexCount == atGridPoint.length) {
      vertices = Arrays.copyOf(vertices, 6 * vertexCount);
      atGridPoint = Arrays.copyOf(atGridPoint, 2 * vertexCount);
    }
    int p = perAxis;
    int[] a = {from / (p * p), from / p % p, from % p};
    int[] b = {to / (p * p), to / p % p, to % p};
    for (int axis = 0; axis < 3; axis++) {
      double start = coordinate(a[axis], p, half);
      double end = coordinate(b[axis], p, half);
      // x = x_a + t·(x_b − x_a), and exactly x_b at t = 1
      vertices[3 * vertexCount + axis] = t == 1 ? end : start + t * (end - start);
    }
    atGridPoint[vertexCount] = onGridPoint;
    return vertexCount++;
  }

  /** Adds triangle (u, v, w), or (u, w, v) when {@code reverse}; drops it if it has collapsed. */
  private void triangle(int u, int v, int w, boolean reverse) {
    if (u == v || v == w || u == w) {
      return;
    }
    if (reverse) {
      int swap = v;
      v = w;
      w = swap;
    }
    if (triangleCount == cancelled.length) {
      triangles = Arrays.copyOf(triangles, 6 * triangleCount);
      cancelled = Arrays.copyOf(cancelled, 2 * triangleCount);
    }
    triangles[3 * triangleCount] = u;
    triangles[3 * triangleCount + 1] = v;
    triangles[3 * triangleCount + 2] = w;
    if (atGridPoint[u] && atGridPoint[v] && atGridPoint[w]) {
      cancelTwin(Face.of(u, v, w), triangleCount);
    }
    triangleCount++;
  }

  /** A grid face of zeros emitted a second time (from its other side) removes both copies. */
  private void cancelTwin(Face face, int triangle) {
    Integer twin = facesOfZeros.remove(face);
    if (twin == null) {
      facesOfZeros.put(face, triangle);
    } else {
      cancelled[twin] = true;
      cancelled[triangle] = true;
      cancelledCount += 2;
    }
  }

  private Mesh mesh() {
    if (cancelledCount == 0) {
      return new Mesh(
          Arrays.copyOf(vertices, 3 * vertexCount), Arrays.copyOf(triangles, 3 * triangleCount));
    }
    // keep the triangles that were not cancelled and the vertices they use, in order
    int[] renumbered = new int[vertexCount];
    Arrays.fill(renumbered, -1);
    int[] keptTriangles = new int[3 * (triangleCount - cancelledCount)];
    double[] keptVertices = new double[3 * vertexCount];
    int kept = 0;
    int used = 0;
    for (int t = 0; t < triangleCount; t++) {
      if (cancelled[t]) {
        continue;
      }
      for (int c = 0; c < 3; c++) {
        int vertex = triangles[3 * t + c];
        if (renumbered[vertex] < 0) {
          System.arraycopy(vertices, 3 * vertex, keptVertices, 3 * used, 3);
          renumbered[vertex] = used++;
        }
        keptTriangles[kept++] = renumbered[vertex];
      }
    }
    return new Mesh(Arrays.copyOf(keptVertices, 3 * used), keptTriangles);
  }

  /** A triangle's vertex indices, sorted, so both windings compare equal. */
  private record Face(int low, int middle, int high) {
    static Face of(int u, int v, int w) {
      int[] sorted = {u, v, w};
      Arrays.sort(sorted);
      return new Face(sorted[0], sorted[1], sorted[2]);
    }
  }
}
