package org.uncrumple.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generator's parameter values after checking: every parameter present (defaults filled in), each
 * a finite number in its range, whole where it must be.
 */
final class Parameters {
  private final Map<String, Number> values;

  private Parameters(Map<String, Number> values) {
    this.values = values;
  }

  /**
   * Checks the given values against a generator's parameters and fills in defaults.
   *
   * @param id the generator's id, for messages
   * @param parameters the generator's parameters
   * @param given the values asked for; may be empty
   * @return the checked values
   * @throws DataException naming the generator and parameter when a name is unknown or a value is
   *     missing, not finite, not whole or out of range
   */
  static Parameters check(
      String id, List<Parameter> parameters, Map<String, ? extends Number> given)
      throws DataException {
    Map<String, Parameter> byName = new LinkedHashMap<>();
    for (Parameter parameter : parameters) {
      byName.put(parameter.name(), parameter);
    }
    for (String name : given.keySet()) {
      if (!byName.containsKey(name)) {
        throw new DataException(
            "data set \""
                + id
                + "\" has no parameter \""
                + name
                + "\"; its parameters are: "
                + String.join(", ", byName.keySet()));
      }
    }
    Map<String, Number> values = new LinkedHashMap<>();
    for (Parameter parameter : parameters) {
      Number value = given.containsKey(parameter.name()) ? given.get(parameter.name()) : null;
      if (value == null) {
        value = parameter.defaultValue();
        if (given.containsKey(parameter.name())) {
          throw problem(id, parameter, "has no value");
        }
      }
      values.put(parameter.name(), checked(id, parameter, value));
    }
    return new Parameters(values);
  }

  private static Number checked(String id, Parameter parameter, Number value) throws DataException {
    boolean integral =
        value instanceof Integer
            || value instanceof Long
            || value instanceof Short
            || value instanceof Byte
            || value instanceof BigInteger;
    if (integral && parameter.whole()) {
      BigInteger exact =
          value instanceof BigInteger big ? big : BigInteger.valueOf(value.longValue());
      if (exact.compareTo(BigDecimal.valueOf(parameter.min()).toBigInteger()) < 0
          || exact.compareTo(BigDecimal.valueOf(parameter.max()).toBigInteger()) > 0
          || exact.bitLength() > 63) {
        throw problem(id, parameter, "is " + value);
      }
      return exact.longValue();
    }
    double real = value.doubleValue();
    if (!Double.isFinite(real)
        || (parameter.whole() && real != Math.rint(real))
        || real < parameter.min()
        || real > parameter.max()) {
      throw problem(id, parameter, "is " + value);
    }
    return parameter.whole() ? (Number) (long) real : (Number) real;
  }

  private static DataException problem(String id, Parameter parameter, String found) {
    return new DataException(
        "data set \""
            + id
            + "\": parameter \""
            + parameter.name()
            + "\" "
            + found
            + ", but it must be "
            + parameter.allowed());
  }

  /**
   * Returns a whole-number parameter's value.
   *
   * @param name the parameter
   * @return its value
   */
  int whole(String name) {
    return Math.toIntExact(values.get(name).longValue());
  }

  /**
   * Returns a real-number parameter's value.
   *
   * @param name the parameter
   * @return its value
   */
  double real(String name) {
    return values.get(name).doubleValue();
  }

  /**
   * Tells whether the generator has a parameter of this name.
   *
   * @param name the parameter
   * @return true if it has one
   */
  boolean has(String name) {
    return values.containsKey(name);
  }

  /**
   * Returns the seed.
   *
   * @return the value of "seed"
   */
  long seed() {
    return values.get("seed").longValue();
  }
}
