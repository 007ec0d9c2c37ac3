package org.uncrumple.train;

import java.math.BigDecimal;

/** Number formatting for messages people read. */
final class Numbers {
  private Numbers() {}

  /** {@code 0.001} rather than {@code 1.0E-3}; at most 6 significant digits. */
  static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return new BigDecimal(value)
        .round(new java.math.MathContext(6))
        .stripTrailingZeros()
        .toPlainString();
  }
}
