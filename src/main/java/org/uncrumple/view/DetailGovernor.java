package org.uncrumple.view;

/**
 * Decides how many points to draw: while the view moves, as many as keep the frame time near a
 * target; once it has rested for a while, all of them — reached in doublings from {@value
 * #INITIAL_REST_CAP} while resting frames stay under a quarter of a second, so a huge cloud on a
 * slow renderer does not freeze the window.
 *
 * <p>The count applies to a fixed random order of the points (see {@link PointCloud}), so the
 * points drawn while moving are always the same ones and more of them appear as the budget grows.
 * The budget follows the smoothed pulse interval: it shrinks in proportion when frames run slower
 * than the target, grows by a few per cent a frame when they run faster, and holds in between.
 *
 * <p>The target is the requested frame rate, unless the frames are slower than that even with the
 * fewest points (on a software renderer, with the sheets, the lattice and the probes on): then the
 * fewest points are drawn, so that the view moves as smoothly as it can; every point comes back
 * once it rests. The floor is the smoothed interval measured whenever the budget is down to the
 * minimum (it is not re-measured while the budget stays above it). An earlier version let the
 * points take a fifth more than that floor, which cost a quarter of the frame rate with the sheets
 * and the lattice on, for points that are drawn anyway when the view stops.
 *
 * <p>Changing the count costs the renderer a rebuild of the mesh, so small changes are held back,
 * and the frames right after a change, or after the view starts moving, are not measured.
 *
 * <p>Pure logic, no toolkit: fed with pulse times on the FX thread.
 */
final class DetailGovernor {
  /** Frames that are not measured after the count changed or motion began. */
  private static final int SETTLE_FRAMES = 2;

  /** Relative change of the budget below which the drawn count stays as it is. */
  private static final double HYSTERESIS = 0.15;

  /** Weight of the newest interval in the smoothed one. */
  private static final double SMOOTHING = 0.25;

  /** Relative distance from the target within which the budget holds. */
  private static final double BAND = 0.08;

  private static final double GROWTH = 1.08;
  private static final double MAX_SHRINK = 0.5;

  /** Points drawn at rest before any resting frame has been measured. */
  static final long INITIAL_REST_CAP = 50_000;

  /** A resting frame quicker than this lets the at-rest count double. */
  private static final long REST_FRAME_NANOS = 250_000_000L;

  private long restCap = INITIAL_REST_CAP;
  private int restSettle;
  private boolean restGrowthStopped;
  private final int minShown;
  private final double targetNanos;
  private final long restNanos;
  private double budget;
  private double smoothed = -1;
  private double floor = -1;
  private long lastPulse = Long.MIN_VALUE;
  private long lastMotion = Long.MIN_VALUE;
  private boolean resting = true;
  private int shown = -1;
  private int settle;

  /**
   * @param minShown points always drawn while moving (fewer only if there are fewer)
   * @param initialBudget points drawn while moving before any frame has been measured
   * @param targetFps the frame rate to hold while moving
   * @param restNanos how long the view must be still before every point is drawn
   */
  DetailGovernor(int minShown, int initialBudget, double targetFps, long restNanos) {
    this.minShown = minShown;
    this.budget = Math.max(minShown, initialBudget);
    this.targetNanos = 1e9 / targetFps;
    this.restNanos = restNanos;
  }

  /**
   * Called once per pulse.
   *
   * @param now the pulse time in nanoseconds
   * @param moving whether anything moved since the previous pulse
   * @param total how many points there are
   * @return how many points (a prefix of the fixed random order) to draw this frame
   */
  int onPulse(long now, boolean moving, int total) {
    long interval = lastPulse == Long.MIN_VALUE ? -1 : now - lastPulse;
    lastPulse = now;
    if (moving) {
      lastMotion = now;
    }
    if (lastMotion == Long.MIN_VALUE || now - lastMotion >= restNanos) {
      if (resting && shown >= 0 && interval > 0) {
        adaptRestCap(interval, total);
      }
      resting = true;
      shown = (int) Math.min(total, restCap);
      return shown;
    }
    if (resting) {
      resting = false;
      restGrowthStopped = false;
      restartMeasuring();
    } else if (settle > 0) {
      settle--;
    } else if (interval > 0) {
      observe(interval, total);
    }
    int wanted = (int) Math.max(Math.min(minShown, total), Math.min(total, Math.round(budget)));
    boolean enteringMotion = shown == total && wanted < total;
    boolean reachingAnEnd = wanted != shown && (wanted == total || wanted <= minShown);
    if (shown < 0
        || shown > total
        || enteringMotion
        || reachingAnEnd
        || Math.abs(wanted - shown) > HYSTERESIS * shown) {
      if (wanted != shown) {
        restartMeasuring();
      }
      shown = wanted;
    }
    return shown;
  }

  /**
   * At rest, more points are drawn while frames stay quick and fewer when one took too long, so a
   * million points do not freeze a software renderer for seconds; a real GPU reaches all of them.
   */
  private void adaptRestCap(long interval, int total) {
    if (interval > 2 * REST_FRAME_NANOS && restCap > INITIAL_REST_CAP / 4) {
      restCap = Math.max(INITIAL_REST_CAP / 4, restCap / 2);
      restSettle = SETTLE_FRAMES + 1;
      restGrowthStopped = true;
    } else if (restGrowthStopped) {
      return;
    } else if (restSettle > 0) {
      // The frames right after a change do not show its cost yet (rendering lags a frame).
      restSettle--;
    } else if (interval < REST_FRAME_NANOS && restCap < total) {
      restCap = Math.min(total, restCap * 2);
      restSettle = SETTLE_FRAMES + 1;
    }
  }

  /**
   * Whether, at rest, the drawn count will not change any more: every point is drawn, or growing
   * made a frame too slow and the count stepped back. The view may then stop pulsing.
   */
  boolean isSettledAtRest(int total) {
    return restCap >= total || restGrowthStopped;
  }

  /** At-rest point count drawn (before the total caps it). */
  long restCap() {
    return restCap;
  }

  /** Whether the last pulse found the view at rest, with every point drawn. */
  boolean isResting() {
    return resting;
  }

  /** Points to draw while moving, before clamping to the total. */
  double budget() {
    return budget;
  }

  /** The frame time aimed at while moving, in nanoseconds. */
  double targetNanos() {
    return floor < 0 ? targetNanos : Math.max(targetNanos, floor);
  }

  private void restartMeasuring() {
    settle = SETTLE_FRAMES;
    smoothed = -1;
  }

  private void observe(long interval, int total) {
    smoothed = smoothed < 0 ? interval : smoothed + SMOOTHING * (interval - smoothed);
    if (shown <= minShown) {
      floor = smoothed;
    }
    double target = targetNanos();
    if (smoothed > target * (1 + BAND)) {
      budget *= Math.max(MAX_SHRINK, target / smoothed);
    } else if (smoothed < target * (1 - BAND)) {
      budget *= GROWTH;
    }
    budget = Math.max(minShown, Math.min(budget, Math.max(minShown, total)));
  }
}
