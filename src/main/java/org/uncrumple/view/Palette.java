package org.uncrumple.view;

import java.util.List;
import javafx.scene.paint.Color;
import org.uncrumple.data.ClassColours;

/**
 * The class colours: twelve that stay apart for colour-blind viewers ({@link ClassColours}), so
 * every class of a data set of up to twelve (the ten digits, say) has its own colour. The first
 * eight are Okabe and Ito's palette.
 *
 * <p>Class 0 is vermillion and class 1 blue, so the two sheets of the paper ball read as "the red
 * one and the blue one" and both stand out on a light background; the lighter colours (sky blue,
 * yellow) come late because they have the least contrast on it. Class indices past the last colour
 * wrap around.
 *
 * <p>Source: M. Okabe and K. Ito, "Color Universal Design (CUD): how to make figures and
 * presentations that are friendly to colorblind people" (2002), https://jfly.uni-koeln.de/color/;
 * P. Tol, "Colour schemes" (2021) for the last four.
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

  private static final List<Color> BY_CLASS = ClassColours.HEX.stream().map(Color::web).toList();

  private Palette() {}

  /** How many distinct class colours there are before they repeat. */
  public static int size() {
    return BY_CLASS.size();
  }

  /** The colour of a class; negative or large indices wrap around the palette. */
  public static Color colour(int classIndex) {
    return BY_CLASS.get(Math.floorMod(classIndex, BY_CLASS.size()));
  }

  /** The colour's name, for legends and for people who cannot tell the colours apart. */
  public static String name(int classIndex) {
    return ClassColours.NAMES.get(Math.floorMod(classIndex, BY_CLASS.size()));
  }
}
