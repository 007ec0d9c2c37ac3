package org.uncrumple.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The twelve class colours stay apart in normal vision and in simulated colour-blind vision
 * (Machado, Oliveira and Fernandes 2009, severity 1, applied to linear sRGB), measured as CIELAB
 * distance under D65.
 */
class ClassColoursTest {
  private static final double[][][] VISION = {
    {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
    {
      {0.152286, 1.052583, -0.204868},
      {0.114503, 0.786281, 0.099216},
      {-0.003882, -0.048116, 1.051998}
    },
    {
      {0.367322, 0.860646, -0.227968},
      {0.280085, 0.672501, 0.047413},
      {-0.011820, 0.042940, 0.968881}
    },
    {
      {1.255528, -0.076749, -0.178779},
      {-0.078411, 0.930809, 0.147602},
      {0.004733, 0.691367, 0.303900}
    }
  };

  @Test
  void twelveDistinctColoursWithNamesAndTheFirstTwoSheetsRedAndBlue() {
    assertEquals(12, ClassColours.count());
    assertEquals(12, new HashSet<>(ClassColours.HEX).size());
    assertEquals(12, new HashSet<>(ClassColours.NAMES).size());
    assertEquals(List.of("vermillion", "blue"), ClassColours.NAMES.subList(0, 2));
    for (String hex : ClassColours.HEX) {
      assertTrue(hex.matches("#[0-9A-F]{6}"), hex);
    }
  }

  @Test
  void classesPastTheLastColourWrapAround() {
    assertEquals(ClassColours.hex(0), ClassColours.hex(12));
    assertEquals(ClassColours.hex(11), ClassColours.hex(-1));
    assertEquals("pink", ClassColours.name(23));
  }

  @ParameterizedTest(name = "vision {0}")
  @ValueSource(ints = {0, 1, 2, 3})
  void everyPairStaysApartForNormalAndColourBlindVision(int vision) {
    List<String> colours = ClassColours.HEX;
    double closest = Double.POSITIVE_INFINITY;
    String pair = "";
    for (int i = 0; i < colours.size(); i++) {
      for (int j = i + 1; j < colours.size(); j++) {
        double distance =
            distance(seen(colours.get(i), VISION[vision]), seen(colours.get(j), VISION[vision]));
        if (distance < closest) {
          closest = distance;
          pair = colours.get(i) + " and " + colours.get(j);
        }
      }
    }
    assertTrue(closest >= 15.6, "closest pair " + pair + " at ΔE " + closest);
  }

  /** The CIELAB coordinates of a colour as seen through a vision matrix on linear sRGB. */
  private static double[] seen(String hex, double[][] vision) {
    double[] linear = new double[3];
    for (int c = 0; c < 3; c++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * c, 3 + 2 * c), 16) / 255.0;
      linear[c] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    double[] rgb = new double[3];
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        rgb[r] += vision[r][c] * linear[c];
      }
      rgb[r] = Math.min(1, Math.max(0, rgb[r]));
    }
    double[][] toXyz = {
      {0.4124564, 0.3575761, 0.1804375},
      {0.2126729, 0.7151522, 0.0721750},
      {0.0193339, 0.1191920, 0.9503041}
    };
    double[] white = {0.95047, 1.0, 1.08883};
    double[] f = new double[3];
    for (int r = 0; r < 3; r++) {
      double t = 0;
      for (int c = 0; c < 3; c++) {
        t += toXyz[r][c] * rgb[c];
      }
      t /= white[r];
      f[r] = t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
    return new double[] {116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])};
  }

  private static double distance(double[] a, double[] b) {
    return Math.sqrt(
        (a[0] - b[0]) * (a[0] - b[0])
            + (a[1] - b[1]) * (a[1] - b[1])
            + (a[2] - b[2]) * (a[2] - b[2]));
  }
}
