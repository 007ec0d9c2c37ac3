package org.uncrumple.export;

import java.util.Locale;

/**
 * How far an export is.
 *
 * @param phase what it does now: "training" or "rendering"
 * @param done steps or frames done
 * @param total steps or frames in this phase
 * @param secondsLeft estimated seconds until the phase ends; NaN before there is an estimate
 */
public record ExportProgress(String phase, long done, long total, double secondsLeft) {

  /** Share of the phase done, 0 to 1. */
  public double fraction() {
    return total == 0 ? 1 : (double) done / total;
  }

  /** A line for people: "rendering 120/525 (23 %), about 41 s left". */
  public String describe() {
    String left =
        Double.isNaN(secondsLeft)
            ? ""
            : String.format(Locale.ROOT, ", about %.0f s left", Math.max(0, secondsLeft));
    return String.format(
        Locale.ROOT, "%s %d/%d (%.0f %%)%s", phase, done, total, 100 * fraction(), left);
  }
}
