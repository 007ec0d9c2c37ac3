package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The texture coordinates of a class stay inside its own block, away from the block's edges. */
class ClassAtlasTest {
  @Test
  void eachClassPicksTexelsOfItsOwnBlockOnly() {
    float[] uv = ClassAtlas.texCoords();
    int width = ClassAtlas.blocks() * ClassAtlas.BLOCK;
    for (int c = 0; c < Palette.size(); c++) {
      for (int j = 0; j < 3; j++) {
        int at = 2 * (ClassAtlas.firstTexCoord(c) + j);
        double x = uv[at] * width - c * ClassAtlas.BLOCK;
        double y = uv[at + 1] * ClassAtlas.BLOCK;
        assertTrue(x >= 1 && x <= ClassAtlas.BLOCK - 1, "class " + c + " corner " + j + ": x " + x);
        assertTrue(y >= 1 && y <= ClassAtlas.BLOCK - 1, "class " + c + " corner " + j + ": y " + y);
      }
    }
  }

  @Test
  void labelsPastThePaletteWrapAround() {
    assertEquals(ClassAtlas.firstTexCoord(1), ClassAtlas.firstTexCoord(Palette.size() + 1));
    assertTrue(ClassAtlas.blocks() >= Palette.size(), "a block for every class");
  }
}
