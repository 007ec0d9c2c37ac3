package org.uncrumple.view;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SnapshotParameters;
import javafx.scene.SubScene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Rotate;

/**
 * The 3D view: a {@link SubScene} with a depth buffer, an orbiting perspective camera, the bounding
 * cube of [−1, 1]³ with the names of its axes ({@link AxisLabels}), and over it the {@link
 * PointCloud}'s dots, seen through the same camera; all filling this region.
 *
 * <p>Everything inside {@link #content()} and the point cloud is in data coordinates (y up,
 * right-handed); the camera pose is described by {@link CameraPose}. Mouse: left-drag orbits,
 * right-drag or shift-drag pans, the wheel zooms, a double click resets the view. Once given the
 * data to {@link #frame}, the camera keeps it filling the view ({@link Framing}); the user's zoom
 * and pan apply on top of that. While the view or the points move, a stable random subset of the
 * points may be drawn ({@link DetailGovernor}); once everything has been still for {@value
 * #REST_MILLIS} ms, every point is (a note in the corner says how many when not).
 *
 * <p>FX thread only.
 */
public final class Viewport extends Region {
  static final double FIELD_OF_VIEW = 30;

  /**
   * The frame rate the detail governor aims at while the view moves: a little above 20, so that the
   * rate it settles at, which wanders a few per cent either side of the aim, stays at 20 or more.
   */
  static final double TARGET_FPS = 22;

  public static final long REST_MILLIS = 300;
  static final int MIN_POINTS_MOVING = 1_000;
  static final int INITIAL_POINTS_MOVING = 5_000;

  /**
   * A point's radius per unit of camera distance: points keep their size on screen however near the
   * camera comes (0.02 data units at the distance of 8 where a scene used to open).
   */
  static final double POINT_RADIUS_PER_DISTANCE = PointCloud.DEFAULT_RADIUS / 8;

  private final StyleableObjectProperty<Paint> sceneFill =
      new SimpleStyleableObjectProperty<>(ViewportStyle.SCENE_FILL, this, "sceneFill", Color.WHITE);
  private final StyleableObjectProperty<Color> guideColour =
      new SimpleStyleableObjectProperty<>(
          ViewportStyle.GUIDE_COLOUR, this, "guideColour", Color.GRAY);
  private final StyleableObjectProperty<Color> labelColour =
      new SimpleStyleableObjectProperty<>(
          ViewportStyle.LABEL_COLOUR, this, "labelColour", Color.GRAY);
  private final BooleanProperty autoRotate = new SimpleBooleanProperty(this, "autoRotate");
  private final ReadOnlyObjectWrapper<CameraPose> cameraPose =
      new ReadOnlyObjectWrapper<>(this, "cameraPose");
  private final OrbitCamera orbit = new OrbitCamera(CameraPose.DEFAULT, FIELD_OF_VIEW);
  private final PerspectiveCamera camera = new PerspectiveCamera(true);
  private final Affine cameraTransform = new Affine();
  private final double[] cameraFrame = new double[12];
  private final Group content = new Group();
  private final BoundingCube cube = new BoundingCube();
  private final AxisLabels axisLabels = new AxisLabels();
  private final PointCloud points;
  private final Framing framing = new Framing();
  private boolean reframing;
  private final DetailLoop loop;
  private final OrbitControls controls;
  private final DetailNote note;
  private SubScene subScene;

  /** A viewport with balanced anti-aliasing. */
  public Viewport() {
    this(SceneAntialiasing.BALANCED);
  }

  /** A viewport with the given anti-aliasing (fixed for its lifetime). */
  public Viewport(SceneAntialiasing antialiasing) {
    points = new PointCloud(this::pointsMoved);
    DetailGovernor governor =
        new DetailGovernor(
            MIN_POINTS_MOVING, INITIAL_POINTS_MOVING, TARGET_FPS, REST_MILLIS * 1_000_000);
    points.setOnDrawn(governor::drew);
    loop =
        new DetailLoop(
            orbit, points, governor, () -> autoRotate.get() && getScene() != null, this::ease);

    Group world = new Group(cube.node(), axisLabels.node(), content);
    // Data coordinates have y up and z towards the viewer; JavaFX has y down and z away.
    world.getTransforms().add(new Rotate(180, Rotate.X_AXIS));
    camera.setFieldOfView(FIELD_OF_VIEW);
    camera.setNearClip(0.05);
    camera.setFarClip(200);
    camera.getTransforms().add(cameraTransform);
    subScene = newSubScene(new Group(world, camera), antialiasing);
    note = new DetailNote(points);
    getChildren().addAll(subScene, points.node(), note.node());
    getStyleClass().add("viewport");
    getStylesheets()
        .add(Objects.requireNonNull(getClass().getResource("viewport.css")).toExternalForm());
    setPrefSize(800, 600);

    cube.colourProperty().bind(guideColour);
    axisLabels.colourProperty().bind(labelColour);
    widthProperty().addListener(o -> fitFieldOfView());
    heightProperty().addListener(o -> fitFieldOfView());
    orbit.addListener(o -> cameraMoved());
    autoRotate.addListener(o -> loop.wake());
    sceneProperty().addListener(o -> loop.wake());
    controls = new OrbitControls(this, orbit, () -> Math.min(getWidth(), getHeight()));
    controls.setOnReset(this::resetView);
    cameraMoved();
  }

  private SubScene newSubScene(Group root, SceneAntialiasing antialiasing) {
    SubScene made = new SubScene(root, 1, 1, true, antialiasing);
    made.setCamera(camera);
    made.setManaged(false);
    made.widthProperty().bind(widthProperty());
    made.heightProperty().bind(heightProperty());
    made.fillProperty().bind(sceneFill);
    return made;
  }

  /**
   * Smooths the edges (multisample anti-aliasing) or not. JavaFX fixes a 3D view's anti-aliasing
   * when the view is made, so a new one takes the place of the old, showing the same world through
   * the same camera.
   */
  public void setSmoothEdges(boolean smooth) {
    SceneAntialiasing wanted = smooth ? SceneAntialiasing.BALANCED : SceneAntialiasing.DISABLED;
    if (subScene.getAntiAliasing() == wanted) {
      return;
    }
    Group root = (Group) subScene.getRoot();
    subScene.widthProperty().unbind();
    subScene.heightProperty().unbind();
    subScene.fillProperty().unbind();
    subScene.setRoot(new Group());
    subScene.setCamera(null);
    SubScene next = newSubScene(root, wanted);
    getChildren().set(getChildren().indexOf(subScene), next);
    subScene = next;
    orientLines();
    loop.wake();
  }

  /** The bounding cube's edges (tests look at their width). */
  Node cubeEdges() {
    return cube.node();
  }

  /** Whether the edges are smoothed. */
  public boolean smoothEdges() {
    return subScene.getAntiAliasing() != SceneAntialiasing.DISABLED;
  }

  /** The points of the data set. */
  public PointCloud pointCloud() {
    return points;
  }

  /**
   * How much wider lines are drawn when the edges are not smoothed: a line a pixel wide then misses
   * whole pixels and breaks into dashes.
   */
  static final double ROUGH_LINE_WIDTH = 1.6;

  private double lineDistance() {
    double distance = orbit.distanceProperty().get();
    return smoothEdges() ? distance : ROUGH_LINE_WIDTH * distance;
  }

  private void orientLines() {
    cube.orient(cameraFrame, lineDistance());
  }

  /** The names of the view's axes, in 3-D letters; none until asked for. */
  public AxisLabels axisLabels() {
    return axisLabels;
  }

  /** A group in data coordinates for further shapes (sheets, lattice, decision plane). */
  public Group content() {
    return content;
  }

  /** The 3D scene itself, without the points (see {@link #snapshot}). */
  public SubScene subScene() {
    return subScene;
  }

  /**
   * A picture of the view as the window shows it, points included, without the note on how many are
   * drawn.
   *
   * @param parameters as for {@link SubScene#snapshot}; null for the view's own background
   */
  public WritableImage snapshot(SnapshotParameters parameters) {
    return points.over(subScene.snapshot(parameters, null));
  }

  /** Whether the camera slowly circles the data ({@value DetailLoop#DEGREES_PER_SECOND}°/s). */
  public BooleanProperty autoRotateProperty() {
    return autoRotate;
  }

  public boolean isAutoRotate() {
    return autoRotate.get();
  }

  public void setAutoRotate(boolean on) {
    autoRotate.set(on);
  }

  /** The camera's pose, updated whenever it moves. */
  public ReadOnlyObjectProperty<CameraPose> cameraPoseProperty() {
    return cameraPose.getReadOnlyProperty();
  }

  public CameraPose getCameraPose() {
    return cameraPose.get();
  }

  /**
   * Moves the camera; pitch and distance are clamped to their ranges. While the viewport frames
   * data, the framing takes over the distance at once (and the pan is taken as the user's, on top
   * of the framing), so only the angles matter.
   */
  public void setCameraPose(CameraPose pose) {
    orbit.setPose(pose);
    if (framing.hasData()) {
      framing.jumpNextTime();
      loop.wake();
    }
  }

  /**
   * Keeps the first {@code count} points of {@code xyz} (x, y, z each, data coordinates) filling
   * the view from now on, easing the camera towards them; call again whenever they move. The array
   * is read on later pulses too, so refill it only on the FX thread.
   */
  public void frame(float[] xyz, int count) {
    framing.setData(xyz, count);
    loop.wake();
  }

  /**
   * The next framing goes straight to the data instead of easing, and the user's zoom is undone.
   */
  public void frameAtOnce() {
    framing.jumpNextTime();
    loop.wake();
  }

  /** Sets the pose that a double click or {@link #resetView()} returns to. */
  public void setHomePose(CameraPose pose) {
    orbit.setHome(pose);
  }

  /** How data points land on the view now, for picking them with the mouse. */
  public PickProjection projection() {
    return new PickProjection(orbit.frame(), FIELD_OF_VIEW, getWidth(), getHeight());
  }

  /**
   * Whether the view has come to rest: nothing moved for {@value #REST_MILLIS} ms, the framing has
   * arrived and the points drawn at rest are all drawn (or as many as keep the window responsive).
   */
  public boolean isAtRest() {
    return loop.isIdle();
  }

  /** Goes back to the home angle, framing the data again if there is data to frame. */
  public void resetView() {
    orbit.reset();
    if (framing.hasData()) {
      framing.jumpNextTime();
      loop.wake();
    }
  }

  @Override
  public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
    return ViewportStyle.ALL;
  }

  StyleableObjectProperty<Paint> sceneFillProperty() {
    return sceneFill;
  }

  StyleableObjectProperty<Color> guideColourProperty() {
    return guideColour;
  }

  StyleableObjectProperty<Color> labelColourProperty() {
    return labelColour;
  }

  private void cameraMoved() {
    orbit.applyTo(cameraTransform, cameraFrame);
    orientLines();
    axisLabels.orient(cameraFrame);
    cameraPose.set(orbit.pose());
    loop.cameraMoved(!reframing);
  }

  private void pointsMoved(boolean moving) {
    loop.pointsMoved(moving);
  }

  /**
   * One pulse of the framing: moves the orbit centre and the distance as the {@link Framing} says,
   * keeping the user's own zoom (a factor on the distance) and pan. Not while a drag is under way:
   * the data stays under the pointer.
   *
   * @return whether the framing is still on its way
   */
  private boolean ease(double seconds) {
    double w = getWidth();
    double h = getHeight();
    if (!framing.hasData() || controls.isDragging() || w < 1 || h < 1) {
      return false;
    }
    double before = framing.distance();
    // The field of view spans the smaller side; the other side sees proportionally more.
    double t = Math.tan(Math.toRadians(FIELD_OF_VIEW / 2));
    double side = Math.min(w, h);
    if (!framing.step(seconds, orbit.frame(cameraFrame), t * w / side, t * h / side)) {
      return !framing.isSettled();
    }
    // The framing's own easing is not the view moving: the points are turned and sized for the
    // camera, but not thinned (at rest, training nudges the data and the framing follows slowly).
    reframing = true;
    try {
      if (framing.jumped()) {
        orbit.reframe(framing.centre(), 1);
        orbit.setDistance(framing.distance());
      } else {
        orbit.reframe(framing.centre(), framing.distance() / before);
      }
    } finally {
      reframing = false;
    }
    return !framing.isSettled();
  }

  /** The field of view spans the smaller side, so the framed data fit either way round. */
  private void fitFieldOfView() {
    camera.setVerticalFieldOfView(getHeight() <= getWidth());
    loop.wake();
  }

  @Override
  protected void layoutChildren() {
    points.node().resizeRelocate(0, 0, getWidth(), getHeight());
    note.layout(getWidth(), getHeight());
  }
}
