package org.uncrumple.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    Generator generator = ALL.get(id);
    if (generator == null) {
      throw new DataException(
          "unknown data set \"" + id + "\"; the data sets are: " + String.join(", ", ALL.keySet()));
    }
    return generator.generate(Parameters.check(id, generator.parameters(), params));
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
