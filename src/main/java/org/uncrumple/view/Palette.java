package org.uncrumple.view;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * The class colours: the eight colours of Okabe and Ito's colour-blind-safe palette.
 *
 * <p>Class 0 is vermillion and class 1 blue, so the two sheets of the paper ball read as "the red
 * one and the blue one" and both stand out on a light background; the lighter colours (sky blue,
 * yellow) come late because they have the least contrast on it. Class indices past the last colour
 * wrap around.
 *
 * <p>Source: M. Okabe and K. Ito, "Color Universal Design (CUD): how to make figures and
 * presentations that are friendly to colorblind people" (2002), https://jfly.uni-koeln.de/color/.
 */
public final class Palette {
  public static final Color ORANGE = Color.web("#E69F00");
  public static final Color SKY_BLUE = Color.web("#56B4E9");
  public static final Color BLUISH_GREEN = Color.web("#009E73");
  public static final Color YELLOW = Color.web("#F0E442");
  public static final Color BLUE = Color.web("#0072B2");
  public static final Color VERMILLION = Color.web("#D55E00");
  public static final Color REDDISH_PURPLE = Color.web("#CC79A7");
  public static final Color BLACK = Color.web("#000000");

  private static final List<Color> BY_CLASS =
      List.of(VERMILLION, BLUE, BLUISH_GREEN, ORANGE, REDDISH_PURPLE, SKY_BLUE, BLACK, YELLOW);

  private Palette() {}

  /** How many distinct class colours there are before they repeat. */
  public static int size() {
    return BY_CLASS.size();
  }

  /** The colour of a class; negative or large indices wrap around the palette. */
  public static Color colour(int classIndex) {
    return BY_CLASS.get(Math.floorMod(classIndex, BY_CLASS.size()));
  }
}
