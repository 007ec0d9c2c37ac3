package org.uncrumple.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;
import org.uncrumple.data.Sheet;

/**
 * The paper itself: each sheet of the data set as a see-through triangle mesh in its class colour,
 * moved with the points through every stage.
 *
 * <p>Each sheet's vertices are stored twice, once for each side, with the triangles of the second
 * copy wound the other way and its normals turned round: JavaFX lights a face by its own normal, so
 * a one-sided sheet would be dark from behind. The normals are worked out here ({@link
 * VertexNormals}) and handed over with the points ({@link VertexFormat#POINT_NORMAL_TEXCOORD}), so
 * a frame of a glide costs the renderer an in-place update of the vertex buffer, not a rebuild of
 * the mesh with welding and smoothing (measured in {@code uncrumple bench render}). FX thread only.
 */
final class SheetMeshes {
  static final double OPACITY = 0.45;

  private final Group group = new Group();
  private final List<TriangleMesh> meshes = new ArrayList<>();
  private final List<int[]> triangles = new ArrayList<>();
  private int[] starts = {0};
  private float[] doubled = new float[0];
  private float[] normals = new float[0];
  private float[] bothNormals = new float[0];

  SheetMeshes() {
    group.setMouseTransparent(false);
    group.setVisible(false);
  }

  Node node() {
    return group;
  }

  /** New sheets (a new scene); nothing is drawn until {@link #update}. */
  void setSheets(List<Sheet> sheets, int[] sheetStarts) {
    group.getChildren().clear();
    meshes.clear();
    triangles.clear();
    starts = sheetStarts.clone();
    for (int k = 0; k < sheets.size(); k++) {
      Sheet sheet = sheets.get(k);
      int n = sheet.vertices().length / 3;
      TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
      mesh.getTexCoords().addAll(0, 0);
      mesh.getPoints().addAll(new float[6 * n]);
      float[] flat = new float[6 * n];
      for (int v = 0; v < n; v++) {
        flat[3 * v + 2] = 1;
        flat[3 * (n + v) + 2] = -1;
      }
      mesh.getNormals().addAll(flat);
      int[] sheetTriangles = sheet.triangles();
      // Vertex v of a face is (point v, normal v, texture coordinate 0).
      int[] faces = new int[2 * sheetTriangles.length * 3];
      int f = 0;
      for (int t = 0; t < sheetTriangles.length; t += 3) {
        for (int i = 0; i < 3; i++) {
          faces[f++] = sheetTriangles[t + i];
          faces[f++] = sheetTriangles[t + i];
          faces[f++] = 0;
        }
        // The back: the same triangle on the second copy of the vertices, wound the other way.
        for (int i = 2; i >= 0; i--) {
          faces[f++] = n + sheetTriangles[t + i];
          faces[f++] = n + sheetTriangles[t + i];
          faces[f++] = 0;
        }
      }
      mesh.getFaces().addAll(faces);
      triangles.add(sheetTriangles);
      MeshView view = new MeshView(mesh);
      view.setCullFace(CullFace.BACK);
      Color colour = Palette.colour(sheet.label());
      PhongMaterial material =
          new PhongMaterial(
              Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), OPACITY));
      material.setSpecularColor(Color.gray(1, 0.15));
      view.setMaterial(material);
      view.setUserData(sheet.label());
      meshes.add(mesh);
      group.getChildren().add(view);
    }
  }

  /** Whether there is anything to draw. */
  boolean hasSheets() {
    return !meshes.isEmpty();
  }

  /**
   * Moves the sheets to {@code positions}: every sheet's vertices, sheet after sheet, × 3. The
   * normals follow: the front copy's n, the back copy's −n.
   */
  void update(float[] positions) {
    for (int k = 0; k < meshes.size(); k++) {
      int n = starts[k + 1] - starts[k];
      if (doubled.length < 6 * n) {
        doubled = new float[6 * n];
        bothNormals = new float[6 * n];
        normals = new float[3 * n];
      }
      System.arraycopy(positions, 3 * starts[k], doubled, 0, 3 * n);
      System.arraycopy(positions, 3 * starts[k], doubled, 3 * n, 3 * n);
      VertexNormals.compute(positions, starts[k], n, triangles.get(k), normals);
      for (int i = 0; i < 3 * n; i++) {
        bothNormals[i] = normals[i];
        bothNormals[3 * n + i] = -normals[i];
      }
      TriangleMesh mesh = meshes.get(k);
      mesh.getPoints().set(0, doubled, 0, 6 * n);
      mesh.getNormals().set(0, bothNormals, 0, 6 * n);
    }
  }

  void setVisible(boolean visible) {
    group.setVisible(visible && hasSheets());
  }

  boolean isVisible() {
    return group.isVisible();
  }

  /** The first vertex of each sheet among the carried sheet vertices, and the total last. */
  int[] starts() {
    return starts;
  }
}
