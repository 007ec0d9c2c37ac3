package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class PaletteTest {
  @Test
  void theTwoSheetsAreVermillionAndBlue() {
    assertEquals(Color.web("#D55E00"), Palette.colour(0));
    assertEquals(Color.web("#0072B2"), Palette.colour(1));
  }

  @Test
  void holdsTheEightOkabeItoColoursOnce() {
    Set<Color> colours = new HashSet<>();
    for (int c = 0; c < Palette.size(); c++) {
      colours.add(Palette.colour(c));
    }
    assertEquals(
        Set.of(
            Palette.ORANGE,
            Palette.SKY_BLUE,
            Palette.BLUISH_GREEN,
            Palette.YELLOW,
            Palette.BLUE,
            Palette.VERMILLION,
            Palette.REDDISH_PURPLE,
            Palette.BLACK),
        colours);
    assertEquals(8, Palette.size());
  }

  @Test
  void classIndicesWrapBothWays() {
    assertEquals(Palette.colour(2), Palette.colour(2 + Palette.size()));
    assertEquals(Palette.colour(Palette.size() - 1), Palette.colour(-1));
  }
}
