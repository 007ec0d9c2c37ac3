package org.uncrumple.view;

/**
 * Decides how many points to draw: while the view moves, as many as keep the frame time near a
 * target, and never fewer than drawing can have in a tenth of that time; once it has rested for a
 * while, all of them — reached in doublings from {@value #INITIAL_REST_CAP} while resting frames
 * stay under a quarter of a second, so a huge cloud on a slow machine does not freeze the window.
 *
 * <p>The count applies to a fixed random order of the points (see {@link PointCloud}), so the
 * points drawn while moving are always the same ones and more of them appear as the budget grows.
 * The budget follows the smoothed pulse interval: it shrinks in proportion when frames run slower
 * than the target, grows by a few per cent a frame when they run faster, and holds in between.
 *
 * <p>Where frames are slower than the target whatever the points (a software renderer with the
 * sheets and the lattice on), thinning the points further would make the picture poorer and the
 * frames no quicker. So the points keep what their drawing costs in a tenth of the target frame
 * time ({@link #DRAW_SHARE}), measured from the point cloud's own drawing ({@link #drew}): on this
 * project's test machine, about 30,000 points.
 *
 * <p>Small changes of the count are held back, so the same points stay on screen, and the frames
 * right after a change, or after the view starts moving, are not measured.
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

  /** The share of the target frame time that drawing the points may always take while moving. */
  static final double DRAW_SHARE = 0.1;

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
  private double nanosPerPoint = -1;
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
    int paceWanted = (int) Math.max(Math.min(minShown, total), Math.min(total, Math.round(budget)));
    int wanted = (int) Math.max(paceWanted, Math.min(total, Math.round(affordable())));
    int nextShown = held(shown, wanted, total);
    if (shown >= 0 && nextShown != shown) {
      restartMeasuring();
    }
    shown = nextShown;
    return shown;
  }

  /**
   * The count to draw next instead of {@code current}: {@code wanted}, unless the change is small
   * (the same points then stay on screen).
   */
  private int held(int current, int wanted, int total) {
    boolean enteringMotion = current == total && wanted < total;
    boolean reachingAnEnd = wanted != current && (wanted == total || wanted <= minShown);
    if (current < 0
        || current > total
        || enteringMotion
        || reachingAnEnd
        || Math.abs(wanted - current) > HYSTERESIS * current) {
      return wanted;
    }
    return current;
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
    return targetNanos;
  }

  /**
   * Hears what drawing the points took: {@code count} points in {@code nanos} nanoseconds. The cost
   * of a point, smoothed, sets how many points are always affordable while moving. A drawing of few
   * points overstates it (clearing the picture costs the same whatever the count), which errs
   * towards fewer points.
   */
  void drew(int count, long nanos) {
    if (count <= 0 || nanos <= 0) {
      return;
    }
    double perPoint = (double) nanos / count;
    nanosPerPoint =
        nanosPerPoint < 0 ? perPoint : nanosPerPoint + SMOOTHING * (perPoint - nanosPerPoint);
  }

  /** Points whose drawing takes {@link #DRAW_SHARE} of the target frame time (0 before a draw). */
  double affordable() {
    return nanosPerPoint <= 0 ? 0 : DRAW_SHARE * targetNanos / nanosPerPoint;
  }

  private void restartMeasuring() {
    settle = SETTLE_FRAMES;
    smoothed = -1;
  }

  private void observe(long interval, int total) {
    smoothed = smoothed < 0 ? interval : smoothed + SMOOTHING * (interval - smoothed);
    if (smoothed > targetNanos * (1 + BAND)) {
      budget *= Math.max(MAX_SHRINK, targetNanos / smoothed);
    } else if (smoothed < targetNanos * (1 - BAND)) {
      budget *= GROWTH;
    }
    budget = Math.max(minShown, Math.min(budget, Math.max(minShown, total)));
  }
}
