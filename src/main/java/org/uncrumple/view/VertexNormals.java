package org.uncrumple.view;

import java.util.Arrays;

/**
 * Smooth normals of a triangle mesh, for lighting the see-through sheets and the decision surface
 * ({@link SplatTriangles}) wherever they move.
 *
 * <p>The normal at a vertex is the sum of the (area-weighted) normals (b − a) × (c − a) of the
 * triangles around it, normalised. Pure arithmetic.
 */
final class VertexNormals {
  private VertexNormals() {}

  /**
   * Writes the normal of each of the {@code vertices} vertices at {@code 3v} of {@code normals}.
   *
   * @param positions the vertices, x, y, z each, starting at {@code positions[3 · first]}
   * @param first the index of the mesh's first vertex in {@code positions}
   * @param triangles vertex index triples, indices counted from the mesh's first vertex
   */
  static void compute(
      float[] positions, int first, int vertices, int[] triangles, float[] normals) {
    Arrays.fill(normals, 0, 3 * vertices, 0f);
    int base = 3 * first;
    for (int t = 0; t < triangles.length; t += 3) {
      int a = base + 3 * triangles[t];
      int b = base + 3 * triangles[t + 1];
      int c = base + 3 * triangles[t + 2];
      float ux = positions[b] - positions[a];
      float uy = positions[b + 1] - positions[a + 1];
      float uz = positions[b + 2] - positions[a + 2];
      float vx = positions[c] - positions[a];
      float vy = positions[c + 1] - positions[a + 1];
      float vz = positions[c + 2] - positions[a + 2];
      // n = u × v
      float nx = uy * vz - uz * vy;
      float ny = uz * vx - ux * vz;
      float nz = ux * vy - uy * vx;
      for (int k = 0; k < 3; k++) {
        int at = 3 * triangles[t + k];
        normals[at] += nx;
        normals[at + 1] += ny;
        normals[at + 2] += nz;
      }
    }
    for (int v = 0; v < vertices; v++) {
      float x = normals[3 * v];
      float y = normals[3 * v + 1];
      float z = normals[3 * v + 2];
      float length = (float) Math.sqrt(x * x + y * y + z * z);
      if (length > 1e-20f) {
        normals[3 * v] = x / length;
        normals[3 * v + 1] = y / length;
        normals[3 * v + 2] = z / length;
      } else {
        normals[3 * v + 2] = 1;
      }
    }
  }
}
