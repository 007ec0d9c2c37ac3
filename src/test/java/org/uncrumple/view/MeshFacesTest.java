package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;
import org.junit.jupiter.api.Test;

/** A mesh with normals never gets more faces than it has: a fresh copy takes its place. */
class MeshFacesTest {
  private static final int[] ONE = {0, 0, 0, 1, 0, 1, 2, 0, 2};
  private static final int[] TWO = {0, 0, 0, 1, 0, 1, 2, 0, 2, 2, 0, 2, 1, 0, 1, 3, 0, 3};

  @Test
  void moreFacesGoToAFreshMeshWithTheSamePointsNormalsAndTextureCoordinates() {
    MeshView view = new MeshView(mesh());
    TriangleMesh first = MeshFaces.set(view, ONE, ONE.length);

    TriangleMesh shown = MeshFaces.set(view, TWO, TWO.length);

    assertNotSame(first, shown);
    assertSame(shown, view.getMesh());
    assertEquals(ONE.length, first.getFaces().size(), "the old mesh is left as it was");
    assertEquals(VertexFormat.POINT_NORMAL_TEXCOORD, shown.getVertexFormat());
    assertArrayEquals(first.getPoints().toArray(null), shown.getPoints().toArray(null));
    assertArrayEquals(first.getNormals().toArray(null), shown.getNormals().toArray(null));
    assertArrayEquals(first.getTexCoords().toArray(null), shown.getTexCoords().toArray(null));
    assertArrayEquals(TWO, shown.getFaces().toArray(null));
  }

  @Test
  void asManyOrFewerFacesStayInTheSameMesh() {
    MeshView view = new MeshView(mesh());
    TriangleMesh two = MeshFaces.set(view, TWO, TWO.length);

    assertSame(two, MeshFaces.set(view, TWO, TWO.length));
    assertSame(two, MeshFaces.set(view, ONE, ONE.length));
    assertArrayEquals(ONE, two.getFaces().toArray(null));
  }

  @Test
  void roomsArePowersOfTwoFromTheLeast() {
    assertEquals(1024, MeshFaces.room(0, 1024));
    assertEquals(1024, MeshFaces.room(1024, 1024));
    assertEquals(2048, MeshFaces.room(1025, 1024));
    assertEquals(1, MeshFaces.room(1, 0));
    assertEquals(8, MeshFaces.room(5, 1));
  }

  private static TriangleMesh mesh() {
    TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
    mesh.getPoints().addAll(0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0);
    mesh.getNormals().addAll(0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1);
    mesh.getTexCoords().addAll(0, 0, 1, 0, 0, 1, 1, 1);
    return mesh;
  }
}
