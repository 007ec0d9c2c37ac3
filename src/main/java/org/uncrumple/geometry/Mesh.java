package org.uncrumple.geometry;

import java.util.Arrays;
import java.util.Objects;

/**
 * A triangle mesh in 3D: shared vertices and triangles that index them.
 *
 * <p>Vertex {@code i} has coordinates {@code vertices[3i], vertices[3i + 1], vertices[3i + 2]};
 * triangle {@code t} joins vertices {@code triangles[3t], triangles[3t + 1], triangles[3t + 2]},
 * counter-clockwise seen from the side its normal (v1 − v0) × (v2 − v0) points to. The meshes this
 * package builds say in their javadoc which side that is.
 *
 * <p>The arrays are not copied: a mesh must not be mutated once built.
 *
 * @param vertices row-major {@code vertexCount × 3} coordinates
 * @param triangles {@code triangleCount × 3} vertex indices
 */
public record Mesh(double[] vertices, int[] triangles) {
  /** An empty mesh: no vertices, no triangles. */
  public static final Mesh EMPTY = new Mesh(new double[0], new int[0]);

  /** Checks the array lengths are whole numbers of vertices and triangles and every index fits. */
  public Mesh {
    Objects.requireNonNull(vertices, "vertices");
    Objects.requireNonNull(triangles, "triangles");
    if (vertices.length % 3 != 0) {
      throw new IllegalArgumentException(
          vertices.length + " vertex coordinates are not a whole number of 3D points");
    }
    if (triangles.length % 3 != 0) {
      throw new IllegalArgumentException(
          triangles.length + " triangle indices are not a whole number of triangles");
    }
    int count = vertices.length / 3;
    for (int index : triangles) {
      if (index < 0 || index >= count) {
        throw new IllegalArgumentException(
            "triangle index " + index + " names no vertex: the mesh has " + count + " vertices");
      }
    }
  }

  /** The number of vertices, {@code vertices.length / 3}. */
  public int vertexCount() {
    return vertices.length / 3;
  }

  /** The number of triangles, {@code triangles.length / 3}. */
  public int triangleCount() {
    return triangles.length / 3;
  }

  /** Whether the mesh has no triangles. */
  public boolean isEmpty() {
    return triangles.length == 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Mesh that
        && Arrays.equals(vertices, that.vertices)
        && Arrays.equals(triangles, that.triangles);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(vertices) * 31 + Arrays.hashCode(triangles);
  }

  @Override
  public String toString() {
    return "Mesh[vertices=" + vertexCount() + ", triangles=" + triangleCount() + "]";
  }
}
