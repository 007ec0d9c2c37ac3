package org.uncrumple.view;

/**
 * The layout of a tiny texture holding one flat square per class colour, and the texture
 * coordinates that pick a class out of it (the class regions at the output use it).
 *
 * <p>Each class owns a {@value #BLOCK}×{@value #BLOCK} block of texels, side by side in palette
 * order. A triangle of a class takes its three texture coordinates from a small triangle inside its
 * class's block, away from the block's edges, so linear filtering (and the first mipmap level) only
 * ever mixes texels of the same colour, and the texture coordinates of a triangle are never
 * degenerate (the renderer derives tangents from them).
 */
final class ClassAtlas {
  static final int BLOCK = 4;

  /** Corner positions inside a block, in texels: (1,1), (3,1), (2,3). */
  private static final float[] CORNERS = {1, 1, 3, 1, 2, 3};

  private ClassAtlas() {}

  /**
   * Blocks in the atlas: the classes, padded to a power of two so that every texture coordinate is
   * an exact binary fraction (12 classes in 48 texels would put a corner a rounding error over its
   * block's edge).
   */
  static int blocks() {
    return Integer.highestOneBit(Palette.size() - 1) << 1;
  }

  /**
   * Texture coordinates, three per class: those of class {@code c} are entries {@code 3c}, {@code
   * 3c+1} and {@code 3c+2}.
   */
  static float[] texCoords() {
    int classes = Palette.size();
    float width = blocks() * BLOCK;
    float[] uv = new float[classes * 6];
    for (int c = 0; c < classes; c++) {
      for (int j = 0; j < 3; j++) {
        uv[6 * c + 2 * j] = (c * BLOCK + CORNERS[2 * j]) / width;
        uv[6 * c + 2 * j + 1] = CORNERS[2 * j + 1] / BLOCK;
      }
    }
    return uv;
  }

  /** The index of the first of a class's three texture coordinates; labels wrap like colours. */
  static int firstTexCoord(int label) {
    return 3 * Math.floorMod(label, Palette.size());
  }
}
