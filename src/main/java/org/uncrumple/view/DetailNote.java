package org.uncrumple.view;

import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The note in the view's lower right corner (the lower left one is the probes') that says how many
 * of the points are drawn, shown only while that is not all of them: while the view moves on a slow
 * renderer, or at rest when a huge cloud would make the window unresponsive. It reads the point
 * cloud's own count, so it is true, and it is written only when that count changes. FX thread only.
 */
final class DetailNote {
  private static final double MARGIN = 8;

  private final Label label = new Label();
  private final PointCloud cloud;

  DetailNote(PointCloud cloud) {
    this.cloud = cloud;
    label.getStyleClass().add("detail-note");
    label.setManaged(false);
    label.setMouseTransparent(true);
    label.setVisible(false);
    InvalidationListener refresh = o -> refresh();
    cloud.shownProperty().addListener(refresh);
    cloud.visibleProperty().addListener(refresh);
  }

  Node node() {
    return label;
  }

  /** The text shown now, or empty when every point is drawn. */
  String text() {
    return label.isVisible() ? label.getText() : "";
  }

  void layout(double width, double height) {
    label.autosize();
    label.relocate(width - label.getWidth() - MARGIN, height - label.getHeight() - MARGIN);
  }

  private void refresh() {
    // Read through the property, so that it invalidates again on the next change.
    int shown = cloud.shownProperty().get();
    int total = cloud.size();
    boolean partial = cloud.isVisible() && shown < total;
    if (partial) {
      label.setText(String.format(Locale.ROOT, "%,d of %,d points drawn", shown, total));
    }
    label.setVisible(partial);
  }
}
