package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.shape.TriangleMesh;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The decision surface's mesh: new triangles on every trace reuse it; only growth replaces it. */
class SurfaceMeshTest {
  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void newTrianglesReplaceTheFacesOfTheSameMesh() {
    SurfaceMesh surface = new SurfaceMesh();
    surface.update(new int[] {0, 1, 2}, triangle(0), 3);
    TriangleMesh first = surface.mesh();

    surface.update(new int[] {0, 1, 2, 1, 3, 2}, quad(1), 4);

    assertSame(first, surface.mesh(), "the same mesh");
    assertEquals(2, surface.triangleCount());
    // Both sides: 2 triangles × 2 × 3 corners × (point, normal, texture coordinate).
    assertEquals(2 * 2 * 3 * 3, first.getFaces().size());
    float[] points = new float[first.getPoints().size()];
    first.getPoints().toArray(points);
    float[] expected = quad(1);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], points[i], "front point " + i / 3);
      assertEquals(expected[i], points[expected.length + i], "back point " + i / 3);
    }
  }

  @Test
  void aSurfaceThatOutgrowsItsRoomGetsANewMesh() {
    SurfaceMesh surface = new SurfaceMesh();
    surface.update(new int[] {0, 1, 2}, triangle(0), 3);
    TriangleMesh small = surface.mesh();
    int many = 5_000;
    float[] positions = new float[3 * many];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = i % 7;
    }

    surface.update(new int[] {0, 1, 2}, positions, many);

    assertNotSame(small, surface.mesh(), "a new mesh with room for 10,000 vertices");
    assertEquals(0, surface.mesh().getPoints().size() % 3);
    assertTrue(surface.mesh().getPoints().size() >= 3 * 2 * many, "room for both sides");
  }

  private static float[] triangle(float z) {
    return new float[] {0, 0, z, 1, 0, z, 0, 1, z};
  }

  private static float[] quad(float z) {
    return new float[] {0, 0, z, 1, 0, z, 0, 1, z, 1, 1, z};
  }
}
