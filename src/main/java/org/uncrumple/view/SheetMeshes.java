package org.uncrumple.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.uncrumple.data.Sheet;

/**
 * The paper itself: each sheet of the data set as a see-through, smoothly lit triangle mesh in its
 * class colour, moved with the points through every stage and drawn by the point cloud among its
 * dots ({@link SplatTriangles}): the dots behind a sheet show through it, tinted, and those in
 * front cover it.
 *
 * <p>The normals are worked out here ({@link VertexNormals}) whenever the sheets move. A fine sheet
 * is drawn through every second (third, …) line of its grid ({@link #MAX_CELLS}). FX thread only.
 */
final class SheetMeshes {
  static final double OPACITY = 0.45;

  /** The strength of a sheet's highlight where it faces the light squarely. */
  static final double SPECULAR = 0.15;

  /**
   * Grid cells drawn along a sheet's side, at most: a sheet spans a few hundred pixels, so cells of
   * a few dozen pixels look smooth under their normals, and a finer grid only costs work every
   * frame of a glide. The points show the finer detail.
   */
  static final int MAX_CELLS = 20;

  private final Runnable changed;
  private final List<int[]> triangles = new ArrayList<>();
  private final List<int[]> picks = new ArrayList<>();
  private final List<SplatTriangles.Paint> paints = new ArrayList<>();
  private final List<float[]> drawn = new ArrayList<>();
  private final List<float[]> normals = new ArrayList<>();
  private int[] starts = {0};
  private boolean visible;
  private boolean placed;

  /**
   * @param changed called when the picture must be drawn again
   */
  SheetMeshes(Runnable changed) {
    this.changed = changed;
  }

  /** New sheets (a new scene); nothing is drawn until {@link #update}. */
  void setSheets(List<Sheet> sheets, int[] sheetStarts) {
    triangles.clear();
    picks.clear();
    paints.clear();
    drawn.clear();
    normals.clear();
    placed = false;
    starts = sheetStarts.clone();
    for (Sheet sheet : sheets) {
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
      triangles.add(gridTriangles(rows.length, columns.length));
      picks.add(pick);
      drawn.add(new float[3 * n]);
      normals.add(new float[3 * n]);
      Color colour = Palette.colour(sheet.label());
      paints.add(
          new SplatTriangles.Paint(
              colour.getRed(), colour.getGreen(), colour.getBlue(), OPACITY, SPECULAR));
    }
    changed.run();
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
    return !triangles.isEmpty();
  }

  /** Moves the sheets to {@code positions}: every sheet's vertices, sheet after sheet, × 3. */
  void update(float[] positions) {
    for (int k = 0; k < triangles.size(); k++) {
      int[] pick = picks.get(k);
      float[] xyz = drawn.get(k);
      for (int v = 0; v < pick.length; v++) {
        System.arraycopy(positions, 3 * (starts[k] + pick[v]), xyz, 3 * v, 3);
      }
      VertexNormals.compute(xyz, 0, pick.length, triangles.get(k), normals.get(k));
    }
    placed = true;
    changed.run();
  }

  void setVisible(boolean on) {
    boolean now = on && hasSheets();
    if (now != visible) {
      visible = now;
      changed.run();
    }
  }

  boolean isVisible() {
    return visible;
  }

  /** The first vertex of each sheet among the carried sheet vertices, and the total last. */
  int[] starts() {
    return starts;
  }

  void drawInto(PointSplat picture, PointSplat.View view) {
    if (!visible || !placed) {
      return;
    }
    for (int k = 0; k < triangles.size(); k++) {
      picture.triangles(view, drawn.get(k), normals.get(k), triangles.get(k), paints.get(k));
    }
  }
}
