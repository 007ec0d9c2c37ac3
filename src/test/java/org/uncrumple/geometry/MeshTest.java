package org.uncrumple.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The mesh record: counts, checks and equality by content. */
class MeshTest {
  private static final double[] SQUARE = {0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0};

  @Test
  void countsVerticesAndTriangles() {
    Mesh mesh = new Mesh(SQUARE, new int[] {0, 1, 2, 0, 2, 3});

    assertEquals(4, mesh.vertexCount());
    assertEquals(2, mesh.triangleCount());
    assertTrue(Mesh.EMPTY.isEmpty());
    assertEquals("Mesh[vertices=4, triangles=2]", mesh.toString());
  }

  @Test
  void equalMeshesHaveEqualArrays() {
    Mesh a = new Mesh(SQUARE.clone(), new int[] {0, 1, 2});
    Mesh b = new Mesh(SQUARE.clone(), new int[] {0, 1, 2});

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, new Mesh(SQUARE, new int[] {0, 2, 1}));
  }

  @Test
  void partialPointsTrianglesAndUnknownVerticesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Mesh(new double[4], new int[0]));
    assertThrows(IllegalArgumentException.class, () -> new Mesh(SQUARE, new int[] {0, 1}));
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> new Mesh(SQUARE, new int[] {0, 1, 4}));
    assertEquals("triangle index 4 names no vertex: the mesh has 4 vertices", error.getMessage());
  }
}
