package org.uncrumple.export;

import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.paint.Color;
import org.uncrumple.view.Palette;

/**
 * One fixed 256-colour palette for a whole GIF, so colours never flicker between frames and the
 * class colours stay exactly true.
 *
 * <p>It holds, in this order: the colours that cover a visible share of sample frames (the
 * background, the flat class colours, the text, the shades of the decision plane and of points seen
 * through it), every class colour of {@link Palette}, ramps from each class colour to the
 * background (the anti-aliased rims of the points), class colours veiled by the popular greys
 * (points behind the decision plane), a grey ramp, and a 4×4×4 colour cube for everything else. The
 * last entry is kept free for "unchanged since the previous frame" (transparent). Pixels map to the
 * nearest entry (squared RGB distance) through a lookup table of 64 levels per channel, with no
 * dithering: dithered class colours would speckle.
 */
final class GifPalette {
  /** The index written for pixels that did not change; transparent in the GIF. */
  static final int UNCHANGED = 255;

  private static final int LEVELS = 64;
  private static final int MAX_POPULAR = 80;
  private static final int VEILS = 2;
  private static final double[] VEIL_SHARES = {0.25, 0.4, 0.55};
  private static final double POPULAR_SHARE = 0.0005;
  private static final int RAMP_STEPS = 4;
  private static final int GREYS = 16;
  private static final int CUBE = 4;

  private final int[] rgb;
  private final byte[] lookup = new byte[LEVELS * LEVELS * LEVELS];
  private final IndexColorModel model;

  private GifPalette(List<Integer> colours) {
    rgb = colours.stream().mapToInt(Integer::intValue).toArray();
    for (int r = 0; r < LEVELS; r++) {
      for (int g = 0; g < LEVELS; g++) {
        for (int b = 0; b < LEVELS; b++) {
          lookup[(r * LEVELS + g) * LEVELS + b] = (byte) nearest(centre(r), centre(g), centre(b));
        }
      }
    }
    // Colours of the palette itself map to themselves; where two share a cell, the earlier wins.
    for (int i = rgb.length - 1; i >= 0; i--) {
      lookup[cell(rgb[i])] = (byte) i;
    }
    byte[] reds = new byte[256];
    byte[] greens = new byte[256];
    byte[] blues = new byte[256];
    for (int i = 0; i < rgb.length; i++) {
      reds[i] = (byte) (rgb[i] >> 16);
      greens[i] = (byte) (rgb[i] >> 8);
      blues[i] = (byte) rgb[i];
    }
    model = new IndexColorModel(8, 256, reds, greens, blues, UNCHANGED);
  }

  /** A palette for a clip whose first frame is {@code argb} (opaque pixels). */
  static GifPalette forFirstFrame(int[] argb) {
    return forFrames(List.of(argb));
  }

  /**
   * A palette for frames like these (the first frame, and samples such as the last, where the
   * decision plane tints the points): their popular colours, shared out fairly between them.
   */
  static GifPalette forFrames(List<int[]> samples) {
    Set<Integer> colours = new LinkedHashSet<>();
    List<List<Integer>> popular = samples.stream().map(GifPalette::popular).toList();
    for (int rank = 0; rank < MAX_POPULAR && colours.size() < MAX_POPULAR; rank++) {
      for (List<Integer> list : popular) {
        if (rank < list.size() && colours.size() < MAX_POPULAR) {
          colours.add(list.get(rank));
        }
      }
    }
    int background = colours.isEmpty() ? 0xffffff : colours.iterator().next();
    for (int k = 0; k < Palette.size(); k++) {
      colours.add(rgbOf(Palette.colour(k)));
    }
    for (int k = 0; k < Palette.size(); k++) {
      int c = rgbOf(Palette.colour(k));
      for (int s = 1; s <= RAMP_STEPS; s++) {
        colours.add(mix(c, background, s / (RAMP_STEPS + 1.0)));
      }
    }
    // Points seen through a translucent grey surface (the decision plane): class colours veiled
    // by the most popular greys other than the background.
    List<Integer> veils =
        colours.stream().filter(c -> c != background && isGrey(c)).limit(VEILS).toList();
    for (int veil : veils) {
      for (int k = 0; k < Palette.size(); k++) {
        for (double share : VEIL_SHARES) {
          colours.add(mix(rgbOf(Palette.colour(k)), veil, share));
        }
      }
    }
    for (int s = 0; s < GREYS; s++) {
      int v = (int) Math.round(255.0 * s / (GREYS - 1));
      colours.add(v << 16 | v << 8 | v);
    }
    for (int r = 0; r < CUBE; r++) {
      for (int g = 0; g < CUBE; g++) {
        for (int b = 0; b < CUBE; b++) {
          colours.add(level(r) << 16 | level(g) << 8 | level(b));
        }
      }
    }
    List<Integer> list = new ArrayList<>(colours);
    return new GifPalette(list.subList(0, Math.min(list.size(), UNCHANGED)));
  }

  /** The palette with the transparent entry, for the GIF's colour tables. */
  IndexColorModel model() {
    return model;
  }

  /** The palette index for an RGB colour (alpha ignored). */
  int index(int argb) {
    return lookup[cell(argb)] & 0xff;
  }

  private static int cell(int argb) {
    int r = (argb >> 18) & 0x3f;
    int g = (argb >> 10) & 0x3f;
    int b = (argb >> 2) & 0x3f;
    return (r * LEVELS + g) * LEVELS + b;
  }

  /** The RGB colour of an entry. */
  int colour(int index) {
    return rgb[index];
  }

  int size() {
    return rgb.length;
  }

  private int nearest(int r, int g, int b) {
    int best = 0;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < rgb.length; i++) {
      int dr = ((rgb[i] >> 16) & 0xff) - r;
      int dg = ((rgb[i] >> 8) & 0xff) - g;
      int db = (rgb[i] & 0xff) - b;
      int d = dr * dr + dg * dg + db * db;
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
    return best;
  }

  /** The most frequent colours, most frequent first, that cover a visible share of the frame. */
  private static List<Integer> popular(int[] argb) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int p : argb) {
      counts.merge(p & 0xffffff, 1, Integer::sum);
    }
    int least = (int) Math.ceil(POPULAR_SHARE * argb.length);
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= least)
        .sorted(
            Map.Entry.<Integer, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_POPULAR)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static boolean isGrey(int rgb) {
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) < 16;
  }

  private static int centre(int level) {
    return level * 4 + 2;
  }

  private static int level(int step) {
    return (int) Math.round(255.0 * step / (CUBE - 1));
  }

  private static int rgbOf(Color c) {
    return (int) Math.round(c.getRed() * 255) << 16
        | (int) Math.round(c.getGreen() * 255) << 8
        | (int) Math.round(c.getBlue() * 255);
  }

  private static int mix(int a, int b, double t) {
    int r = (int) Math.round(((a >> 16) & 0xff) * (1 - t) + ((b >> 16) & 0xff) * t);
    int g = (int) Math.round(((a >> 8) & 0xff) * (1 - t) + ((b >> 8) & 0xff) * t);
    int bl = (int) Math.round((a & 0xff) * (1 - t) + (b & 0xff) * t);
    return r << 16 | g << 8 | bl;
  }
}
