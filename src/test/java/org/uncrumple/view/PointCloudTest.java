package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javafx.collections.ObservableFloatArray;
import javafx.geometry.Point3D;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The mesh that the point cloud builds, read back without rendering (Monocle). */
class PointCloudTest {
  private static final int N = 500;

  private final int[] moves = {0};
  private PointCloud cloud;
  private int[] labels;
  private float[] xyz;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void cloudOfRandomPoints() {
    cloud = new PointCloud(() -> moves[0]++);
    Random random = new Random(3);
    labels = new int[N];
    xyz = new float[3 * N];
    for (int i = 0; i < N; i++) {
      labels[i] = random.nextInt(3);
      for (int k = 0; k < 3; k++) {
        xyz[3 * i + k] = (float) (2 * random.nextDouble() - 1);
      }
    }
    cloud.setData(labels, N);
    cloud.update(xyz, N);
  }

  @Test
  void eachTriangleIsCentredOnItsPointAndColouredByItsClass() {
    Map<Integer, Integer> drawn = drawnPoints();
    assertEquals(N, drawn.size(), "every point drawn once at rest");
    drawn.forEach(
        (point, texCoord) ->
            assertEquals(ClassAtlas.firstTexCoord(labels[point]), texCoord, "point " + point));
  }

  @Test
  void aSmallerLimitDrawsAStableNestedSubset() {
    cloud.showAtMost(50);
    Set<Integer> fifty = drawnPoints().keySet();
    cloud.showAtMost(120);
    Set<Integer> hundredTwenty = drawnPoints().keySet();
    cloud.showAtMost(50);
    assertEquals(50, cloud.shownCount());
    assertEquals(50, fifty.size());
    assertEquals(fifty, drawnPoints().keySet(), "the same points come back");
    assertTrue(hundredTwenty.containsAll(fifty), "more points add to the fewer");
    assertEquals(3 * 50 * 3, mesh().getPoints().size(), "the mesh holds the drawn points only");
  }

  @Test
  void theSubsetIsSpreadOverTheClasses() {
    cloud.showAtMost(150);
    int[] perClass = new int[3];
    drawnPoints().keySet().forEach(p -> perClass[labels[p]]++);
    for (int c = 0; c < 3; c++) {
      assertTrue(perClass[c] > 25, "class " + c + " has " + perClass[c] + " of 150");
    }
  }

  @Test
  void theSameCountKeepsTheSameSubsetAcrossNewLabels() {
    cloud.showAtMost(40);
    Set<Integer> before = drawnPoints().keySet();
    cloud.setData(new int[N], N);
    cloud.update(xyz, N);
    assertEquals(before, drawnPoints().keySet());
  }

  @Test
  void updateMovesTheDrawnTrianglesAndNotifies() {
    cloud.showAtMost(10);
    int heard = moves[0];
    float[] shifted = xyz.clone();
    for (int i = 0; i < shifted.length; i += 3) {
      shifted[i] += 0.5f;
    }
    cloud.update(shifted, N);
    assertTrue(moves[0] > heard);
    xyz = shifted;
    assertEquals(10, drawnPoints().size(), "centroids match the shifted points");
  }

  @Test
  void trianglesFaceTheCamera() {
    OrbitCamera camera = new OrbitCamera(new CameraPose(-70, 35, 8, 0, 0), 30);
    double[] frame = camera.frame();
    cloud.orient(frame);
    Point3D towardsCamera = new Point3D(frame[6], frame[7], frame[8]);
    ObservableFloatArray p = mesh().getPoints();
    for (int t = 0; t < N; t += 37) {
      Point3D a = corner(p, 3 * t);
      Point3D normal =
          corner(p, 3 * t + 1).subtract(a).crossProduct(corner(p, 3 * t + 2).subtract(a));
      assertEquals(
          1, Math.abs(normal.normalize().dotProduct(towardsCamera)), 1e-4, "triangle " + t);
      assertEquals(
          PointCloud.DEFAULT_RADIUS,
          corner(p, 3 * t).distance(centroid(p, t)),
          1e-5,
          "corner distance of triangle " + t);
    }
  }

  @Test
  void radiusResizesTheTriangles() {
    cloud.radiusProperty().set(0.05);
    ObservableFloatArray p = mesh().getPoints();
    assertEquals(0.05, corner(p, 0).distance(centroid(p, 0)), 1e-5);
  }

  @Test
  void labelsPastThePaletteWrapAround() {
    int[] many = new int[N];
    many[0] = Palette.size() + 1;
    cloud.setData(many, N);
    assertEquals(ClassAtlas.firstTexCoord(1), ClassAtlas.firstTexCoord(many[0]));
  }

  @Test
  void countsThatDoNotMatchAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> cloud.setData(new int[3], 4));
    assertThrows(IllegalArgumentException.class, () -> cloud.update(xyz, N - 1));
    assertThrows(IllegalArgumentException.class, () -> cloud.update(new float[3], N));
  }

  @Test
  void anEmptyCloudHasAnEmptyMesh() {
    cloud.setData(new int[0], 0);
    cloud.update(new float[0], 0);
    assertEquals(0, mesh().getFaces().size());
    assertEquals(0, cloud.shownCount());
  }

  @Test
  void texCoordsOfAClassSampleItsColour() {
    var image = ClassAtlas.image();
    float[] uv = ClassAtlas.texCoords();
    for (int c = 0; c < Palette.size(); c++) {
      for (int j = 0; j < 3; j++) {
        int at = 2 * (ClassAtlas.firstTexCoord(c) + j);
        int x = (int) (uv[at] * image.getWidth());
        int y = (int) (uv[at + 1] * image.getHeight());
        for (int dx = -1; dx <= 0; dx++) {
          for (int dy = -1; dy <= 0; dy++) {
            assertEquals(
                Palette.colour(c), image.getPixelReader().getColor(x + dx, y + dy), "class " + c);
          }
        }
      }
    }
  }

  /** Drawn point index → first texture coordinate of its triangle, found by triangle centroid. */
  private Map<Integer, Integer> drawnPoints() {
    TriangleMesh mesh = mesh();
    ObservableFloatArray points = mesh.getPoints();
    int[] faces = mesh.getFaces().toArray(null);
    int stride = mesh.getVertexFormat().getVertexIndexSize() * 3;
    int texOffset = mesh.getVertexFormat().getTexCoordIndexOffset();
    Map<Integer, Integer> drawn = new HashMap<>();
    Set<Integer> seen = new HashSet<>();
    for (int f = 0; f < faces.length / stride; f++) {
      Point3D c = centroid(points, faces[f * stride] / 3);
      int point = nearestPoint(c);
      assertTrue(seen.add(point), "point " + point + " drawn twice");
      drawn.put(point, faces[f * stride + texOffset]);
    }
    return drawn;
  }

  private int nearestPoint(Point3D c) {
    for (int i = 0; i < N; i++) {
      if (c.distance(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]) < 1e-5) {
        return i;
      }
    }
    throw new AssertionError("no point at triangle centroid " + c);
  }

  private static Point3D centroid(ObservableFloatArray p, int triangle) {
    Point3D sum =
        corner(p, 3 * triangle).add(corner(p, 3 * triangle + 1)).add(corner(p, 3 * triangle + 2));
    return sum.multiply(1.0 / 3);
  }

  private static Point3D corner(ObservableFloatArray p, int vertex) {
    return new Point3D(p.get(3 * vertex), p.get(3 * vertex + 1), p.get(3 * vertex + 2));
  }

  private TriangleMesh mesh() {
    return (TriangleMesh) ((MeshView) cloud.node()).getMesh();
  }
}
