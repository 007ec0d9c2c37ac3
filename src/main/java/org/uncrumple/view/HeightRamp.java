package org.uncrumple.view;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * The colours of height in the loss landscape, low to high: viridis, from dark violet through blue
 * and green to yellow.
 *
 * <p>Its lightness rises steadily from one end to the other, so the order of the colours survives
 * every common colour-vision deficiency and a grey-scale print, and neither end vanishes on a light
 * or a dark background. Like the class colours ({@link Palette}) these colours are data, not theme:
 * the same height has the same colour in the map and in the 3-D surface, in either theme.
 *
 * <p>Source: S. van der Walt and N. Smith, viridis for matplotlib (2015, CC0),
 * https://bids.github.io/colormap/; the nine stops are viridis(9) as R's viridisLite gives them,
 * joined by straight lines in sRGB.
 */
public final class HeightRamp {
  private static final List<Color> STOPS =
      List.of(
          Color.web("#440154"),
          Color.web("#472D7B"),
          Color.web("#3B528B"),
          Color.web("#2C728E"),
          Color.web("#21908C"),
          Color.web("#27AD81"),
          Color.web("#5DC863"),
          Color.web("#AADC32"),
          Color.web("#FDE725"));

  /** The colour of the lowest place. */
  public static final Color LOW = STOPS.get(0);

  /** The colour of the highest place. */
  public static final Color HIGH = STOPS.get(STOPS.size() - 1);

  private HeightRamp() {}

  /**
   * The colour of a height.
   *
   * @param level 0 for the lowest, 1 for the highest; values outside are clamped
   */
  public static Color colour(double level) {
    double clamped = Double.isNaN(level) ? 0 : Math.max(0, Math.min(1, level));
    double at = clamped * (STOPS.size() - 1);
    int k = Math.min((int) at, STOPS.size() - 2);
    return STOPS.get(k).interpolate(STOPS.get(k + 1), at - k);
  }
}
