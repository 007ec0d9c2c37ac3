package org.uncrumple.view;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.uncrumple.geometry.GrandTour;
import org.uncrumple.geometry.StagePath;
import org.uncrumple.geometry.TourPlayer;

/**
 * The second way to look at a stage wider than three: a {@link GrandTour} that turns the 3-D window
 * through every direction of the stage's space, instead of holding it on the three main directions
 * (PCA). It applies only where the points' full coordinates are stored and the view rests: the
 * input or a layer's output ({@link StagePath#isLayerBoundary}), at a whole stage. Everywhere else
 * the picture follows the ordinary path.
 *
 * <p>Each time the view comes to rest on such a stage the tour starts afresh from that stage's PCA
 * frame, so switching it on, or arriving, does not make the points jump. New weights do not restart
 * it: the input's coordinates never change, and a layer's output stays in the same neuron
 * coordinates while it trains. The tour's seed mixes the scene's seed, the stage and its width
 * ({@link GrandTour#seed}), so an export replays the window's tour.
 *
 * <p>The arc is advanced by the caller's clock ({@link #advance(long)} from the window's animation
 * timer, {@link #seek} from an export), never read from a clock of its own. FX thread only; no
 * allocation per frame except when the tour starts a new segment.
 */
public final class TourProjection {
  private final BooleanProperty chosen = new SimpleBooleanProperty(this, "grandTour");
  private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", true);
  private final DoubleProperty speed =
      new SimpleDoubleProperty(this, "speed", TourPlayer.DEFAULT_SPEED);
  private final ReadOnlyBooleanWrapper turning = new ReadOnlyBooleanWrapper(this, "turning");
  private final TourPlayer player = new TourPlayer();
  private long sceneSeed;
  private GrandTour tour;
  private int tourStage = -1;
  private double[] frame = new double[0];
  private long lastNanos = Long.MIN_VALUE;

  public TourProjection() {
    playing.addListener(
        (o, before, after) -> {
          if (after) {
            player.play();
          } else {
            player.pause();
          }
        });
    speed.addListener(
        (o, before, after) ->
            player.setSpeed(Math.max(0, Math.min(TourPlayer.MAX_SPEED, after.doubleValue()))));
  }

  /** Whether the grand tour is the chosen way to look at wide stages (else main directions). */
  public BooleanProperty grandTourProperty() {
    return chosen;
  }

  /** Whether the tour moves; paused, it holds its frame. */
  public BooleanProperty playingProperty() {
    return playing;
  }

  /** How fast the view turns, in radians a second (0 … {@value TourPlayer#MAX_SPEED}). */
  public DoubleProperty speedProperty() {
    return speed;
  }

  /** Whether the picture is drawn through the tour's frame now (set by the last draw). */
  public ReadOnlyBooleanProperty turningProperty() {
    return turning.getReadOnlyProperty();
  }

  public boolean isTurning() {
    return turning.get();
  }

  /** A new scene: its seed makes its tours, and any tour under way is forgotten. */
  public void setSceneSeed(long seed) {
    sceneSeed = seed;
    forget();
  }

  /**
   * Moves the tour on by the time since the last call, if playing; the window calls this once a
   * frame with its animation timer's time.
   *
   * @param nanos the frame's time, in nanoseconds
   */
  public void advance(long nanos) {
    if (lastNanos != Long.MIN_VALUE) {
      player.advance((nanos - lastNanos) / 1e9);
    }
    lastNanos = nanos;
  }

  /** Puts the tour at an arc length (radians turned since it started), for an export's frames. */
  public void seek(double arc) {
    player.seek(arc);
  }

  /** The arc length t the tour has turned through on the stage it is on. */
  public double arc() {
    return player.arc();
  }

  /**
   * The stage the tour turns at {@code position}, or −1 where the ordinary path is drawn: the tour
   * is not chosen, the view is between stages, the stage is inside a layer, or it is three wide or
   * narrower.
   */
  public int stageAt(StagePath path, double position) {
    if (!chosen.get() || position != Math.rint(position)) {
      return -1;
    }
    int stage = (int) position;
    if (stage < 0 || stage >= path.stageCount()) {
      return -1;
    }
    return path.isLayerBoundary(stage) && path.widthOf(stage) > 3 ? stage : -1;
  }

  /**
   * The tour's frame on {@code stage} now, 3 × width row-major (the same array each call; do not
   * keep it). A tour starts from the stage's PCA frame when the stage, or its width, is new.
   */
  public double[] frame(StagePath path, int stage) {
    int width = path.widthOf(stage);
    if (tour == null || stage != tourStage || tour.width() != width) {
      if (tour != null) {
        // jumped straight from one resting stage to another: that stage's tour starts afresh
        player.seek(0);
      }
      tour = GrandTour.from(path.projection(stage), GrandTour.seed(sceneSeed, stage, width));
      tourStage = stage;
      frame = new double[3 * width];
    }
    tour.frameAt(player.arc(), frame);
    return frame;
  }

  /**
   * Draws the first {@code count} points of {@code path} at {@code position} into {@code out}:
   * through the tour's frame where it turns, else along the ordinary path.
   *
   * @return true if drawn through the tour
   */
  public boolean positions(StagePath path, double position, float[] out, int count) {
    int stage = stageAt(path, position);
    if (stage < 0) {
      forget();
      path.positionsAt(Math.min(position, path.stageCount() - 1), out, count);
      return false;
    }
    path.positionsThrough(stage, frame(path, stage), out, count);
    turning.set(true);
    return true;
  }

  /**
   * Draws other points followed along the same stages (such as a followed point's {@link
   * StagePath#forPoints}) through the frame the picture was last drawn through, if it turns.
   *
   * @return false, writing nothing, when the picture does not turn
   */
  public boolean drawAlso(StagePath other, float[] out, int count) {
    if (!isTurning()) {
      return false;
    }
    other.positionsThrough(tourStage, frame, out, count);
    return true;
  }

  /** A copy of the frame the points were last drawn through while turning, or null. */
  public double[] currentFrame() {
    return isTurning() ? frame.clone() : null;
  }

  /** Leaves the stage: the next rest starts a fresh tour from its PCA frame. */
  private void forget() {
    if (tour != null) {
      player.seek(0);
    }
    tour = null;
    tourStage = -1;
    turning.set(false);
  }
}
