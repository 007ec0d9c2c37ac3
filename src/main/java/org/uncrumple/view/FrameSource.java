package org.uncrumple.view;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Objects;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.uncrumple.data.Dataset;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.Show;

/**
 * The 3D view, built as the window builds it but in a scene of its own that no window shows, and
 * drawn into images on request: the export's camera.
 *
 * <p>Each {@link #render} puts the points where the window would put them at that position along
 * the stages, fades the decision plane (two classes) or the class regions (more) in over the last
 * step as the window does, turns the camera to the given pose and takes a snapshot of the 3D scene.
 * Every point is drawn: the window draws a subset while things move (see {@link DetailGovernor}),
 * an export never does. Nothing here depends on time, so the same trace, position, pose and size
 * give the same pixels.
 *
 * <p>FX thread only.
 */
public final class FrameSource {
  private final Viewport viewport = new Viewport();
  private final OutputLayer output = new OutputLayer(viewport.pointCloud());
  private final Overlays overlays = new Overlays(viewport.pointCloud());
  private final TourProjection tour = new TourProjection();
  private final Set<Show> show;
  private final SnapshotParameters parameters = new SnapshotParameters();
  private final float[] positions;
  private final int count;
  private final int width;
  private final int height;

  /**
   * @param scene the scene whose points are drawn
   * @param background null for the window's own background, else the colour behind the points
   *     ({@link Color#TRANSPARENT} for none)
   */
  public FrameSource(LoadedScene scene, int width, int height, Color background) {
    this(scene, width, height, background, Show.DEFAULT);
  }

  /**
   * @param show what the frames draw; the traces rendered must have been made with the same set
   *     ({@link ExportTrace#of(LoadedScene, org.uncrumple.train.Snapshot, ExportTrace, Set)})
   */
  public FrameSource(LoadedScene scene, int width, int height, Color background, Set<Show> show) {
    this.show = Set.copyOf(show);
    tour.setSceneSeed(scene.spec().training().seed());
    this.width = width;
    this.height = height;
    Dataset data = scene.dataset();
    count = data.size();
    positions = new float[3 * count];
    viewport.content().getChildren().addAll(output.nodes());
    overlays.setScene(
        SceneGeometry.of(
            data,
            data.labels(),
            show.contains(Show.SURFACE),
            show.contains(Show.PROBES)
                ? org.uncrumple.nn.Network.initialise(scene.architecture(), 1)
                : null));
    viewport.pointCloud().setData(data.labels(), count);
    viewport.pointCloud().setVisible(show.contains(Show.POINTS));
    viewport.setPrefSize(width, height);
    if (background != null) {
      // The 3D scene is cleared to nothing; the snapshot's fill shows through.
      viewport.getStyleClass().add("export-clear");
      viewport
          .getStylesheets()
          .add(Objects.requireNonNull(getClass().getResource("export.css")).toExternalForm());
      parameters.setFill(background);
    }
    new Scene(viewport, width, height);
    viewport.applyCss();
    viewport.resize(width, height);
    viewport.layout();
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /**
   * Draws the trace at a position along the stages (0 = input, {@code stageCount − 1} = output),
   * seen from {@code pose}, as ARGB pixels.
   */
  public BufferedImage render(ExportTrace trace, double position, CameraPose pose) {
    return render(trace, position, pose, Double.NaN);
  }

  /**
   * Draws the trace as {@link #render(ExportTrace, double, CameraPose)} does, but where the
   * position rests on a stage wider than three that holds full coordinates (see {@link
   * TourProjection}), through a grand tour's frame after it has turned {@code tourArc} radians from
   * the stage's main directions, with the sheets, lattice, surface, probes and output hidden as in
   * the window. The tour's seed is the scene's, so the window's tour on the same stage is the same.
   *
   * @param tourArc radians turned; NaN to see every stage along its main directions
   */
  public BufferedImage render(ExportTrace trace, double position, CameraPose pose, double tourArc) {
    Traced traced = trace.traced;
    viewport.setCameraPose(pose);
    boolean touring = !Double.isNaN(tourArc);
    tour.grandTourProperty().set(touring);
    if (touring) {
      tour.seek(tourArc);
    }
    boolean turning = tour.positions(traced.path(), position, positions, count);
    PointCloud cloud = viewport.pointCloud();
    cloud.update(positions, count);
    // The window turns the points towards the camera and chooses how many to draw on its next
    // pulse; a snapshot happens before that pulse, so it is done here, with every point.
    double[] frame = new OrbitCamera(viewport.getCameraPose(), Viewport.FIELD_OF_VIEW).frame();
    cloud.orient(frame);
    cloud.showAtMost(Integer.MAX_VALUE);
    if (turning) {
      output.hide();
      overlays.hide();
    } else {
      output.show(traced, position);
      overlays.show(traced, position, show);
    }
    WritableImage image = viewport.snapshot(parameters);
    return toArgb(image);
  }

  private BufferedImage toArgb(WritableImage image) {
    BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    int[] pixels = ((DataBufferInt) result.getRaster().getDataBuffer()).getData();
    int w = Math.min(width, (int) image.getWidth());
    int h = Math.min(height, (int) image.getHeight());
    image
        .getPixelReader()
        .getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, width);
    return result;
  }
}
