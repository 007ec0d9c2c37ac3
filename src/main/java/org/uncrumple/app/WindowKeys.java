package org.uncrumple.app;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.uncrumple.app.actions.Actions;

/**
 * Space, the arrows, Home, End and ? (the actions' keys past their accelerators) work wherever the
 * focus is, so they are handled before the controls see them — except where a focused control needs
 * the key itself: Space presses a focused button or opens a choice box, and a focused slider other
 * than the tour's own keeps its arrows. Esc stops following a point.
 *
 * <p>FX thread only.
 */
final class WindowKeys {
  private final MainWindow window;
  private final Following following;

  WindowKeys(MainWindow window, Following following) {
    this.window = window;
    this.following = following;
  }

  /** Listens on the window for key presses and typed keys, before its controls do. */
  void install() {
    window.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    window.addEventFilter(KeyEvent.KEY_TYPED, this::key);
  }

  private void key(KeyEvent event) {
    if (event.isConsumed() || event.isShortcutDown() || event.isAltDown()) {
      return;
    }
    KeyCode code = event.getCode();
    Node focus = window.getScene() == null ? null : window.getScene().getFocusOwner();
    boolean controlOwnsKey =
        event.getEventType() == KeyEvent.KEY_PRESSED
            && (code == KeyCode.SPACE
                ? focus instanceof ButtonBase || focus instanceof ChoiceBox
                : focus instanceof Slider && focus != window.tour.slider);
    if (controlOwnsKey) {
      return;
    }
    if (event.getCode() == KeyCode.ESCAPE && window.follower.isFollowing()) {
      following.stop();
      event.consume();
      return;
    }
    Actions actions = window.actions;
    actions
        .forOtherKey(event)
        .ifPresent(
            action -> {
              action.run().run();
              event.consume();
            });
  }
}
