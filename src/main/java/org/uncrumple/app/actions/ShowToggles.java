package org.uncrumple.app.actions;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.uncrumple.scene.Show;

/**
 * What the view draws, one switch per {@link Show}, with the View menu's words and keys for them
 * (the window's action table makes the menu items). FX thread only.
 */
public final class ShowToggles {
  /** The keys that toggle each kind, shown in the menu. */
  public static final Map<Show, String> KEYS =
      Map.of(
          Show.POINTS, "Shift+P",
          Show.SHEETS, "H",
          Show.LATTICE, "G",
          Show.SURFACE, "B",
          Show.PROBES, "Shift+O",
          Show.TEST_POINTS, "Shift+T");

  /** The menu's words for each kind. */
  public static final Map<Show, String> LABELS =
      Map.of(
          Show.POINTS,
          "_Points",
          Show.SHEETS,
          "S_heets of paper",
          Show.LATTICE,
          "_Grid lattice",
          Show.SURFACE,
          "_Decision surface",
          Show.PROBES,
          "Probes _off the paper",
          Show.TEST_POINTS,
          "_Test points");

  private final Map<Show, BooleanProperty> switches = new EnumMap<>(Show.class);

  public ShowToggles() {
    for (Show show : Show.values()) {
      switches.put(show, new SimpleBooleanProperty(this, show.id(), Show.DEFAULT.contains(show)));
    }
  }

  public BooleanProperty property(Show show) {
    return switches.get(show);
  }

  /** What is switched on now, in {@link Show} order. */
  public Set<Show> current() {
    EnumSet<Show> on = EnumSet.noneOf(Show.class);
    switches.forEach(
        (show, property) -> {
          if (property.get()) {
            on.add(show);
          }
        });
    return Collections.unmodifiableSet(on);
  }

  /** Switches on exactly {@code on}. */
  public void set(Set<Show> on) {
    switches.forEach((show, property) -> property.set(on.contains(show)));
  }

  void toggle(Show show) {
    switches.get(show).set(!switches.get(show).get());
  }

  /** Called whenever any switch changes. */
  public void addListener(InvalidationListener listener) {
    switches.values().forEach(p -> p.addListener(listener));
  }
}
