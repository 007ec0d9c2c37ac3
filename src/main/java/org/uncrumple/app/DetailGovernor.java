package org.uncrumple.app;

/**
 * Decides how many points to draw: while the view moves, as many as keep the frame time near a
 * target; once it has rested for a while, all of them.
 *
 * <p>The count applies to a fixed random order of the points (see {@link PointCloud}), so the
 * points drawn while moving are always the same ones and more of them appear as the budget grows.
 * The budget follows measured pulse intervals: it shrinks in proportion when frames run slow, grows
 * by a few per cent when they run fast, and holds in between. Changing the count costs the renderer
 * a rebuild of the mesh, so small changes are held back and the frames right after a change (or
 * after the view starts moving) are not measured.
 *
 * <p>Pure logic, no toolkit: fed with pulse times on the FX thread.
 */
final class DetailGovernor {
  /** Frames that are not measured after the count changed or motion began. */
  private static final int SETTLE_FRAMES = 2;

  /** Relative change of the budget below which the drawn count stays as it is. */
  private static final double HYSTERESIS = 0.15;

  private static final double GROWTH = 1.08;
  private static final double MAX_SHRINK = 0.5;

  private final int minShown;
  private final double targetNanos;
  private final long restNanos;
  private double budget;
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
    boolean restingNow = lastMotion == Long.MIN_VALUE || now - lastMotion >= restNanos;
    if (restingNow) {
      resting = true;
      shown = total;
      return total;
    }
    if (resting) {
      resting = false;
      settle = SETTLE_FRAMES;
    } else if (settle > 0) {
      settle--;
    } else if (interval > 0) {
      adapt(interval, total);
    }
    int wanted = (int) Math.max(Math.min(minShown, total), Math.min(total, Math.round(budget)));
    if (shown < 0
        || shown > total
        || shown == total && wanted < total
        || Math.abs(wanted - shown) > HYSTERESIS * shown) {
      if (wanted != shown) {
        settle = SETTLE_FRAMES;
      }
      shown = wanted;
    }
    return shown;
  }

  /** Whether the last pulse found the view at rest (every point drawn, nothing pending). */
  boolean isResting() {
    return resting;
  }

  /** The current number of points drawn while moving, before clamping to the total. */
  double budget() {
    return budget;
  }

  private void adapt(long interval, int total) {
    if (interval > targetNanos * 1.1) {
      budget *= Math.max(MAX_SHRINK, targetNanos / interval);
    } else if (interval < targetNanos * 0.85) {
      budget *= GROWTH;
    }
    budget = Math.max(minShown, Math.min(budget, Math.max(minShown, total)));
  }
}
