package org.uncrumple.app.actions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Control;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The table of everything the window lets a user do, in the order the menus show it. The menus, the
 * tooltips of the buttons that do the same, the help overlay and the README's table of keys are all
 * made from it, so they cannot disagree.
 *
 * <p>Adding an action is one line: {@code add(Group.VIEW, "Show _sheets", "H", "Draw each class's
 * sheet as a surface", viewport::toggleSheets)}, or for something that is on or off {@code
 * toggle(Group.VIEW, "Show _sheets", "H", "Draw each class's sheet as a surface", sheetsProperty)}.
 * FX thread only.
 */
public final class Actions {
  /** Where an action is listed: a menu, or only the help (keys without a menu of their own). */
  public enum Group {
    FILE("_File", "File"),
    TOUR("_Tour", "Tour"),
    TRAINING("T_raining", "Training"),
    VIEW("_View", "View"),
    LESSONS("_Lessons", "Lessons"),
    HELP("_Help", "Help"),
    PRESENTER(null, "In presenter mode (a clicker sends these)");

    private final String menuText;
    private final String heading;

    Group(String menuText, String heading) {
      this.menuText = menuText;
      this.heading = heading;
    }

    /** The heading of this group in the help and the README. */
    public String heading() {
      return heading;
    }

    boolean hasMenu() {
      return menuText != null;
    }
  }

  private final List<Action> actions = new ArrayList<>();
  private final Map<Group, List<MenuItem>> menuItems = new EnumMap<>(Group.class);

  /**
   * Adds a command. {@code keys} are key combination names ({@code "Shortcut+O"}, {@code "P"},
   * {@code "Page_Down"}); the first is the menu accelerator, the others work too (see {@link
   * Action}).
   */
  public Action add(Group group, String text, String keys, String description, Runnable run) {
    return add(group, text, keys, description, run, new String[0]);
  }

  /** Adds a command that also answers to {@code otherKeys}, which the window matches itself. */
  public Action add(
      Group group,
      String text,
      String keys,
      String description,
      Runnable run,
      String... otherKeys) {
    Action action = new Action(group, text, combinations(keys, otherKeys), description, run, null);
    actions.add(action);
    if (group.hasMenu()) {
      MenuItem item = new MenuItem(text);
      item.setAccelerator(action.accelerator());
      item.setOnAction(e -> run.run());
      items(group).add(item);
    }
    return action;
  }

  /** Adds an on/off setting: a check box in the menu, flipped by its key. */
  public Action toggle(
      Group group, String text, String keys, String description, BooleanProperty state) {
    Action action =
        new Action(
            group,
            text,
            combinations(keys, new String[0]),
            description,
            () -> state.set(!state.get()),
            state);
    actions.add(action);
    CheckMenuItem item = new CheckMenuItem(text);
    item.setAccelerator(action.accelerator());
    item.selectedProperty().bindBidirectional(state);
    items(group).add(item);
    return action;
  }

  /**
   * Adds one of several ways of which exactly one is chosen: a radio item in the menu, in {@code
   * choices} with the others, and its key chooses it. {@code chosen} is true while it is the one.
   */
  public Action choice(
      Group group,
      String text,
      String keys,
      String description,
      ToggleGroup choices,
      BooleanProperty chosen) {
    Action action =
        new Action(
            group,
            text,
            combinations(keys, new String[0]),
            description,
            () -> chosen.set(true),
            chosen);
    actions.add(action);
    RadioMenuItem item = new RadioMenuItem(text);
    item.setToggleGroup(choices);
    item.setAccelerator(action.accelerator());
    item.selectedProperty().bindBidirectional(chosen);
    items(group).add(item);
    return action;
  }

  /** Adds actions that have keys but no menu item (the presenter's clicker keys). */
  public void addAll(List<Action> keyOnly) {
    actions.addAll(keyOnly);
  }

  /** A line between two parts of a menu. */
  public void separator(Group group) {
    items(group).add(new SeparatorMenuItem());
  }

  /** A submenu of items that are not actions of their own (one per recent file). */
  public void submenu(Group group, Menu menu) {
    items(group).add(menu);
  }

  /** Every action, in table order. */
  public List<Action> all() {
    return List.copyOf(actions);
  }

  /** The menu bar: one menu per group that has one, in group order. */
  public MenuBar menuBar() {
    MenuBar bar = new MenuBar();
    for (Group group : Group.values()) {
      if (group.hasMenu() && menuItems.containsKey(group)) {
        Menu menu = new Menu(group.menuText);
        menu.getItems().setAll(menuItems.get(group));
        bar.getMenus().add(menu);
      }
    }
    bar.setUseSystemMenuBar(true);
    return bar;
  }

  /** Gives a control that does the same as {@code action} its description and keys as tooltip. */
  public static void explain(Control control, Action action) {
    control.setTooltip(new Tooltip(action.tooltipText()));
  }

  /** The action one of whose keys past the accelerator is {@code event}, if any. */
  public Optional<Action> forOtherKey(KeyEvent event) {
    return actions.stream()
        .filter(a -> a.group() != Group.PRESENTER && a.matchesOtherKey(event))
        .findFirst();
  }

  /**
   * The table as Markdown, for the README: one section per group with a row per action, keys
   * written as on Linux and Windows.
   */
  public String markdown() {
    StringBuilder text = new StringBuilder();
    for (Group group : Group.values()) {
      List<Action> rows = actions.stream().filter(a -> a.group() == group).toList();
      if (rows.isEmpty()) {
        continue;
      }
      text.append("| ").append(group.heading()).append(" | keys |\n|---|---|\n");
      for (Action action : rows) {
        text.append("| ")
            .append(action.description())
            .append(" | ")
            .append(action.keysText("Ctrl"))
            .append(" |\n");
      }
      text.append('\n');
    }
    return text.toString().strip() + "\n";
  }

  private List<MenuItem> items(Group group) {
    if (!group.hasMenu()) {
      throw new IllegalArgumentException(group + " has no menu");
    }
    return menuItems.computeIfAbsent(group, g -> new ArrayList<>());
  }

  public static List<KeyCombination> combinations(String keys, String[] otherKeys) {
    List<KeyCombination> all = new ArrayList<>();
    all.add(KeyCombination.keyCombination(keys));
    for (String other : otherKeys) {
      all.add(KeyCombination.keyCombination(other));
    }
    return all;
  }
}
