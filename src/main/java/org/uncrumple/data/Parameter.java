package org.uncrumple.data;

/**
 * One parameter of a generator: its name, default, allowed range and meaning.
 *
 * @param name the name used in parameter maps and scene files
 * @param defaultValue the value used when none is given
 * @param min the smallest allowed value
 * @param max the largest allowed value
 * @param whole whether only whole numbers are allowed
 * @param meaning what the parameter does, for documentation
 */
record Parameter(
    String name, Number defaultValue, double min, double max, boolean whole, String meaning) {

  /** The seed every generator takes: any whole number; the same seed gives the same data. */
  static final Parameter SEED =
      new Parameter(
          "seed",
          1L,
          Long.MIN_VALUE,
          Long.MAX_VALUE,
          true,
          "seed of the random numbers; the same seed gives the same data");

  /**
   * Makes a whole-number parameter.
   *
   * @param name its name
   * @param defaultValue its default
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @param meaning what it does
   * @return the parameter, with an {@link Integer} default
   */
  static Parameter whole(String name, int defaultValue, int min, int max, String meaning) {
    return new Parameter(name, defaultValue, min, max, true, meaning);
  }

  /**
   * Makes a real-number parameter.
   *
   * @param name its name
   * @param defaultValue its default
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @param meaning what it does
   * @return the parameter, with a {@link Double} default
   */
  static Parameter real(String name, double defaultValue, double min, double max, String meaning) {
    return new Parameter(name, defaultValue, min, max, false, meaning);
  }

  /**
   * Says in words which values are allowed, for error messages.
   *
   * @return for example "a whole number from 10 to 1000000"
   */
  String allowed() {
    if (name.equals("seed")) {
      return "a whole number";
    }
    return (whole ? "a whole number from " : "a number from ") + format(min) + " to " + format(max);
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
