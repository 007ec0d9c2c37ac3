package org.uncrumple.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Measures what a window redoes outside its 3-D view, pulse by pulse: how many of its parts
 * (parents) are laid out again, and how long the FX thread spends on CSS and layout. A part laid
 * out again is also painted again, so this counts the panels' redraw on every frame, not only on
 * the frames whose numbers changed.
 *
 * <p>Hooks into the scene's pulse: just before CSS and layout it walks the scene graph, skipping
 * the 3-D view, and counts the parents that will be laid out; just after, it notes the time spent.
 * Costs a walk of the window's nodes per pulse, so it is for benchmarks and tests. FX thread only.
 */
public final class PanelWork {
  private final Scene scene;
  private final Set<Node> excluded;
  private final Runnable before = this::beforeLayout;
  private final Runnable after = this::afterLayout;
  private final Deque<Node> stack = new ArrayDeque<>();
  private long started = -1;
  private long until = Long.MAX_VALUE;
  private long firstPulse;
  private long lastPulse;
  private long layoutNanos;
  private int pulses;
  private int busyPulses;
  private long layouts;

  /**
   * @param excluded the subtrees not counted (the 3-D view, which changes every frame by design)
   */
  public PanelWork(Scene scene, Node... excluded) {
    this.scene = scene;
    this.excluded = Set.of(excluded);
  }

  /** Starts counting from zero. */
  public void start() {
    start(Long.MAX_VALUE);
  }

  /**
   * Starts counting from zero, pulses laid out before {@code untilNanos} only ({@link
   * System#nanoTime()}, the clock of an {@code AnimationTimer}'s pulses).
   */
  public void start(long untilNanos) {
    until = untilNanos;
    pulses = 0;
    busyPulses = 0;
    layouts = 0;
    layoutNanos = 0;
    scene.addPreLayoutPulseListener(before);
    scene.addPostLayoutPulseListener(after);
  }

  public void stop() {
    scene.removePreLayoutPulseListener(before);
    scene.removePostLayoutPulseListener(after);
  }

  /** Pulses seen since {@link #start()}. */
  public int pulses() {
    return pulses;
  }

  /** Pulses on which at least one part outside the 3-D view was laid out. */
  public int busyPulses() {
    return busyPulses;
  }

  /** Pulses with parts laid out, per second of pulses. */
  public double busyPulsesPerSecond() {
    return pulses < 2 ? 0 : busyPulses / ((lastPulse - firstPulse) / 1e9);
  }

  /** Parts outside the 3-D view laid out, per pulse on average. */
  public double layoutsPerPulse() {
    return pulses == 0 ? 0 : (double) layouts / pulses;
  }

  /** FX-thread time of CSS and layout (the whole window's), milliseconds per pulse on average. */
  public double layoutMillisPerPulse() {
    return pulses == 0 ? 0 : layoutNanos / 1e6 / pulses;
  }

  private void beforeLayout() {
    if (System.nanoTime() >= until) {
      started = -1;
      return;
    }
    int dirty = 0;
    stack.push(scene.getRoot());
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (excluded.contains(node) || !(node instanceof Parent)) {
        continue;
      }
      Parent parent = (Parent) node;
      if (parent.isNeedsLayout()) {
        dirty++;
      }
      for (Node child : parent.getChildrenUnmodifiable()) {
        stack.push(child);
      }
    }
    lastPulse = System.nanoTime();
    if (pulses == 0) {
      firstPulse = lastPulse;
    }
    pulses++;
    layouts += dirty;
    if (dirty > 0) {
      busyPulses++;
    }
    started = System.nanoTime();
  }

  private void afterLayout() {
    if (started < 0) {
      return;
    }
    layoutNanos += System.nanoTime() - started;
  }
}
