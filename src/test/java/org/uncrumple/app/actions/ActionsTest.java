package org.uncrumple.app.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.app.actions.Actions.Group.HELP;
import static org.uncrumple.app.actions.Actions.Group.TOUR;
import static org.uncrumple.app.actions.Actions.Group.VIEW;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

class ActionsTest {
  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void aToggleIsACheckMenuItemThatFollowsItsPropertyBothWays() {
    BooleanProperty sheets = new SimpleBooleanProperty(false);
    CheckMenuItem item =
        onFx(
            () -> {
              Actions table = new Actions();
              table.toggle(VIEW, "Show _sheets", "H", "Draw the sheets", sheets);
              MenuBar bar = table.menuBar();
              return (CheckMenuItem) bar.getMenus().get(0).getItems().get(0);
            });

    assertEquals(KeyCombination.keyCombination("H"), item.getAccelerator());
    runFx(() -> item.setSelected(true));
    assertTrue(sheets.get(), "the property after ticking the item");
    runFx(() -> sheets.set(false));
    assertFalse(item.isSelected(), "the item after clearing the property");
  }

  @Test
  void menusComeInGroupOrderWhateverTheOrderOfAdding() {
    List<String> menus =
        onFx(
            () -> {
              Actions table = new Actions();
              table.add(HELP, "_Keys", "F1", "Keys", () -> {});
              table.add(TOUR, "_Play", "P", "Play", () -> {});
              return table.menuBar().getMenus().stream().map(Menu::getText).toList();
            });

    assertEquals(List.of("_Tour", "_Help"), menus);
  }

  @Test
  void otherKeysRunTheirActionButTheAcceleratorIsLeftToTheMenu() {
    List<String> ran = new ArrayList<>();
    Actions table =
        onFx(
            () -> {
              Actions made = new Actions();
              made.add(TOUR, "_Next", "Page Down", "Next", () -> ran.add("next"), "Right");
              made.add(HELP, "_Keys", "F1", "Keys", () -> ran.add("keys"), "?");
              return made;
            });

    assertTrue(table.forOtherKey(pressed(KeyCode.RIGHT)).isPresent(), "→");
    assertFalse(table.forOtherKey(pressed(KeyCode.PAGE_DOWN)).isPresent(), "Page Down");
    assertEquals("Keys", table.forOtherKey(typed("?")).orElseThrow().description());
    assertFalse(table.forOtherKey(pressed(KeyCode.SLASH)).isPresent(), "/ pressed");
  }

  @Test
  void anUnknownKeyNameIsRefused() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Actions().add(TOUR, "_Next", "Page_Down", "Next", () -> {}));

    assertTrue(refused.getMessage().contains("Page_Down"), refused.getMessage());
  }

  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource({
    "Shortcut+Shift+S, Ctrl+Shift+S",
    "Page Down, Page Down",
    "Right, →",
    "Esc, Esc",
    "?, ?",
    "F11, F11"
  })
  void keysReadAsOnTheKeyboard(String name, String shown) {
    assertEquals(shown, Action.display(KeyCombination.keyCombination(name), "Ctrl"));
  }

  @Test
  void theMarkdownHasATablePerGroupWithEveryKey() {
    String markdown =
        onFx(
            () -> {
              Actions table = new Actions();
              table.add(TOUR, "_Play", "P", "Play or pause the tour", () -> {}, "Space");
              table.add(HELP, "_Keys", "F1", "Show the keys", () -> {});
              return table.markdown();
            });

    assertEquals(
        "| Tour | keys |\n|---|---|\n| Play or pause the tour | P, Space |\n\n"
            + "| Help | keys |\n|---|---|\n| Show the keys | F1 |\n",
        markdown);
  }

  private static KeyEvent pressed(KeyCode code) {
    return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
  }

  private static KeyEvent typed(String character) {
    return new KeyEvent(
        KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, true, false, false, false);
  }
}
