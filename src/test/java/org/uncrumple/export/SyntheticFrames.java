package org.uncrumple.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Frames drawn without a toolkit: coloured dots on a paper background, moving with the frame. */
final class SyntheticFrames {
  private SyntheticFrames() {}

  static BufferedImage frame(int i, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xf7f6f2));
    g.fillRect(0, 0, width, height);
    for (int k = 0; k < 40; k++) {
      g.setColor(k % 2 == 0 ? new Color(0xD55E00) : new Color(0x0072B2));
      int x = (int) ((k * 37 + i * 5) % width);
      int y = (int) ((k * 53 + i * 3) % height);
      g.fillOval(x, y, 6, 6);
    }
    g.dispose();
    return image;
  }
}
