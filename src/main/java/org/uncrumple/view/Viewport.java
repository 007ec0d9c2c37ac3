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
import javafx.scene.PerspectiveCamera;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Rotate;

/**
 * The 3D view: a {@link SubScene} with a depth buffer, an orbiting perspective camera, the bounding
 * cube of [−1, 1]³ with the names of its axes ({@link AxisLabels}) and the {@link PointCloud},
 * filling this region.
 *
 * <p>Everything inside {@link #content()} and the point cloud is in data coordinates (y up,
 * right-handed); the camera pose is described by {@link CameraPose}. Mouse: left-drag orbits,
 * right-drag or shift-drag pans, the wheel zooms, a double click resets the view. While the view or
 * the points move, only a stable random subset of the points is drawn, sized to hold about {@value
 * #TARGET_FPS} frames a second; once everything has been still for {@value #REST_MILLIS} ms, every
 * point is drawn.
 *
 * <p>FX thread only.
 */
public final class Viewport extends Region {
  static final double FIELD_OF_VIEW = 30;
  static final double TARGET_FPS = 20;
  public static final long REST_MILLIS = 300;
  static final int MIN_POINTS_MOVING = 1_000;
  static final int INITIAL_POINTS_MOVING = 5_000;

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
  private final DetailLoop loop;
  private final SubScene subScene;

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
    loop = new DetailLoop(orbit, points, governor, autoRotate, () -> getScene() != null);

    Group world = new Group(cube.node(), axisLabels.node(), points.node(), content);
    // Data coordinates have y up and z towards the viewer; JavaFX has y down and z away.
    world.getTransforms().add(new Rotate(180, Rotate.X_AXIS));
    camera.setFieldOfView(FIELD_OF_VIEW);
    camera.setNearClip(0.05);
    camera.setFarClip(200);
    camera.getTransforms().add(cameraTransform);
    subScene = new SubScene(new Group(world, camera), 1, 1, true, antialiasing);
    subScene.setCamera(camera);
    subScene.setManaged(false);
    getChildren().add(subScene);
    getStyleClass().add("viewport");
    getStylesheets()
        .add(Objects.requireNonNull(getClass().getResource("viewport.css")).toExternalForm());
    setPrefSize(800, 600);

    subScene.widthProperty().bind(widthProperty());
    subScene.heightProperty().bind(heightProperty());
    subScene.fillProperty().bind(sceneFill);
    cube.colourProperty().bind(guideColour);
    axisLabels.colourProperty().bind(labelColour);
    widthProperty().addListener(o -> fitFieldOfView());
    heightProperty().addListener(o -> fitFieldOfView());
    orbit.addListener(o -> cameraMoved());
    autoRotate.addListener(o -> loop.wake());
    sceneProperty().addListener(o -> loop.wake());
    new OrbitControls(this, orbit, () -> Math.min(getWidth(), getHeight()));
    cameraMoved();
  }

  /** The points of the data set. */
  public PointCloud pointCloud() {
    return points;
  }

  /** The names of the view's axes, in 3-D letters; none until asked for. */
  public AxisLabels axisLabels() {
    return axisLabels;
  }

  /** A group in data coordinates for further shapes (sheets, lattice, decision plane). */
  public Group content() {
    return content;
  }

  /** The 3D scene itself, for snapshots. */
  public SubScene subScene() {
    return subScene;
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

  /** Moves the camera; pitch and distance are clamped to their ranges. */
  public void setCameraPose(CameraPose pose) {
    orbit.setPose(pose);
  }

  /** Sets the pose that a double click or {@link #resetView()} returns to. */
  public void setHomePose(CameraPose pose) {
    orbit.setHome(pose);
  }

  /** How data points land on the view now, for picking them with the mouse. */
  public PickProjection projection() {
    return new PickProjection(orbit.frame(), FIELD_OF_VIEW, getWidth(), getHeight());
  }

  /** Goes back to the home pose. */
  public void resetView() {
    orbit.reset();
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
    axisLabels.orient(cameraFrame);
    cameraPose.set(orbit.pose());
    loop.cameraMoved();
  }

  private void pointsMoved() {
    loop.pointsMoved();
  }

  /** The field of view spans the smaller side, so the framed data fit either way round. */
  private void fitFieldOfView() {
    camera.setVerticalFieldOfView(getHeight() <= getWidth());
  }
}
