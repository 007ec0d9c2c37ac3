package org.uncrumple.data;

import java.util.List;

/** One kind of generated data set; {@link Generators} lists them and checks their parameters. */
interface Generator {
  /**
   * Returns the id users name the data set by.
   *
   * @return for example "paper-ball"
   */
  String id();

  /**
   * Describes the data set in one plain sentence for learners.
   *
   * @return the sentence
   */
  String description();

  /**
   * Lists the parameters in the order they are documented, "seed" last.
   *
   * @return the parameters
   */
  List<Parameter> parameters();

  /**
   * Generates the data set.
   *
   * @param values checked parameter values
   * @return the data set, normalised into [-1, 1]³
   */
  Dataset generate(Parameters values);
}
