package org.uncrumple.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seeded data set generators, by id: {@code paper-ball} (the default), {@code swiss-roll},
 * {@code nested-spheres}, {@code linked-rings}, {@code double-helix}, {@code xor-cube} and {@code
 * blobs}.
 *
 * <p>Every generator takes a {@code seed}; the same parameters and seed give bit-for-bit the same
 * data set. Every data set is normalised into [-1, 1]³ (see {@link Normalisation}), its sheet
 * meshes with the same normalisation as its points. Parameters named {@code points} count points
 * per class. The methods keep no state and may be called from any thread.
 */
public final class Generators {
  private static final Map<String, Generator> ALL = byId();

  private Generators() {}

  private static Map<String, Generator> byId() {
    Map<String, Generator> all = new LinkedHashMap<>();
    for (Generator generator :
        List.of(
            new PaperBall(),
            new SwissRoll(),
            new NestedSpheres(),
            new LinkedRings(),
            new DoubleHelix(),
            new XorCube(),
            new Blobs())) {
      all.put(generator.id(), generator);
    }
    return Collections.unmodifiableMap(all);
  }

  /**
   * Lists the generator ids, the default ("paper-ball") first.
   *
   * @return the ids, immutable
   */
  public static List<String> ids() {
    return List.copyOf(ALL.keySet());
  }

  /**
   * Lists a generator's parameters with their defaults, in documented order; "seed" is one of them.
   * Whole-number parameters have {@link Integer} defaults (the seed a {@link Long}), the others
   * {@link Double}.
   *
   * @param id a generator id from {@link #ids()}
   * @return parameter name → default, ordered and immutable
   * @throws IllegalArgumentException if the id is unknown
   */
  public static Map<String, Number> defaults(String id) {
    Map<String, Number> defaults = new LinkedHashMap<>();
    for (Parameter parameter : known(id).parameters()) {
      defaults.put(parameter.name(), parameter.defaultValue());
    }
    return Collections.unmodifiableMap(defaults);
  }

  /**
   * Describes a generator's data set in one plain sentence for learners.
   *
   * @param id a generator id from {@link #ids()}
   * @return the sentence
   * @throws IllegalArgumentException if the id is unknown
   */
  public static String describe(String id) {
    return known(id).description();
  }

  /**
   * Says in words which values a generator's parameter allows and what it does, for help texts.
   *
   * @param id a generator id from {@link #ids()}
   * @param parameter one of its parameter names
   * @return for example "points: points on each sheet; a whole number from 10 to 1000000"
   * @throws IllegalArgumentException if the id or parameter is unknown
   */
  public static String explain(String id, String parameter) {
    for (Parameter p : known(id).parameters()) {
      if (p.name().equals(parameter)) {
        return p.name() + ": " + p.meaning() + "; " + p.allowed();
      }
    }
    throw new IllegalArgumentException("no parameter " + parameter + " in " + id);
  }

  /**
   * Names the parameter that makes a generator's data noisier, for a "noise" control: {@code noise}
   * where the generator has it, the clouds' {@code spread} for blobs, and none for the XOR cube,
   * whose classes are fixed by the octants.
   *
   * @param id a generator id from {@link #ids()}
   * @return the parameter's name, or empty
   * @throws IllegalArgumentException if the id is unknown
   */
  public static Optional<String> noiseParameter(String id) {
    for (Parameter parameter : known(id).parameters()) {
      if (parameter.name().equals("noise") || parameter.name().equals("spread")) {
        return Optional.of(parameter.name());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the smallest and largest values a parameter allows, for sliders.
   *
   * @param id a generator id from {@link #ids()}
   * @param parameter one of its parameter names
   * @return {min, max}
   * @throws IllegalArgumentException if the id or parameter is unknown
   */
  public static double[] range(String id, String parameter) {
    for (Parameter p : known(id).parameters()) {
      if (p.name().equals(parameter)) {
        return new double[] {p.min(), p.max()};
      }
    }
    throw new IllegalArgumentException("no parameter " + parameter + " in " + id);
  }

  /**
   * Generates a data set.
   *
   * @param id a generator id from {@link #ids()}
   * @param params parameter values by name; missing ones take their defaults
   * @return the data set, normalised into [-1, 1]³
   * @throws DataException if the id or a parameter name is unknown, or a value is missing, not
   *     finite, not whole where it must be or out of range; the message names it and lists what is
   *     allowed
   */
  public static Dataset generate(String id, Map<String, ? extends Number> params)
      throws DataException {
    return generate(id, params, 0);
  }

  /**
   * Generates a data set with held-out test points: besides the {@code points} training points per
   * class, {@link HeldOut#testCount} test points per class drawn afresh from the same shapes. The
   * training points are the same whatever the share.
   *
   * @param id a generator id from {@link #ids()}
   * @param params parameter values by name; missing ones take their defaults
   * @param testShare the share of all points held out, from 0 to {@link HeldOut#MAX_SHARE}
   * @return the data set, normalised into [-1, 1]³
   * @throws DataException as {@link #generate(String, Map)}, and if the share is out of range or
   *     the data set would have more than {@link CsvImport#MAX_ROWS} points in all
   */
  public static Dataset generate(String id, Map<String, ? extends Number> params, double testShare)
      throws DataException {
    Generator generator = ALL.get(id);
    if (generator == null) {
      throw new DataException(
          "unknown data set \"" + id + "\"; the data sets are: " + String.join(", ", ALL.keySet()));
    }
    Parameters values = Parameters.check(id, generator.parameters(), params);
    return generator.generate(values, testPerClass(id, values, testShare));
  }

  private static int testPerClass(String id, Parameters values, double testShare)
      throws DataException {
    long points = values.whole("points");
    long test = HeldOut.testCount(points, checkedShare(testShare));
    long total = (points + test) * classes(values);
    if (total > CsvImport.MAX_ROWS) {
      throw new DataException(
          String.format(
              "data set \"%s\": %,d training and %,d test points for each of %d classes make"
                  + " %,d points in all; a data set may have at most %,d",
              id, points, test, classes(values), total, CsvImport.MAX_ROWS));
    }
    return (int) test;
  }

  private static int classes(Parameters values) {
    return values.has("classes") ? values.whole("classes") : 2;
  }

  private static double checkedShare(double testShare) throws DataException {
    if (!HeldOut.allowed(testShare)) {
      throw new DataException(
          "the test share is "
              + testShare
              + ", but it must be a number from 0 to "
              + HeldOut.MAX_SHARE);
    }
    return testShare;
  }

  /**
   * Checks parameters without generating anything: the same messages as {@link #generate}.
   *
   * @throws DataException for an unknown id or parameter, or a value out of range
   */
  public static void check(String id, Map<String, ? extends Number> params) throws DataException {
    Generator generator = ALL.get(id);
    if (generator == null) {
      throw new DataException(
          "unknown data set \"" + id + "\"; the data sets are: " + String.join(", ", ALL.keySet()));
    }
    Parameters.check(id, generator.parameters(), params);
  }

  private static Generator known(String id) {
    Generator generator = ALL.get(id);
    if (generator == null) {
      throw new IllegalArgumentException(
          "unknown data set " + id + "; the data sets are: " + String.join(", ", ALL.keySet()));
    }
    return generator;
  }
}
