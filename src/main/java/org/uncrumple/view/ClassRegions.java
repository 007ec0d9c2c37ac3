package org.uncrumple.view;

import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/**
 * The output layer's class regions for any number of classes: a faint marker at every place of a
 * {@link RegionGrid}, coloured by the class the network predicts there, so that the view volume
 * reads as a lattice of coloured zones around the points.
 *
 * <p>A marker is a small octahedron, which looks like a diamond from every direction and never
 * needs turning towards the camera: the mesh's points are fixed, and a new set of classes only
 * rewrites its faces (their texture coordinates pick the class colour out of an atlas laid out as
 * {@link ClassAtlas}), and only if some class changed. All markers are one {@link TriangleMesh},
 * static while the camera moves. Back faces are culled, so each covered pixel is blended once.
 *
 * <p>Cost under llvmpipe is mostly pixels filled: with the app's grid (11³ markers, 0.04 data units
 * across) painting a 1280×720 frame took about 15–20 ms longer (measured while orbiting, on a
 * loaded 2-core machine, so noisy); markers 1.6 times as wide, or drawing back faces too, doubled
 * that.
 *
 * <p>Translucency: the renderer blends premultiplied colour, and its output is the
 * self-illumination colour with the diffuse colour's alpha. The material therefore has a black
 * diffuse colour of opacity α, so lights never shade a marker, and a self-illumination atlas whose
 * texels are the class colours at the same opacity α (stored premultiplied, c·α); a marker's pixel
 * comes out as c·α + background·(1 − α), as the pixel test checks. Markers lie after the points in
 * the viewport's drawing order, so a point in front of a marker hides it and a marker in front of a
 * point only tints it.
 *
 * <p>FX thread only; the class arrays come from the trace worker thread and are only read.
 */
public final class ClassRegions {
  /** Opacity of a marker once the output stage is reached. */
  public static final double MAX_OPACITY = 0.5;

  /** A marker's radius (centre to corner), as a share of the distance between places. */
  static final double MARKER_SHARE = 0.08;

  /** Corners of a marker: +x, −x, +y, −y, +z, −z. */
  private static final int POINTS_PER_MARKER = 6;

  /**
   * One face per octant, its corners counter-clockwise seen from outside (in the data's
   * right-handed coordinates).
   */
  private static final int[][] OCTAHEDRON_FACES = {
    {0, 2, 4}, {1, 4, 2}, {0, 5, 2}, {0, 4, 3}, {1, 2, 5}, {1, 3, 4}, {0, 3, 5}, {1, 5, 3}
  };

  private static final int FACES_PER_MARKER = OCTAHEDRON_FACES.length;

  private final int places;
  private final TriangleMesh mesh = new TriangleMesh();
  private final MeshView view = new MeshView(mesh);
  private final PhongMaterial material = new PhongMaterial();
  private final WritableImage atlas =
      new WritableImage(ClassAtlas.blocks() * ClassAtlas.BLOCK, ClassAtlas.BLOCK);
  private final int[] faces;
  private int[] drawnClasses = new int[0];
  private double opacity = Double.NaN;

  /**
   * The regions on the app's grid, {@link RegionGrid#PER_AXIS} places over ±{@link
   * RegionGrid#HALF}.
   */
  public ClassRegions() {
    this(RegionGrid.PER_AXIS, RegionGrid.HALF);
  }

  /**
   * @param perAxis places per axis; {@link #show} then takes perAxis³ classes
   * @param half the grid spans [−half, half]³ in data coordinates
   */
  public ClassRegions(int perAxis, double half) {
    places = perAxis * perAxis * perAxis;
    faces = new int[places * FACES_PER_MARKER * 6];
    mesh.getPoints().setAll(markerCorners(perAxis, half));
    mesh.getTexCoords().setAll(ClassAtlas.texCoords());
    material.setSelfIlluminationMap(atlas);
    view.setMaterial(material);
    view.setCullFace(CullFace.BACK);
    view.setMouseTransparent(true);
    view.setVisible(false);
  }

  public Node node() {
    return view;
  }

  public boolean isShown() {
    return view.isVisible();
  }

  /**
   * Shows the predicted classes at the given share of their full opacity; hides them at 0.
   *
   * @param classes one class per grid place, indexed as in {@link RegionGrid}; colours wrap past
   *     {@link Palette#size()} classes. Not changed afterwards by the caller.
   * @param fade 0 … 1, typically how far the view has moved into the output stage
   */
  public void show(int[] classes, double fade) {
    if (classes.length != places) {
      throw new IllegalArgumentException(
          classes.length + " classes given for a grid of " + places + " places");
    }
    if (!(fade > 0)) {
      hide();
      return;
    }
    if (classes != drawnClasses && !Arrays.equals(classes, drawnClasses)) {
      writeFaces(classes);
    }
    drawnClasses = classes;
    setOpacity(MAX_OPACITY * Math.min(1, fade));
    view.setVisible(true);
  }

  public void hide() {
    view.setVisible(false);
  }

  /** Each marker's eight triangles take the three texture coordinates of the marker's class. */
  private void writeFaces(int[] classes) {
    int at = 0;
    for (int m = 0; m < places; m++) {
      int tex = ClassAtlas.firstTexCoord(classes[m]);
      int first = m * POINTS_PER_MARKER;
      for (int[] face : OCTAHEDRON_FACES) {
        at = triangle(faces, at, first + face[0], first + face[1], first + face[2], tex);
      }
    }
    mesh.getFaces().setAll(faces);
  }

  private static int triangle(int[] faces, int at, int p0, int p1, int p2, int tex) {
    faces[at] = p0;
    faces[at + 1] = tex;
    faces[at + 2] = p1;
    faces[at + 3] = tex + 1;
    faces[at + 4] = p2;
    faces[at + 5] = tex + 2;
    return at + 6;
  }

  /**
   * Sets α on the diffuse colour and on the atlas's texels (premultiplied when stored), only when
   * it changes visibly.
   */
  private void setOpacity(double alpha) {
    if (Math.abs(alpha - opacity) < 0.5 / 255) {
      return;
    }
    opacity = alpha;
    material.setDiffuseColor(Color.color(0, 0, 0, alpha));
    PixelWriter writer = atlas.getPixelWriter();
    for (int c = 0; c < Palette.size(); c++) {
      Color colour = Palette.colour(c);
      Color faint = Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
      for (int x = 0; x < ClassAtlas.BLOCK; x++) {
        for (int y = 0; y < ClassAtlas.BLOCK; y++) {
          writer.setColor(c * ClassAtlas.BLOCK + x, y, faint);
        }
      }
    }
  }

  /** The corners of every marker, x, y, z each, in grid order. */
  private static float[] markerCorners(int perAxis, double half) {
    double[] axis = RegionGrid.coordinates(perAxis, half);
    double r = MARKER_SHARE * (axis[1] - axis[0]);
    float[] corners = new float[perAxis * perAxis * perAxis * POINTS_PER_MARKER * 3];
    int at = 0;
    for (int l = 0; l < perAxis; l++) {
      for (int j = 0; j < perAxis; j++) {
        for (int i = 0; i < perAxis; i++) {
          double[] centre = {axis[i], axis[j], axis[l]};
          for (int corner = 0; corner < POINTS_PER_MARKER; corner++) {
            for (int k = 0; k < 3; k++) {
              double sign = corner / 2 != k ? 0 : corner % 2 == 0 ? 1 : -1;
              corners[at++] = (float) (centre[k] + sign * r);
            }
          }
        }
      }
    }
    return corners;
  }
}
