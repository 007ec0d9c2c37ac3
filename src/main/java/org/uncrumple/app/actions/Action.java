package org.uncrumple.app.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * One thing the user can do: where it is listed, its menu text, its keys, what it does in words
 * (for tooltips and the help overlay) and in code. An action with a {@code state} is a toggle: its
 * menu item is a check box bound to that property and running it flips the property.
 *
 * @param text the menu text; an underscore marks the mnemonic ("_Play or pause")
 * @param keys the menu accelerator first, then keys that do the same without being accelerators
 *     (the arrows, Space): the window matches those itself, so a focused control can keep a key
 * @param state the property a toggle flips, or null for a plain command
 */
public record Action(
    Actions.Group group,
    String text,
    List<KeyCombination> keys,
    String description,
    Runnable run,
    BooleanProperty state) {

  public Action {
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException(text + ": every action has a key");
    }
    for (KeyCombination key : keys) {
      // An unknown key name ("Page_Down") parses as a character that no keyboard types.
      if (key instanceof KeyCharacterCombination
          && ((KeyCharacterCombination) key).getCharacter().length() != 1) {
        throw new IllegalArgumentException(
            text + ": no key is called " + key.getName() + " (write \"Page Down\", \"Esc\")");
      }
    }
  }

  /** The menu text without its mnemonic mark: "Play or pause". */
  public String name() {
    return text.replace("_", "");
  }

  /** The key that stands in the menu. */
  KeyCombination accelerator() {
    return keys.get(0);
  }

  /** The keys past the accelerator, which the window matches itself. */
  List<KeyCombination> otherKeys() {
    return keys.subList(1, keys.size());
  }

  /** Every key as the help and the tooltips show it: "P, Space". */
  public String keysText() {
    return keysText(shortcutName());
  }

  /**
   * Every key, with the shortcut modifier written as {@code shortcut} ("Ctrl" for the README on
   * every platform).
   */
  public String keysText(String shortcut) {
    List<String> names = new ArrayList<>();
    for (KeyCombination key : keys) {
      names.add(display(key, shortcut));
    }
    return String.join(", ", names);
  }

  /** The tooltip of a control that does this: "Play the tour from input to output (P, Space)". */
  String tooltipText() {
    return description + " (" + keysText() + ")";
  }

  /** Whether {@code event} is one of the keys past the accelerator. */
  boolean matchesOtherKey(KeyEvent event) {
    for (KeyCombination key : otherKeys()) {
      if (matches(key, event)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code event} is any of this action's keys. */
  public boolean matchesAnyKey(KeyEvent event) {
    for (KeyCombination key : keys) {
      if (matches(key, event)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A character key ("?") is matched on the typed character, whatever the keyboard layout needs to
   * type it; a key code on the press.
   */
  private static boolean matches(KeyCombination key, KeyEvent event) {
    if (key instanceof KeyCharacterCombination) {
      return event.getEventType() == KeyEvent.KEY_TYPED
          && ((KeyCharacterCombination) key).getCharacter().equals(event.getCharacter());
    }
    return event.getEventType() == KeyEvent.KEY_PRESSED && key.match(event);
  }

  static String display(KeyCombination key, String shortcut) {
    StringBuilder text = new StringBuilder();
    if (key.getShortcut() == KeyCombination.ModifierValue.DOWN) {
      text.append(shortcut).append('+');
    }
    if (key.getControl() == KeyCombination.ModifierValue.DOWN) {
      text.append("Ctrl+");
    }
    if (key.getAlt() == KeyCombination.ModifierValue.DOWN) {
      text.append("Alt+");
    }
    if (key.getShift() == KeyCombination.ModifierValue.DOWN) {
      text.append("Shift+");
    }
    if (key instanceof KeyCodeCombination) {
      text.append(name(((KeyCodeCombination) key).getCode()));
    } else {
      text.append(((KeyCharacterCombination) key).getCharacter());
    }
    return text.toString();
  }

  private static String name(KeyCode code) {
    switch (code) {
      case RIGHT:
        return "→";
      case LEFT:
        return "←";
      case UP:
        return "↑";
      case DOWN:
        return "↓";
      default:
        return code.getName();
    }
  }

  private static String shortcutName() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")
        ? "Cmd"
        : "Ctrl";
  }
}
