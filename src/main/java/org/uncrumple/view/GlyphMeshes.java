package org.uncrumple.view;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Point3D;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;
import org.fxyz3d.shapes.primitives.Text3DMesh;

/**
 * Text as solid 3-D letters: each letter triangulated once by FXyz3D's {@link Text3DMesh}, then
 * every label that uses it copies its triangles into one mesh.
 *
 * <p>Why letter by letter: {@code Text3DMesh} unites each new letter's outline with the outlines of
 * all the letters before it ({@code Shape.union}), so a whole label costs quadratically in its
 * length. Measured under llvmpipe on a busy two-core machine: "main direction A" in one {@code
 * Text3DMesh} took 0.4–4.5 s, while its letters alone take about 2–200 ms each (the first ever
 * several hundred, while the JIT warms up). One mesh per label also keeps the draw calls to one a
 * label instead of one a letter, and keeping only the letters' fronts a quarter of the triangles.
 *
 * <p>Coordinates are the font's: x along the baseline, y down, the letters' faces at z = 0; a
 * capital is about {@value #FONT_SIZE}·0.73 high.
 *
 * <p>FX thread only: the outlines come from JavaFX's text layout and font rasteriser.
 */
final class GlyphMeshes {
  static final String FONT = "System";
  static final int FONT_SIZE = 48;
  static final double DEPTH = 2;

  private final Font font = new Font(FONT, FONT_SIZE);
  private final Map<Character, Glyph> glyphs = new HashMap<>();

  /** One letter's triangles and how far it moves the pen. */
  private record Glyph(float[] points, int[] faces, double advance) {}

  /** Whether {@code letter} is triangulated already. */
  boolean has(char letter) {
    return glyphs.containsKey(letter);
  }

  /** Triangulates {@code letter} if it is not yet. */
  void build(char letter) {
    if (has(letter)) {
      return;
    }
    Text text = new Text(String.valueOf(letter));
    text.setFont(font);
    double advance = text.getLayoutBounds().getWidth();
    if (Character.isWhitespace(letter)) {
      glyphs.put(letter, new Glyph(new float[0], new int[0], advance));
      return;
    }
    Text3DMesh solid = new Text3DMesh(String.valueOf(letter), FONT, FONT_SIZE, false, DEPTH, 0, 0);
    float[] points = new float[0];
    int[] faces = new int[0];
    for (MeshView part : solid.getMeshes()) {
      TriangleMesh mesh = (TriangleMesh) part.getMesh();
      float[] partPoints = mesh.getPoints().toArray(null);
      Transform toLetter = part.getLocalToParentTransform();
      for (int p = 0; p < partPoints.length; p += 3) {
        Point3D moved = toLetter.transform(partPoints[p], partPoints[p + 1], partPoints[p + 2]);
        partPoints[p] = (float) moved.getX();
        partPoints[p + 1] = (float) moved.getY();
        partPoints[p + 2] = (float) moved.getZ();
      }
      int[] front = frontFaces(mesh, partPoints);
      // Only the points the front faces use, renumbered.
      int[] renumbered = new int[partPoints.length / 3];
      Arrays.fill(renumbered, -1);
      float[] used = new float[partPoints.length];
      int count = 0;
      int base = points.length / 3;
      for (int k = 0; k < front.length; k++) {
        int p = front[k];
        if (renumbered[p] < 0) {
          renumbered[p] = count;
          System.arraycopy(partPoints, 3 * p, used, 3 * count, 3);
          count++;
        }
        front[k] = base + renumbered[p];
      }
      points = concat(points, Arrays.copyOf(used, 3 * count));
      faces = concat(faces, front);
    }
    glyphs.put(letter, new Glyph(points, faces, advance));
  }

  /**
   * The point indices of the faces on the letter's front (z = 0), three a face. The sides and back
   * of FXyz3D's solid letters are three quarters of its triangles and cannot be seen at the size
   * names are drawn (a letter is {@value #DEPTH} units deep against {@value #FONT_SIZE} high), so
   * the names are flat letters standing in 3-D.
   */
  private static int[] frontFaces(TriangleMesh mesh, float[] points) {
    // Each corner of a face is a group of indices (point, texture, maybe normal): keep the point.
    int[] faces = mesh.getFaces().toArray(null);
    int stride = mesh.getVertexFormat().getVertexIndexSize();
    int pointAt = mesh.getVertexFormat().getPointIndexOffset();
    int[] front = new int[faces.length / stride];
    int kept = 0;
    for (int f = 0; f < faces.length; f += 3 * stride) {
      int a = faces[f + pointAt];
      int b = faces[f + stride + pointAt];
      int c = faces[f + 2 * stride + pointAt];
      if (points[3 * a + 2] == 0 && points[3 * b + 2] == 0 && points[3 * c + 2] == 0) {
        front[kept++] = a;
        front[kept++] = b;
        front[kept++] = c;
      }
    }
    return Arrays.copyOf(front, kept);
  }

  /**
   * One mesh of a whole label, centred on the origin in x and y. Every letter of it must be built.
   */
  TriangleMesh label(String text) {
    float[] points = new float[0];
    int[] faces = new int[0];
    double pen = 0;
    for (char letter : text.toCharArray()) {
      Glyph glyph = glyphs.get(letter);
      if (glyph == null) {
        throw new IllegalStateException("letter '" + letter + "' of '" + text + "' not built");
      }
      float[] moved = glyph.points().clone();
      for (int p = 0; p < moved.length; p += 3) {
        moved[p] += (float) pen;
      }
      int base = points.length / 3;
      int[] shifted = glyph.faces().clone();
      for (int f = 0; f < shifted.length; f++) {
        shifted[f] += base;
      }
      points = concat(points, moved);
      faces = concat(faces, shifted);
      pen += glyph.advance();
    }
    centre(points);
    TriangleMesh mesh = new TriangleMesh();
    mesh.getPoints().setAll(points);
    mesh.getTexCoords().setAll(0, 0);
    int[] withTexture = new int[2 * faces.length];
    for (int f = 0; f < faces.length; f++) {
      withTexture[2 * f] = faces[f];
    }
    mesh.getFaces().setAll(withTexture);
    return mesh;
  }

  /** Moves the points so that the middle of their x and y extent is at the origin. */
  private static void centre(float[] points) {
    if (points.length == 0) {
      return;
    }
    float[] low = {Float.MAX_VALUE, Float.MAX_VALUE};
    float[] high = {-Float.MAX_VALUE, -Float.MAX_VALUE};
    for (int p = 0; p < points.length; p += 3) {
      for (int k = 0; k < 2; k++) {
        low[k] = Math.min(low[k], points[p + k]);
        high[k] = Math.max(high[k], points[p + k]);
      }
    }
    for (int p = 0; p < points.length; p += 3) {
      for (int k = 0; k < 2; k++) {
        points[p + k] -= (low[k] + high[k]) / 2;
      }
    }
  }

  private static float[] concat(float[] a, float[] b) {
    float[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
