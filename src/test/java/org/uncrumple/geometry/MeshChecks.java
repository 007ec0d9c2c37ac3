package org.uncrumple.geometry;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Test helper: facts about a triangle mesh (areas, normals, how edges are shared) and the exact
 * distance from a point to it. Point–triangle closest points follow C. Ericson, <i>Real-Time
 * Collision Detection</i> (2005), § 5.1.5.
 */
final class MeshChecks {
  private MeshChecks() {}

  static double[] vertex(Mesh mesh, int index) {
    double[] v = mesh.vertices();
    return new double[] {v[3 * index], v[3 * index + 1], v[3 * index + 2]};
  }

  static double[][] corners(Mesh mesh, int triangle) {
    int[] t = mesh.triangles();
    return new double[][] {
      vertex(mesh, t[3 * triangle]),
      vertex(mesh, t[3 * triangle + 1]),
      vertex(mesh, t[3 * triangle + 2])
    };
  }

  /** (b − a) × (c − a): twice the area, along the normal of the winding. */
  static double[] normal(Mesh mesh, int triangle) {
    double[][] p = corners(mesh, triangle);
    return cross(subtract(p[1], p[0]), subtract(p[2], p[0]));
  }

  static double area(Mesh mesh, int triangle) {
    return norm(normal(mesh, triangle)) / 2;
  }

  static double totalArea(Mesh mesh) {
    double sum = 0;
    for (int t = 0; t < mesh.triangleCount(); t++) {
      sum += area(mesh, t);
    }
    return sum;
  }

  static double[] centroid(Mesh mesh, int triangle) {
    double[][] p = corners(mesh, triangle);
    return new double[] {
      (p[0][0] + p[1][0] + p[2][0]) / 3,
      (p[0][1] + p[1][1] + p[2][1]) / 3,
      (p[0][2] + p[1][2] + p[2][2]) / 3
    };
  }

  /** How many triangles use each directed edge (from, to), keyed from·V + to. */
  static Map<Long, Integer> directedEdges(Mesh mesh) {
    Map<Long, Integer> uses = new HashMap<>();
    long count = mesh.vertexCount();
    int[] t = mesh.triangles();
    for (int i = 0; i < t.length; i += 3) {
      for (int c = 0; c < 3; c++) {
        long key = t[i + c] * count + t[i + (c + 1) % 3];
        uses.merge(key, 1, Integer::sum);
      }
    }
    return uses;
  }

  /** How many triangles use each undirected edge, keyed min·V + max. */
  static Map<Long, Integer> edges(Mesh mesh) {
    Map<Long, Integer> uses = new HashMap<>();
    long count = mesh.vertexCount();
    int[] t = mesh.triangles();
    for (int i = 0; i < t.length; i += 3) {
      for (int c = 0; c < 3; c++) {
        int a = t[i + c];
        int b = t[i + (c + 1) % 3];
        uses.merge(Math.min(a, b) * count + Math.max(a, b), 1, Integer::sum);
      }
    }
    return uses;
  }

  /** Whether some triangle repeats a vertex, or two triangles use the same three vertices. */
  static boolean hasDegenerateOrRepeatedTriangles(Mesh mesh) {
    Set<List<Integer>> seen = new HashSet<>();
    int[] t = mesh.triangles();
    for (int i = 0; i < t.length; i += 3) {
      int a = t[i];
      int b = t[i + 1];
      int c = t[i + 2];
      if (a == b || b == c || a == c) {
        return true;
      }
      List<Integer> sorted =
          List.of(
              Math.min(a, Math.min(b, c)),
              a + b + c - Math.min(a, Math.min(b, c)) - Math.max(a, Math.max(b, c)),
              Math.max(a, Math.max(b, c)));
      if (!seen.add(sorted)) {
        return true;
      }
    }
    return false;
  }

  /** The number of connected pieces, counting vertices joined by triangle edges. */
  static int components(Mesh mesh) {
    int[] parent = new int[mesh.vertexCount()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    int[] t = mesh.triangles();
    for (int i = 0; i < t.length; i += 3) {
      union(parent, t[i], t[i + 1]);
      union(parent, t[i], t[i + 2]);
    }
    Set<Integer> roots = new HashSet<>();
    for (int i = 0; i < parent.length; i++) {
      roots.add(find(parent, i));
    }
    return roots.size();
  }

  /** V − E + F. */
  static int eulerCharacteristic(Mesh mesh) {
    return mesh.vertexCount() - edges(mesh).size() + mesh.triangleCount();
  }

  /** max over vertices of |f(v)|. */
  static double maxAtVertices(Mesh mesh, ToDoubleFunction<double[]> f) {
    double worst = 0;
    for (int i = 0; i < mesh.vertexCount(); i++) {
      worst = Math.max(worst, Math.abs(f.applyAsDouble(vertex(mesh, i))));
    }
    return worst;
  }

  /** The distance from p to the nearest point of the mesh. */
  static double distance(Mesh mesh, double[] p) {
    double best = Double.POSITIVE_INFINITY;
    for (int t = 0; t < mesh.triangleCount(); t++) {
      double[][] c = corners(mesh, t);
      best = Math.min(best, norm(subtract(p, closestOnTriangle(p, c[0], c[1], c[2]))));
    }
    return best;
  }

  /** Ericson's ClosestPtPointTriangle. */
  static double[] closestOnTriangle(double[] p, double[] a, double[] b, double[] c) {
    double[] ab = subtract(b, a);
    double[] ac = subtract(c, a);
    double[] ap = subtract(p, a);
    double d1 = dot(ab, ap);
    double d2 = dot(ac, ap);
    if (d1 <= 0 && d2 <= 0) {
      return a;
    }
    double[] bp = subtract(p, b);
    double d3 = dot(ab, bp);
    double d4 = dot(ac, bp);
    if (d3 >= 0 && d4 <= d3) {
      return b;
    }
    double vc = d1 * d4 - d3 * d2;
    if (vc <= 0 && d1 >= 0 && d3 <= 0) {
      return along(a, ab, d1 / (d1 - d3));
    }
    double[] cp = subtract(p, c);
    double d5 = dot(ab, cp);
    double d6 = dot(ac, cp);
    if (d6 >= 0 && d5 <= d6) {
      return c;
    }
    double vb = d5 * d2 - d1 * d6;
    if (vb <= 0 && d2 >= 0 && d6 <= 0) {
      return along(a, ac, d2 / (d2 - d6));
    }
    double va = d3 * d6 - d5 * d4;
    if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0) {
      return along(b, subtract(c, b), (d4 - d3) / ((d4 - d3) + (d5 - d6)));
    }
    double denominator = 1 / (va + vb + vc);
    double v = vb * denominator;
    double w = vc * denominator;
    return new double[] {
      a[0] + ab[0] * v + ac[0] * w, a[1] + ab[1] * v + ac[1] * w, a[2] + ab[2] * v + ac[2] * w
    };
  }

  static double[] subtract(double[] a, double[] b) {
    return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
  }

  static double[] cross(double[] a, double[] b) {
    return new double[] {
      a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]
    };
  }

  static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }

  static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  private static double[] along(double[] origin, double[] direction, double t) {
    return new double[] {
      origin[0] + t * direction[0], origin[1] + t * direction[1], origin[2] + t * direction[2]
    };
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
