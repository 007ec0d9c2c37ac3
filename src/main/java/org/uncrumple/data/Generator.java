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
   * Generates the data set: {@code points} training points per class as the parameters say, and
   * besides them {@code testPerClass} held-out test points per class, drawn from the same shapes
   * with {@link HeldOut#testRng} so that the training points do not depend on them.
   *
   * @param values checked parameter values
   * @param testPerClass test points to draw per class, 0 or more
   * @return the data set, normalised into [-1, 1]³ (the test points with the same normalisation)
   */
  Dataset generate(Parameters values, int testPerClass);
}
