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
 * the mesh with welding and smoothing (measured in {@code uncrumple bench render}). A fine sheet is
 * drawn through every second (third, …) line of its grid ({@link #MAX_CELLS}). FX thread only.
 */
final class SheetMeshes {
  static final double OPACITY = 0.45;

  /**
   * Grid cells drawn along a sheet's side, at most: a sheet spans a few hundred pixels, so cells of
   * a few dozen pixels look smooth under their normals, and a finer grid only costs the renderer
   * vertices to update every frame of a glide. The points show the finer detail.
   */
  static final int MAX_CELLS = 20;

  private final Group group = new Group();
  private final List<TriangleMesh> meshes = new ArrayList<>();
  private final List<int[]> triangles = new ArrayList<>();
  private final List<int[]> picks = new ArrayList<>();
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
    picks.clear();
    starts = sheetStarts.clone();
    for (int k = 0; k < sheets.size(); k++) {
      Sheet sheet = sheets.get(k);
      int[] rows = drawnLines(sheet.rows());
      int[] columns = drawnLines(sheet.columns());
      // Drawn vertex (i, j) is the sheet's vertex (rows[i], columns[j]).
      int n = rows.length * columns.length;
      int[] pick = new int[n];
      for (int i = 0; i < rows.length; i++) {
        for (int j = 0; j < columns.length; j++) {
          pick[i * columns.length + j] = rows[i] * sheet.columns() + columns[j];
        }
      }
      int[] sheetTriangles = gridTriangles(rows.length, columns.length);
      TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
      mesh.getTexCoords().addAll(0, 0);
      mesh.getPoints().addAll(new float[6 * n]);
      float[] flat = new float[6 * n];
      for (int v = 0; v < n; v++) {
        flat[3 * v + 2] = 1;
        flat[3 * (n + v) + 2] = -1;
      }
      mesh.getNormals().addAll(flat);
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
      picks.add(pick);
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

  /**
   * The grid lines drawn out of {@code count}: every one up to {@value #MAX_CELLS} cells a side,
   * else every second (third, …) one and always the last, so a sheet keeps its edges.
   */
  static int[] drawnLines(int count) {
    int stride = Math.max(1, (int) Math.ceil((count - 1) / (double) MAX_CELLS));
    int drawn = (count - 1 + stride - 1) / stride + 1;
    int[] lines = new int[drawn];
    for (int i = 0; i < drawn; i++) {
      lines[i] = Math.min(count - 1, i * stride);
    }
    return lines;
  }

  /**
   * The triangles of a rows × columns grid, wound as {@link Sheet}'s: (r, c) → (r, c + 1) → (r + 1,
   * c + 1) and (r, c) → (r + 1, c + 1) → (r + 1, c).
   */
  static int[] gridTriangles(int rows, int columns) {
    int[] t = new int[(rows - 1) * (columns - 1) * 6];
    int at = 0;
    for (int r = 0; r + 1 < rows; r++) {
      for (int c = 0; c + 1 < columns; c++) {
        int a = r * columns + c;
        int b = a + 1;
        int d = a + columns;
        int e = d + 1;
        int[] two = {a, b, e, a, e, d};
        for (int index : two) {
          t[at++] = index;
        }
      }
    }
    return t;
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
      int[] pick = picks.get(k);
      int n = pick.length;
      if (doubled.length < 6 * n) {
        doubled = new float[6 * n];
        bothNormals = new float[6 * n];
        normals = new float[3 * n];
      }
      for (int v = 0; v < n; v++) {
        int from = 3 * (starts[k] + pick[v]);
        for (int c = 0; c < 3; c++) {
          doubled[3 * v + c] = positions[from + c];
          doubled[3 * (n + v) + c] = positions[from + c];
        }
      }
      VertexNormals.compute(doubled, 0, n, triangles.get(k), normals);
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
