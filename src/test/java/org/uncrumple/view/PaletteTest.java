package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
  void holdsTheEightOkabeItoColoursFirstThenFourMoreAllDifferent() {
    Set<Color> firstEight = new HashSet<>();
    for (int c = 0; c < 8; c++) {
      firstEight.add(Palette.colour(c));
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
        firstEight);
    Set<Color> all = new HashSet<>();
    for (int c = 0; c < Palette.size(); c++) {
      all.add(Palette.colour(c));
    }
    assertEquals(12, Palette.size(), "every digit has its own colour");
    assertEquals(12, all.size(), "no colour twice");
  }

  @Test
  void everyColourHasAName() {
    for (int c = 0; c < Palette.size(); c++) {
      assertFalse(Palette.name(c).isBlank(), "class " + c);
    }
  }

  @Test
  void classIndicesWrapBothWays() {
    assertEquals(Palette.colour(2), Palette.colour(2 + Palette.size()));
    assertEquals(Palette.colour(Palette.size() - 1), Palette.colour(-1));
  }
}
