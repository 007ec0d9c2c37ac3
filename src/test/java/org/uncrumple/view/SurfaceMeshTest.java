package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javafx.scene.shape.TriangleMesh;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The decision surface's mesh: new triangles on every trace reuse it; only more faces than its room
 * replace it.
 */
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
    // Both sides: 2 triangles × 2 × 3 corners × (point, normal, texture coordinate), then the
    // room's empty faces on the anchor, vertex 8 after the two sides' 4 + 4.
    int[] faces = new int[first.getFaces().size()];
    first.getFaces().toArray(faces);
    assertArrayEquals(
        new int[] {0, 0, 0, 1, 1, 0, 2, 2, 0, 6, 6, 0, 5, 5, 0, 4, 4, 0},
        Arrays.copyOfRange(faces, 0, 18),
        "the first triangle, front and back");
    for (int i = 36; i < faces.length; i += 3) {
      assertArrayEquals(
          new int[] {8, 8, 0}, Arrays.copyOfRange(faces, i, i + 3), "empty face " + i);
    }
    float[] points = new float[first.getPoints().size()];
    first.getPoints().toArray(points);
    float[] expected = quad(1);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], points[i], "front point " + i / 3);
      assertEquals(expected[i], points[expected.length + i], "back point " + i / 3);
    }
    assertEquals(2 * expected.length + 3, points.length, "both sides and the anchor");
  }

  @Test
  void aMeshNeverGetsMoreFacesThanItHadAndGrowthGetsANewOne() {
    SurfaceMesh surface = new SurfaceMesh();
    surface.update(new int[] {0, 1, 2}, triangle(0), 3);
    TriangleMesh small = surface.mesh();
    int roomOfSmall = small.getFaces().size();
    int many = 3_000;
    int[] triangles = new int[3 * many];
    float[] positions = new float[9 * many];
    for (int i = 0; i < triangles.length; i++) {
      triangles[i] = i;
      positions[3 * i] = i % 7;
      positions[3 * i + 1] = i % 3;
    }

    surface.update(triangles, positions, 3 * many);

    assertNotSame(small, surface.mesh(), "a new mesh with room for 6,000 faces");
    assertEquals(roomOfSmall, small.getFaces().size(), "the old mesh kept its faces");
    assertTrue(surface.mesh().getFaces().size() >= 2 * many * 9, "room for both sides");
    assertEquals(
        2 * 3 * 3 * many + 3, surface.mesh().getPoints().size(), "both sides and the anchor");
    TriangleMesh large = surface.mesh();
    int roomOfLarge = large.getFaces().size();

    surface.update(new int[] {0, 1, 2}, triangle(1), 3);

    assertSame(large, surface.mesh(), "fewer faces fit the same mesh");
    assertEquals(roomOfLarge, large.getFaces().size());
    assertEquals(2 * 9 + 3, large.getPoints().size(), "the surface's points and the anchor");
  }

  @Test
  void anEmptySurfaceIsHidden() {
    SurfaceMesh surface = new SurfaceMesh();
    surface.update(new int[] {0, 1, 2}, triangle(0), 3);
    surface.setVisible(true);
    assertTrue(surface.isVisible());

    surface.update(new int[0], new float[0], 0);
    surface.setVisible(true);

    assertFalse(surface.isVisible(), "nothing to draw");
    assertEquals(0, surface.triangleCount());
  }

  private static float[] triangle(float z) {
    return new float[] {0, 0, z, 1, 0, z, 0, 1, z};
  }

  private static float[] quad(float z) {
    return new float[] {0, 0, z, 1, 0, z, 0, 1, z, 1, 1, z};
  }
}
