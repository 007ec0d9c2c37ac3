package org.uncrumple.data;

/**
 * Test helper: the exact smallest distance between two triangle meshes (0 when they touch or
 * cross).
 *
 * <p>Two triangles that do not cross are closest at a vertex of one and the face of the other, or
 * at an edge of each; they cross when an edge of one pierces the other. Point–triangle and
 * segment–segment closest points follow C. Ericson, <i>Real-Time Collision Detection</i> (2005), §§
 * 5.1.5 and 5.1.9; segment–triangle crossing is the test of T. Möller and B. Trumbore, "Fast,
 * Minimum Storage Ray/Triangle Intersection" (1997). Pairs whose bounding boxes are further apart
 * than the best distance so far are skipped.
 */
final class MeshDistance {
  private MeshDistance() {}

  /**
   * Computes the smallest distance between two sheets' meshes.
   *
   * @param a one sheet
   * @param b the other sheet
   * @return the distance, 0 if they touch or cross
   */
  static double between(Sheet a, Sheet b) {
    double best = Double.POSITIVE_INFINITY;
    double[] va = a.vertices();
    double[] vb = b.vertices();
    for (int i = 0; i < va.length; i += 3) {
      for (int j = 0; j < vb.length; j += 3) {
        best = Math.min(best, distance(va, i, vb, j));
      }
    }
    double[] boxesA = boxes(a);
    double[] boxesB = boxes(b);
    int[] ta = a.triangles();
    int[] tb = b.triangles();
    for (int s = 0; s < ta.length / 3; s++) {
      for (int t = 0; t < tb.length / 3; t++) {
        if (boxGap(boxesA, s, boxesB, t) < best) {
          best = Math.min(best, triangles(corners(a, s), corners(b, t)));
        }
      }
    }
    return best;
  }

  private static double distance(double[] a, int i, double[] b, int j) {
    double dx = a[i] - b[j];
    double dy = a[i + 1] - b[j + 1];
    double dz = a[i + 2] - b[j + 2];
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }

  private static double[] boxes(Sheet sheet) {
    int[] t = sheet.triangles();
    double[] v = sheet.vertices();
    double[] boxes = new double[t.length / 3 * 6];
    for (int k = 0; k < t.length / 3; k++) {
      for (int axis = 0; axis < 3; axis++) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int corner = 0; corner < 3; corner++) {
          double c = v[3 * t[3 * k + corner] + axis];
          low = Math.min(low, c);
          high = Math.max(high, c);
        }
        boxes[6 * k + axis] = low;
        boxes[6 * k + 3 + axis] = high;
      }
    }
    return boxes;
  }

  private static double boxGap(double[] a, int s, double[] b, int t) {
    double sum = 0;
    for (int axis = 0; axis < 3; axis++) {
      double gap =
          Math.max(b[6 * t + axis] - a[6 * s + 3 + axis], a[6 * s + axis] - b[6 * t + 3 + axis]);
      if (gap > 0) {
        sum += gap * gap;
      }
    }
    return Math.sqrt(sum);
  }

  private static double[][] corners(Sheet sheet, int triangle) {
    double[][] corners = new double[3][];
    for (int c = 0; c < 3; c++) {
      int vertex = sheet.triangles()[3 * triangle + c];
      corners[c] =
          new double[] {
            sheet.vertices()[3 * vertex],
            sheet.vertices()[3 * vertex + 1],
            sheet.vertices()[3 * vertex + 2]
          };
    }
    return corners;
  }

  /**
   * Computes the distance between two triangles.
   *
   * @param p the corners of one triangle
   * @param q the corners of the other
   * @return the distance, 0 when they touch or cross
   */
  static double triangles(double[][] p, double[][] q) {
    for (int i = 0; i < 3; i++) {
      if (crosses(p[i], p[(i + 1) % 3], q) || crosses(q[i], q[(i + 1) % 3], p)) {
        return 0;
      }
    }
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < 3; i++) {
      best = Math.min(best, pointTriangle(p[i], q));
      best = Math.min(best, pointTriangle(q[i], p));
      for (int j = 0; j < 3; j++) {
        best = Math.min(best, segments(p[i], p[(i + 1) % 3], q[j], q[(j + 1) % 3]));
      }
    }
    return best;
  }

  /** Möller–Trumbore: does the segment from s to e pass through the triangle? */
  static boolean crosses(double[] s, double[] e, double[][] t) {
    double[] e1 = minus(t[1], t[0]);
    double[] e2 = minus(t[2], t[0]);
    double[] direction = minus(e, s);
    double[] h = cross(direction, e2);
    double det = dot(e1, h);
    if (Math.abs(det) < 1e-18) {
      return false;
    }
    double[] sa = minus(s, t[0]);
    double u = dot(sa, h) / det;
    if (u < 0 || u > 1) {
      return false;
    }
    double[] qv = cross(sa, e1);
    double v = dot(direction, qv) / det;
    if (v < 0 || u + v > 1) {
      return false;
    }
    double along = dot(e2, qv) / det;
    return along >= 0 && along <= 1;
  }

  /** Ericson § 5.1.5, with degenerate (zero-area) triangles measured by their edges. */
  static double pointTriangle(double[] p, double[][] t) {
    double[] a = t[0];
    double[] b = t[1];
    double[] c = t[2];
    double[] ab = minus(b, a);
    double[] ac = minus(c, a);
    double[] n = cross(ab, ac);
    if (dot(n, n) < 1e-24) {
      return Math.min(segments(p, p, a, b), Math.min(segments(p, p, b, c), segments(p, p, c, a)));
    }
    double[] ap = minus(p, a);
    double d1 = dot(ab, ap);
    double d2 = dot(ac, ap);
    if (d1 <= 0 && d2 <= 0) {
      return length(minus(p, a));
    }
    double[] bp = minus(p, b);
    double d3 = dot(ab, bp);
    double d4 = dot(ac, bp);
    if (d3 >= 0 && d4 <= d3) {
      return length(minus(p, b));
    }
    double vc = d1 * d4 - d3 * d2;
    if (vc <= 0 && d1 >= 0 && d3 <= 0) {
      return length(minus(p, along(a, ab, d1 / (d1 - d3))));
    }
    double[] cp = minus(p, c);
    double d5 = dot(ab, cp);
    double d6 = dot(ac, cp);
    if (d6 >= 0 && d5 <= d6) {
      return length(minus(p, c));
    }
    double vb = d5 * d2 - d1 * d6;
    if (vb <= 0 && d2 >= 0 && d6 <= 0) {
      return length(minus(p, along(a, ac, d2 / (d2 - d6))));
    }
    double va = d3 * d6 - d5 * d4;
    if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
      return length(minus(p, along(b, minus(c, b), (d4 - d3) / ((d4 - d3) + (d5 - d6)))));
    }
    double denominator = va + vb + vc;
    double v = vb / denominator;
    double w = vc / denominator;
    double[] closest = along(along(a, ab, v), ac, w);
    return length(minus(p, closest));
  }

  /** Ericson § 5.1.9: the distance between segments p1–q1 and p2–q2. */
  static double segments(double[] p1, double[] q1, double[] p2, double[] q2) {
    double[] d1 = minus(q1, p1);
    double[] d2 = minus(q2, p2);
    double[] r = minus(p1, p2);
    double a = dot(d1, d1);
    double e = dot(d2, d2);
    double f = dot(d2, r);
    double s;
    double t;
    double epsilon = 1e-24;
    if (a <= epsilon && e <= epsilon) {
      s = 0;
      t = 0;
    } else if (a <= epsilon) {
      s = 0;
      t = clamp(f / e);
    } else {
      double c = dot(d1, r);
      if (e <= epsilon) {
        t = 0;
        s = clamp(-c / a);
      } else {
        double b = dot(d1, d2);
        double denominator = a * e - b * b;
        s = denominator != 0 ? clamp((b * f - c * e) / denominator) : 0;
        t = (b * s + f) / e;
        if (t < 0) {
          t = 0;
          s = clamp(-c / a);
        } else if (t > 1) {
          t = 1;
          s = clamp((b - c) / a);
        }
      }
    }
    return length(minus(along(p1, d1, s), along(p2, d2, t)));
  }

  private static double clamp(double x) {
    return Math.max(0, Math.min(1, x));
  }

  private static double[] minus(double[] a, double[] b) {
    return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
  }

  private static double[] along(double[] start, double[] direction, double amount) {
    return new double[] {
      start[0] + amount * direction[0],
      start[1] + amount * direction[1],
      start[2] + amount * direction[2]
    };
  }

  private static double[] cross(double[] a, double[] b) {
    return new double[] {
      a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]
    };
  }

  private static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }

  private static double length(double[] a) {
    return Math.sqrt(dot(a, a));
  }
}
