package org.uncrumple.app.model;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Where the view is along the network's stages, and how it gets somewhere else: a glide to a
 * clicked stage, a step with the arrow keys, a drag of the slider, or the tour player that walks
 * from input to output.
 *
 * <p>The position is continuous: 0 is the input, {@code stageCount − 1} the output, 2.5 is halfway
 * through the third step. Time comes in through {@link #tick(long)} (an {@code AnimationTimer} in
 * the window, explicit nanoseconds in tests), so the model has no clock of its own. FX thread only.
 */
public final class StageNavigator {
  /** How long a glide to a clicked stage takes. */
  static final double GLIDE_SECONDS = 0.5;

  /** While playing, the view rests this share of each stage's time on the stage itself. */
  static final double DWELL_SHARE = 0.3;

  private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper(this, "position", 0);
  private final ReadOnlyIntegerWrapper stageCount =
      new ReadOnlyIntegerWrapper(this, "stageCount", 1);
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
  private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop", false);
  private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1.0);

  private double glideFrom;
  private double glideTo;
  private double glideElapsed = Double.NaN;
  private double playElapsed;
  private long lastTick = Long.MIN_VALUE;

  /** Current position, 0 … stageCount − 1. */
  public ReadOnlyDoubleProperty positionProperty() {
    return position.getReadOnlyProperty();
  }

  public double position() {
    return position.get();
  }

  public ReadOnlyIntegerProperty stageCountProperty() {
    return stageCount.getReadOnlyProperty();
  }

  public int stageCount() {
    return stageCount.get();
  }

  /** True while the tour plays. */
  public ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }

  /** Whether the tour starts again at the input after reaching the output. */
  public BooleanProperty loopProperty() {
    return loop;
  }

  /** Tour speed in stages per second. */
  public DoubleProperty speedProperty() {
    return speed;
  }

  /** The stage the view is at or closest to. */
  public int nearestStage() {
    return (int) Math.round(position());
  }

  /** Sets the number of stages (a new network); keeps the position where it still exists. */
  public void setStageCount(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("there is always at least the input stage");
    }
    stageCount.set(count);
    if (position() > count - 1) {
      moveTo(count - 1);
    }
  }

  /** Glides to {@code stage} over half a second, eased; stops the tour. */
  public void stepTo(int stage) {
    stopPlaying();
    glideFrom = position();
    glideTo = clamp(stage);
    glideElapsed = 0;
  }

  /** Glides to the next stage (from a glide in progress, the one after its target). */
  public void stepForward() {
    stepTo((int) Math.floor(target() + 1e-9) + 1);
  }

  /** Glides to the previous stage. */
  public void stepBack() {
    stepTo((int) Math.ceil(target() - 1e-9) - 1);
  }

  public void first() {
    stepTo(0);
  }

  public void last() {
    stepTo(stageCount() - 1);
  }

  /** Jumps to a continuous position at once (the slider); stops glides and the tour. */
  public void scrubTo(double value) {
    stopPlaying();
    glideElapsed = Double.NaN;
    moveTo(clamp(value));
  }

  /** Plays the tour from here (from the input if the view is at the output). */
  public void play() {
    glideElapsed = Double.NaN;
    if (position() >= stageCount() - 1 - 1e-9) {
      moveTo(0);
    }
    playElapsed = Math.floor(position() + 1e-9) == position() ? 0 : DWELL_SHARE;
    playing.set(stageCount() > 1);
  }

  public void pause() {
    stopPlaying();
  }

  public void togglePlay() {
    if (playing.get()) {
      pause();
    } else {
      play();
    }
  }

  /** True while the view is moving on its own (a glide or the tour). */
  public boolean isAnimating() {
    return playing.get() || !Double.isNaN(glideElapsed);
  }

  /** Advances glides and the tour to the time {@code nanos} (any monotonic clock). */
  public void tick(long nanos) {
    double seconds = lastTick == Long.MIN_VALUE ? 0 : (nanos - lastTick) / 1e9;
    lastTick = nanos;
    seconds = Math.min(Math.max(seconds, 0), 0.25);
    if (!Double.isNaN(glideElapsed)) {
      glideElapsed += seconds;
      double t = Math.min(1, glideElapsed / GLIDE_SECONDS);
      moveTo(glideFrom + (glideTo - glideFrom) * ease(t));
      if (t >= 1) {
        glideElapsed = Double.NaN;
      }
    } else if (playing.get()) {
      advanceTour(seconds);
    }
  }

  private void advanceTour(double seconds) {
    double stageSeconds = 1 / Math.max(speed.get(), 1e-3);
    int from = (int) Math.floor(position() + 1e-9);
    playElapsed += seconds / stageSeconds;
    while (playElapsed >= 1) {
      playElapsed -= 1;
      from++;
      if (from >= stageCount() - 1) {
        if (loop.get()) {
          from = 0;
        } else {
          moveTo(stageCount() - 1);
          stopPlaying();
          return;
        }
      }
    }
    double moving = Math.max(0, (playElapsed - DWELL_SHARE) / (1 - DWELL_SHARE));
    moveTo(from + ease(moving));
  }

  private double target() {
    return Double.isNaN(glideElapsed) ? position() : glideTo;
  }

  private void stopPlaying() {
    playing.set(false);
  }

  private void moveTo(double value) {
    position.set(value);
  }

  private double clamp(double value) {
    return Math.max(0, Math.min(stageCount() - 1, value));
  }

  /** Smoothstep: starts and ends at rest. */
  static double ease(double t) {
    return t * t * (3 - 2 * t);
  }
}
