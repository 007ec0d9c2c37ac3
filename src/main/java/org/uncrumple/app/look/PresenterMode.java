package org.uncrumple.app.look;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.uncrumple.app.actions.Action;
import org.uncrumple.app.actions.Actions;
import org.uncrumple.app.model.StageNavigator;

/**
 * Presenter mode, for a projector and a clicker: full screen, large type and strong contrast, and
 * only the 3D view, the network strip and the caption on screen; the menus, the tour controls and
 * the training panel are hidden. A clicker's keys (Page Down and Page Up, the arrows, Space) step
 * through the tour whatever has the focus, F5 plays it, and Esc leaves.
 *
 * <p>The look comes from the {@code :presenter} pseudo-class on the window's root (explorer.css).
 * Hidden controls stay in the scene, so the menus' keys keep working. The clicker's keys are a
 * filter on the root, registered before the window's own key filter. FX thread only.
 */
public final class PresenterMode {
  public static final PseudoClass PRESENTER = PseudoClass.getPseudoClass("presenter");

  private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
  private final Node root;
  private final List<Node> hidden = new ArrayList<>();
  private final List<Action> keys;
  private final ChangeListener<Boolean> fullScreenLeft =
      (o, before, after) -> {
        if (!after) {
          active.set(false);
        }
      };
  private Stage stage;
  private KeyCombination exitKeys;

  /**
   * @param root the window's root, which takes the look and the keys
   */
  public PresenterMode(Node root, StageNavigator navigator) {
    this.root = root;
    keys =
        List.of(
            key("Next step", "Next step", navigator::stepForward, "Page Down", "Right", "Space"),
            key("Previous step", "Previous step", navigator::stepBack, "Page Up", "Left"),
            key("Input", "Go to the input", navigator::first, "Home"),
            key("Output", "Go to the output", navigator::last, "End"),
            key("Play or pause", "Play or pause the tour", navigator::togglePlay, "F5"),
            key("Leave", "Leave presenter mode", () -> active.set(false), "Esc"));
    active.addListener((o, before, after) -> apply(after));
    root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
  }

  /** Hides {@code nodes} while presenting (they stay in the scene, so their keys still work). */
  public void hideWhilePresenting(Node... nodes) {
    hidden.addAll(List.of(nodes));
  }

  /** True while presenting. */
  public BooleanProperty activeProperty() {
    return active;
  }

  public boolean isActive() {
    return active.get();
  }

  /** The clicker's keys, for the help and the README. */
  public List<Action> keys() {
    return keys;
  }

  private void apply(boolean on) {
    root.pseudoClassStateChanged(PRESENTER, on);
    for (Node node : hidden) {
      node.setVisible(!on);
      node.setManaged(!on);
    }
    if (on && root.getScene() != null) {
      // Hiding the focused control leaves no focus owner, and keys would then go to the scene
      // alone, past the root's filters; the root itself takes the focus instead.
      root.requestFocus();
    }
    Window window = root.getScene() == null ? null : root.getScene().getWindow();
    if (on && window instanceof Stage) {
      stage = (Stage) window;
      stage.setFullScreenExitHint("Esc leaves presenter mode · F1 lists the keys");
      // Esc is one of the keys here, so that it can close the help first.
      exitKeys = stage.getFullScreenExitKeyCombination();
      stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
      stage.setFullScreen(true);
      stage.fullScreenProperty().addListener(fullScreenLeft);
    } else if (!on && stage != null) {
      stage.fullScreenProperty().removeListener(fullScreenLeft);
      stage.setFullScreen(false);
      stage.setFullScreenExitKeyCombination(exitKeys);
      stage = null;
    }
  }

  /**
   * Taken before any control sees it (a filter on the root), so a focused button or slider cannot
   * keep a clicker's key; a key something else already used (the help's Esc) is left alone.
   */
  private void key(KeyEvent event) {
    if (!active.get() || event.isConsumed()) {
      return;
    }
    for (Action action : keys) {
      if (action.matchesAnyKey(event)) {
        action.run().run();
        event.consume();
        return;
      }
    }
  }

  private static Action key(
      String name, String description, Runnable run, String keys, String... otherKeys) {
    return new Action(
        Actions.Group.PRESENTER,
        name,
        Actions.combinations(keys, otherKeys),
        description,
        run,
        null);
  }
}
