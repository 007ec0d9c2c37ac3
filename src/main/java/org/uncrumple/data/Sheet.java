package org.uncrumple.data;

import java.util.Arrays;

/**
 * One class's surface as a triangle mesh over a regular (u, v) grid, in the same normalised
 * coordinates as the data set's points, so it can be sent through the network with them.
 *
 * <p>Vertex {@code r · columns + c} is grid row {@code r} (along v) and column {@code c} (along u);
 * its coordinates are {@code vertices[3 · index .. 3 · index + 2]}. Each grid cell gives two
 * triangles, {@code (r, c) → (r, c + 1) → (r + 1, c + 1)} and {@code (r, c) → (r + 1, c + 1) → (r +
 * 1, c)}: counter-clockwise seen from the side that ∂p/∂u × ∂p/∂v points to. Closed surfaces
 * (spheres, tori) keep their seam as duplicated vertices so every sheet is one rectangular grid,
 * and their normals point outwards; at a sphere's poles a row of vertices coincides and those
 * triangles are degenerate.
 *
 * <p>The arrays are not copied: a sheet must not be mutated once built.
 *
 * @param label the class the surface belongs to
 * @param rows the number of grid rows (along v), at least 2
 * @param columns the number of grid columns (along u), at least 2
 * @param vertices row-major {@code rows · columns × 3} coordinates
 * @param triangles vertex index triples, {@code 2 · (rows − 1) · (columns − 1) × 3} indices
 */
public record Sheet(int label, int rows, int columns, double[] vertices, int[] triangles) {

  /** Checks the grid sizes agree with the array lengths and every index names a vertex. */
  public Sheet {
    if (label < 0 || rows < 2 || columns < 2) {
      throw new IllegalArgumentException(
          "bad sheet: label " + label + ", " + rows + " rows, " + columns + " columns");
    }
    if (vertices.length != rows * columns * 3) {
      throw new IllegalArgumentException(
          "expected " + rows * columns * 3 + " vertex coordinates, got " + vertices.length);
    }
    if (triangles.length != (rows - 1) * (columns - 1) * 6) {
      throw new IllegalArgumentException(
          "expected "
              + (rows - 1) * (columns - 1) * 6
              + " triangle indices, got "
              + triangles.length);
    }
    for (int index : triangles) {
      if (index < 0 || index >= rows * columns) {
        throw new IllegalArgumentException("triangle index out of range: " + index);
      }
    }
  }

  /**
   * Builds the triangle indices of a {@code rows × columns} grid in this record's order.
   *
   * @param rows the number of grid rows, at least 2
   * @param columns the number of grid columns, at least 2
   * @return the vertex index triples, counter-clockwise in (u, v)
   */
  static int[] gridTriangles(int rows, int columns) {
    int[] triangles = new int[(rows - 1) * (columns - 1) * 6];
    int t = 0;
    for (int r = 0; r + 1 < rows; r++) {
      for (int c = 0; c + 1 < columns; c++) {
        int a = r * columns + c;
        int b = a + 1;
        int d = a + columns;
        int e = d + 1;
        triangles[t++] = a;
        triangles[t++] = b;
        triangles[t++] = e;
        triangles[t++] = a;
        triangles[t++] = e;
        triangles[t++] = d;
      }
    }
    return triangles;
  }

  /**
   * Returns the number of vertices, {@code rows · columns}.
   *
   * @return the vertex count
   */
  public int vertexCount() {
    return rows * columns;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Sheet that
        && label == that.label
        && rows == that.rows
        && columns == that.columns
        && Arrays.equals(vertices, that.vertices)
        && Arrays.equals(triangles, that.triangles);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(vertices) * 31 + label * 7 + rows * 3 + columns;
  }

  @Override
  public String toString() {
    return "Sheet[label=" + label + ", rows=" + rows + ", columns=" + columns + "]";
  }
}
