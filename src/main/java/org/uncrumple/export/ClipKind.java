package org.uncrumple.export;

import java.util.Locale;

/** What an export films. */
public enum ClipKind {
  /** From the input through every step to the output, pausing on each stage. */
  TOUR,
  /**
   * The network learning, seen at one stage: training from the scene's seed, filmed every k steps.
   */
  TIMELAPSE,
  /** The camera circling one stage once. */
  ORBIT,
  /** One picture of one stage. */
  STILL;

  /** The name on the command line: tour, timelapse, orbit, still. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
