package org.uncrumple.app.look;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Holds one part of the window and keeps its layout to itself. A part that changes while the view
 * moves (the tour's slider every frame, training's figures and chart a few times a second) asks to
 * be laid out again each time; in JavaFX that request climbs to the window's root and the whole
 * chain of panels above the part is laid out again. Inside a fence only the part is: the part is
 * unmanaged, a layout root, and the fence gives it its whole area.
 *
 * <p>The fence still grows and shrinks with the part: when the part asks for layout, or has just
 * been laid out, and its preferred size has changed (longer text, a wider number, a larger font),
 * the fence passes the request on. FX thread only.
 */
public final class LayoutFence extends Region {
  private final Node content;
  private double reportedWidth = -1;
  private double reportedHeight = -1;
  private double reportedHeightFor = -1;

  public LayoutFence(Node content) {
    this.content = content;
    content.setManaged(false);
    getChildren().add(content);
    getStyleClass().add("layout-fence");
    if (content instanceof javafx.scene.Parent) {
      ((javafx.scene.Parent) content)
          .needsLayoutProperty()
          .addListener(
              (o, before, now) -> {
                if (!sizeChanged()) {
                  return;
                }
                if (now) {
                  requestLayout();
                } else {
                  requestLayoutAfterThisPass();
                }
              });
    }
  }

  /** What the fence holds. */
  public Node content() {
    return content;
  }

  /** Whether the part's preferred size differs from what the fence last told its parent. */
  private boolean sizeChanged() {
    return reportedWidth >= 0 && content.prefWidth(-1) != reportedWidth
        || reportedHeight >= 0 && content.prefHeight(reportedHeightFor) != reportedHeight;
  }

  /** As the part's: a wrapping label's height depends on the width it is given. */
  @Override
  public Orientation getContentBias() {
    return content.getContentBias();
  }

  /**
   * A request made in the middle of a layout pass would be cleared by the pass itself (a parent
   * marks itself clean once its children are done), so it is made just after.
   */
  private void requestLayoutAfterThisPass() {
    Platform.runLater(this::requestLayout);
  }

  @Override
  protected double computeMinWidth(double height) {
    return horizontal() + content.minWidth(height);
  }

  @Override
  protected double computeMinHeight(double width) {
    return vertical() + content.minHeight(width);
  }

  @Override
  protected double computePrefWidth(double height) {
    double width = content.prefWidth(height);
    if (height < 0) {
      reportedWidth = width;
    }
    return horizontal() + width;
  }

  @Override
  protected double computePrefHeight(double width) {
    double contentWidth = width < 0 ? -1 : width - horizontal();
    double height = content.prefHeight(contentWidth);
    reportedHeight = height;
    reportedHeightFor = contentWidth;
    return vertical() + height;
  }

  @Override
  protected double computeMaxWidth(double height) {
    return horizontal() + content.maxWidth(height);
  }

  @Override
  protected double computeMaxHeight(double width) {
    return vertical() + content.maxHeight(width);
  }

  @Override
  protected void layoutChildren() {
    Insets in = getInsets();
    double width = getWidth() - horizontal();
    double height = getHeight() - vertical();
    content.resizeRelocate(in.getLeft(), in.getTop(), width, height);
    if (sizeChanged()) {
      // CSS changed the part (a larger font) after the parent had asked the fence for its size.
      requestLayoutAfterThisPass();
    }
  }

  private double horizontal() {
    return getInsets().getLeft() + getInsets().getRight();
  }

  private double vertical() {
    return getInsets().getTop() + getInsets().getBottom();
  }
}
