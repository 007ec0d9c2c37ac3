package org.uncrumple.app.training;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Frames per second of the window, counted from the pulses it is given and published once a second
 * (each new figure costs a repaint of its label). FX thread only.
 */
public final class FramesPerSecond {
  private static final long WINDOW_NANOS = 1_000_000_000L;

  private final ReadOnlyDoubleWrapper value = new ReadOnlyDoubleWrapper(this, "value");
  private long windowStart = Long.MIN_VALUE;
  private int frames;

  ReadOnlyDoubleProperty framesPerSecondProperty() {
    return value.getReadOnlyProperty();
  }

  public void pulse(long now) {
    if (windowStart == Long.MIN_VALUE) {
      windowStart = now;
      return;
    }
    frames++;
    long elapsed = now - windowStart;
    if (elapsed >= WINDOW_NANOS) {
      value.set(frames * 1e9 / elapsed);
      frames = 0;
      windowStart = now;
    }
  }
}
