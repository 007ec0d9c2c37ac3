package org.uncrumple.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.AmbientLight;
import javafx.scene.DirectionalLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.Sphere;
import javafx.scene.transform.Rotate;
import org.fxyz3d.geometry.Point3D;
import org.fxyz3d.scene.paint.Palette;
import org.fxyz3d.shapes.composites.PolyLine3D;
import org.fxyz3d.shapes.primitives.SurfacePlotMesh;
import org.uncrumple.lessons.LossLandscape;

/**
 * The loss landscape in 3-D, after Li et al. 2018 ("Visualizing the loss landscape of neural nets",
 * NeurIPS): the loss over the two slice directions as a surface, its height on a log scale and
 * coloured by it ({@link HeightRamp}), the training path laid on it as a line and a ball at the
 * current weights. The geometry is {@link LandscapeGeometry}'s; this draws it with FXyz3D: the
 * surface is a {@link SurfacePlotMesh} coloured per vertex by height ({@code
 * setTextureModeVertices3D}), the path two {@link PolyLine3D}s, a bright line on a wider dark band.
 *
 * <p>It lives in a {@link Viewport} without points, so it orbits and zooms like the main view (drag
 * to turn, scroll to zoom, double-click for the first view) and names its axes in 3-D letters.
 *
 * <p>FX thread only.
 */
public final class LandscapeView extends Region {
  /** The first view: from the front right and above. */
  public static final CameraPose HOME = new CameraPose(30, 42, 7.4, 0, -0.1);

  /** Colours along the height: the palette image FXyz3D samples is 1 × this texels. */
  static final int RAMP_COLOURS = 256;

  /**
   * The path's band and line: PolyLine3D's width (its flat tube is half as wide) and how far they
   * float above the surface, in data units (the cube is 2 wide).
   */
  static final double CASING_WIDTH = 0.13;

  static final double CORE_WIDTH = 0.07;
  static final double CASING_LIFT = 0.02;
  static final double CORE_LIFT = 0.03;
  static final double HERE_RADIUS = 0.05;

  private final StyleableObjectProperty<Color> pathColour =
      new SimpleStyleableObjectProperty<>(
          LandscapeStyle.PATH, this, "pathColour", Color.web("#ff6b6b"));
  private final StyleableObjectProperty<Color> casingColour =
      new SimpleStyleableObjectProperty<>(
          LandscapeStyle.CASING, this, "casingColour", Color.web("#1b1d22"));
  private final StyleableObjectProperty<Color> hereColour =
      new SimpleStyleableObjectProperty<>(LandscapeStyle.HERE, this, "hereColour", Color.WHITE);
  private final Viewport viewport = new Viewport();
  private final Group surfaceHolder = new Group();
  private final Group pathHolder = new Group();
  private final AmbientLight ambient = new AmbientLight(Color.gray(0.62));
  private final DirectionalLight sun = new DirectionalLight(Color.gray(0.45));
  private final AmbientLight flat = new AmbientLight(Color.WHITE);
  private final PhongMaterial hereMaterial = new PhongMaterial();
  private final Sphere here = new Sphere(HERE_RADIUS);
  private final List<PolyLine3D> lines = new ArrayList<>();
  private LandscapeGeometry geometry;
  private SurfacePlotMesh surface;

  public LandscapeView() {
    getStyleClass().add("landscape-view");
    getStylesheets()
        .add(Objects.requireNonNull(getClass().getResource("landscape.css")).toExternalForm());
    // From above and behind the first view's camera, so the slopes it sees are the lit ones.
    sun.setDirection(new javafx.geometry.Point3D(-0.3, -1, -0.5));
    here.setMaterial(hereMaterial);
    here.setVisible(false);
    flat.getScope().add(here);
    // The lights reach only what they are meant for: each path line brings its own flat light.
    ambient.getScope().add(surfaceHolder);
    sun.getScope().add(surfaceHolder);
    viewport.content().getChildren().addAll(ambient, sun, flat, surfaceHolder, pathHolder, here);
    viewport.setCameraPose(HOME);
    viewport.setHomePose(HOME);
    viewport.axisLabels().show("direction 1", "loss (log scale)", "direction 2");
    getChildren().add(viewport);
    setPrefSize(360, 360);
    pathColour.addListener(o -> recolourPath());
    casingColour.addListener(o -> recolourPath());
    hereColour.addListener(o -> hereMaterial.setDiffuseColor(hereColour.get()));
    hereMaterial.setDiffuseColor(hereColour.get());
  }

  /**
   * Draws a slice and the training path on it, replacing what was drawn.
   *
   * @param slice the loss over the grid
   * @param path {a, b} per recorded weight vector, as {@link LossLandscape#project} gives them
   */
  public void show(LossLandscape.Surface slice, double[][] path) {
    geometry = LandscapeGeometry.of(slice);
    LandscapeGeometry g = geometry;
    int n = g.size();
    // SurfacePlotMesh samples f at x = −1 … 1 and at its own z = −1 … 1, which is our z: the grid
    // points, so the nearest index finds each value exactly.
    surface =
        new SurfacePlotMesh(
            p ->
                g.height(
                    (int) Math.round((p.getX() + 1) * (n - 1) / 2),
                    n - 1 - (int) Math.round((p.getY() + 1) * (n - 1) / 2)),
            2,
            2,
            n - 1,
            n - 1,
            1);
    surface.setColorPalette(new OneColumn());
    surface.setTextureModeVertices3D(RAMP_COLOURS, p -> p.y);
    surface.setCullFace(CullFace.NONE);
    surfaceHolder.getChildren().setAll(surface);
    drawPath(g.path(path));
    here.setTranslateY(g.heightAt(0, 0) + CORE_LIFT);
    here.setVisible(true);
  }

  /** Whether the training path is drawn (the ball at the current weights always is). */
  public void setPathShown(boolean shown) {
    pathHolder.setVisible(shown);
  }

  public boolean isPathShown() {
    return pathHolder.isVisible();
  }

  /** The geometry drawn now, or null before the first slice. */
  public LandscapeGeometry geometry() {
    return geometry;
  }

  /** The FXyz3D surface drawn now, or null before the first slice. */
  public SurfacePlotMesh surface() {
    return surface;
  }

  /** The FXyz3D lines of the path drawn now: for each piece a dark band, then the bright line. */
  public List<PolyLine3D> pathLines() {
    return List.copyOf(lines);
  }

  /** The ball at the current weights. */
  Node currentWeights() {
    return here;
  }

  /** The 3-D view the landscape is drawn in. */
  public Viewport viewport() {
    return viewport;
  }

  /** The path's colour, from {@code -uc-path-color}; the contour map draws its path in it too. */
  public StyleableObjectProperty<Color> pathColourProperty() {
    return pathColour;
  }

  /** The band around the path, from {@code -uc-path-casing-color}. */
  public StyleableObjectProperty<Color> casingColourProperty() {
    return casingColour;
  }

  /** The ball at the current weights, from {@code -uc-here-color}. */
  public StyleableObjectProperty<Color> hereColourProperty() {
    return hereColour;
  }

  @Override
  public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
    return LandscapeStyle.ALL;
  }

  @Override
  protected void layoutChildren() {
    viewport.resizeRelocate(0, 0, getWidth(), getHeight());
  }

  /**
   * One band and one line per piece. PolyLine3D's tube has a flat triangular cross-section in its
   * own x-y plane; turned so that its z is our y (up), the band lies flat on the ground and stays
   * visible from above.
   */
  private void drawPath(List<float[]> runs) {
    lines.clear();
    Group flatOnGround = new Group();
    // Local (x, y, z) → data (x, z, −y): a quarter turn about x.
    flatOnGround.getTransforms().add(new Rotate(-90, Rotate.X_AXIS));
    for (float[] run : runs) {
      lines.add(line(run, CASING_WIDTH, CASING_LIFT, casingColour.get()));
      lines.add(line(run, CORE_WIDTH, CORE_LIFT, pathColour.get()));
    }
    flatOnGround.getChildren().addAll(lines);
    pathHolder.getChildren().setAll(flatOnGround);
  }

  private static PolyLine3D line(float[] run, double width, double lift, Color colour) {
    List<Point3D> points = new ArrayList<>(run.length / 3);
    for (int p = 0; p < run.length; p += 3) {
      points.add(new Point3D(run[p], -run[p + 2], (float) (run[p + 1] + lift)));
    }
    PolyLine3D line = new PolyLine3D(points, (float) width, colour, PolyLine3D.LineType.TRIANGLE);
    line.meshView.setCullFace(CullFace.NONE);
    line.setMouseTransparent(true);
    return line;
  }

  /**
   * The height ramp as an FXyz3D palette one texel wide. FXyz3D lays a palette out as a near-square
   * image, ⌊√k⌋ texels wide for k = {@link #getNumColors()}, the colours running along its rows.
   * Two nearly equal heights at the end of one row and the start of the next then sit a whole row
   * apart in the texture; the GPU, seeing the texture coordinates change that fast across a
   * triangle, samples a coarse mipmap and blends in colours from everywhere (seen as yellow specks
   * on the violet floor). Claiming one colour makes the image a single column, so neighbouring
   * heights stay neighbouring texels; the mesh's colour count ({@code
   * setTextureModeVertices3D(RAMP_COLOURS, …)}) sets the column's length.
   */
  private static final class OneColumn implements Palette.ColorPalette {
    @Override
    public int getNumColors() {
      return 1;
    }

    @Override
    public Color getColor(int i) {
      return HeightRamp.colour(i / (RAMP_COLOURS - 1.0));
    }
  }

  private void recolourPath() {
    for (int k = 0; k < lines.size(); k++) {
      Color colour = k % 2 == 0 ? casingColour.get() : pathColour.get();
      lines.get(k).material.setDiffuseColor(colour);
      lines.get(k).material.setSpecularColor(colour);
    }
  }
}
