package org.uncrumple.view;

import java.util.List;
import javafx.scene.Node;

/**
 * What the output layer adds to the picture: the decision plane for two classes, the class regions
 * for more. Both fade in over the last step of the tour, from the last hidden stage to the output.
 * Shared by the window and the export so both show the same. FX thread only.
 */
public final class OutputLayer {
  private final DecisionPlane plane = new DecisionPlane();
  private final ClassRegions regions = new ClassRegions();
  private final PointCloud cloud;

  /**
   * @param cloud the point cloud whose dots behind the decision plane the plane tints
   */
  public OutputLayer(PointCloud cloud) {
    this.cloud = cloud;
  }

  /** The nodes to add to the viewport's content, in data coordinates. */
  public List<Node> nodes() {
    return List.of(plane.node(), regions.node());
  }

  /** Shows what {@code traced} says at {@code position} (app stage numbering). */
  public void show(Traced traced, double position) {
    double fade = position - (traced.path().stageCount() - 1);
    if (traced.boundaryNormal() != null && fade > 0) {
      plane.show(traced.boundaryNormal(), traced.boundaryOffset(), fade);
    } else {
      plane.hide();
    }
    if (traced.regionClasses() != null && fade > 0) {
      regions.show(traced.regionClasses(), fade);
    } else {
      regions.hide();
    }
    cloud.setVeil(plane.veil());
  }

  public void hide() {
    plane.hide();
    regions.hide();
    cloud.setVeil(null);
  }

  /** Whether the decision plane is drawn now. */
  public boolean planeShown() {
    return plane.isShown();
  }
}
