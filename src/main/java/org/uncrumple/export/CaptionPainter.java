package org.uncrumple.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Burns a caption into a frame: a band of the view's paper colour along the bottom, a hairline
 * above it and the words wrapped to the width, sized with the frame (16 px at 720 lines, as the
 * window's caption).
 *
 * <p>Drawn with Java2D on the encoder thread; the same text on the same frame gives the same
 * pixels.
 */
final class CaptionPainter {
  private static final Color BAND = new Color(0xf7, 0xf6, 0xf2, 235);
  private static final Color RULE = new Color(0xc3c7cf);
  private static final Color TEXT = new Color(0x1f2328);

  private CaptionPainter() {}

  /** Draws {@code text} at the bottom of {@code frame}; nothing for an empty text. */
  static void paint(BufferedImage frame, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    int width = frame.getWidth();
    int height = frame.getHeight();
    float size = Math.max(10f, height / 45f);
    Graphics2D g = frame.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(size));
      FontMetrics metrics = g.getFontMetrics();
      int margin = Math.round(size * 0.8f);
      List<String> lines = wrap(text, metrics, width - 2 * margin);
      int lineHeight = metrics.getHeight();
      int band = lines.size() * lineHeight + 2 * margin * 3 / 4;
      int top = height - band;
      g.setColor(BAND);
      g.fillRect(0, top, width, band);
      g.setColor(RULE);
      g.setStroke(new BasicStroke(1));
      g.drawLine(0, top, width, top);
      g.setColor(TEXT);
      int y = top + margin * 3 / 4 + metrics.getAscent();
      for (String line : lines) {
        g.drawString(line, margin, y);
        y += lineHeight;
      }
    } finally {
      g.dispose();
    }
  }

  /** Breaks the text into lines no wider than {@code width}, at spaces. */
  static List<String> wrap(String text, FontMetrics metrics, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && metrics.stringWidth(candidate) > width) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
