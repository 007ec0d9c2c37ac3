package org.uncrumple.view;

import java.util.function.DoubleSupplier;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Mouse gestures of the viewport: left-drag orbits, right-drag (or middle-drag, or shift with the
 * left button) pans, scrolling zooms, a double click goes back to the home view. FX thread only.
 */
final class OrbitControls {
  private final OrbitCamera camera;
  private final DoubleSupplier viewPixels;
  private double lastX;
  private double lastY;
  private boolean dragging;
  private Runnable onReset;

  /**
   * @param surface the node that receives the gestures
   * @param viewPixels the smaller side of the view in pixels, for panning
   */
  OrbitControls(Node surface, OrbitCamera camera, DoubleSupplier viewPixels) {
    this.camera = camera;
    this.viewPixels = viewPixels;
    this.onReset = camera::reset;
    surface.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
    surface.addEventHandler(
        MouseEvent.MOUSE_RELEASED,
        e ->
            dragging =
                e.isPrimaryButtonDown() || e.isSecondaryButtonDown() || e.isMiddleButtonDown());
    surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
    surface.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    surface.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
  }

  /** What a double click does (by default the camera goes home). */
  void setOnReset(Runnable reset) {
    onReset = reset;
  }

  /** Whether a button is held down over the view: the user is turning or panning it. */
  boolean isDragging() {
    return dragging;
  }

  private void pressed(MouseEvent e) {
    lastX = e.getX();
    lastY = e.getY();
    dragging = true;
  }

  private void dragged(MouseEvent e) {
    double dx = e.getX() - lastX;
    double dy = e.getY() - lastY;
    lastX = e.getX();
    lastY = e.getY();
    boolean pan = e.isSecondaryButtonDown() || e.isMiddleButtonDown() || e.isShiftDown();
    if (pan) {
      camera.pan(dx, dy, viewPixels.getAsDouble());
    } else if (e.isPrimaryButtonDown()) {
      camera.orbit(dx, dy);
    }
    e.consume();
  }

  private void clicked(MouseEvent e) {
    if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
      onReset.run();
      e.consume();
    }
  }

  private void scrolled(ScrollEvent e) {
    camera.zoom(e.getDeltaY());
    e.consume();
  }
}
