package org.uncrumple.scene;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the 3D view draws, each carried through every stage of the network in the same way. A scene
 * file lists them under {@code view.show}; the window's View menu toggles them; {@code uncrumple
 * export --show} chooses them for a film.
 */
public enum Show {
  /** The data points, one dot each in its class colour. */
  POINTS("the data points, one dot each in its class colour"),
  /** The surfaces the points were sampled from, for data sets that have them. */
  SHEETS("the paper itself: each class's surface as a see-through sheet"),
  /** A 9 × 9 × 9 lattice of lines filling the cube around the data. */
  LATTICE("a lattice of lines filling the space around the data, to see how all of space moves"),
  /** Where the network changes its mind, carried back to every stage. */
  SURFACE("the decision surface: where the network changes its mind, at every stage"),
  /** Grey probe points off the paper, where the network never saw an example. */
  PROBES("grey probe points off the paper, where no example was: the network answers there too"),
  /** The held-out test points, which the network never trains on, drawn as outlined diamonds. */
  TEST_POINTS(
      "the held-out test points, which the network never learns from, as outlined diamonds in their"
          + " class colour");

  /** What a scene shows when it says nothing: the points. */
  public static final Set<Show> DEFAULT = Set.of(POINTS);

  private final String meaning;

  Show(String meaning) {
    this.meaning = meaning;
  }

  /** The name in scene files and on the command line: {@code points}, {@code sheets}, … */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** One line for docs and help. */
  public String meaning() {
    return meaning;
  }

  /** The kind with this {@link #id()}, or null. */
  public static Show fromId(String id) {
    for (Show show : values()) {
      if (show.id().equals(id)) {
        return show;
      }
    }
    return null;
  }

  /** All ids, in order, for messages. */
  public static Set<String> ids() {
    return EnumSet.allOf(Show.class).stream()
        .map(Show::id)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
