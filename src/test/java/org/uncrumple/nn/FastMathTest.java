package org.uncrumple.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FastMathTest {
  @Test
  void tanhIsWithinTwoUlpsOfOneOfMathTanhOverADenseRange() {
    double worst = 0;
    for (double x = -40; x <= 40; x += 0x1p-14) {
      worst = Math.max(worst, Math.abs(FastMath.tanh(x) - Math.tanh(x)));
    }
    assertTrue(worst <= 4.5e-16, "max abs error " + worst);
  }

  @Test
  void tanhIsWithinTwoUlpsOfOneOfMathTanhAtRandomArguments() {
    Random random = new Random(7);
    double worst = 0;
    for (int i = 0; i < 200_000; i++) {
      double x = random.nextGaussian() * Math.pow(10, random.nextInt(7) - 4);
      worst = Math.max(worst, Math.abs(FastMath.tanh(x) - Math.tanh(x)));
    }
    assertTrue(worst <= 4.5e-16, "max abs error " + worst);
  }

  @Test
  void tanhKeepsRelativeAccuracyWhereTheSeriesIsUsed() {
    double worst = 0;
    for (double x = 1e-300; x < 0x1p-6; x *= 1.01) {
      double expected = Math.tanh(x);
      worst = Math.max(worst, Math.abs(FastMath.tanh(x) - expected) / Math.ulp(expected));
      worst = Math.max(worst, Math.abs(FastMath.tanh(-x) + expected) / Math.ulp(expected));
    }
    assertTrue(worst <= 2, "max error in ulps of the result " + worst);
  }

  @ParameterizedTest
  @ValueSource(doubles = {20.0, 22.0, 100.0, 400.0, 1e300, Double.POSITIVE_INFINITY})
  void tanhSaturatesToPlusMinusOne(double x) {
    assertEquals(1.0, FastMath.tanh(x));
    assertEquals(-1.0, FastMath.tanh(-x));
  }

  @Test
  void tanhKeepsTheSignOfZeroAndPropagatesNaN() {
    assertEquals(0x0L, Double.doubleToRawLongBits(FastMath.tanh(0.0)));
    assertEquals(0x8000000000000000L, Double.doubleToRawLongBits(FastMath.tanh(-0.0)));
    assertTrue(Double.isNaN(FastMath.tanh(Double.NaN)));
  }

  @Test
  void tanhIsOdd() {
    Random random = new Random(3);
    for (int i = 0; i < 10_000; i++) {
      double x = 5 * random.nextGaussian();
      assertEquals(-FastMath.tanh(x), FastMath.tanh(-x));
    }
  }
}
