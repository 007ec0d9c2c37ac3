package org.uncrumple.app;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.uncrumple.app.actions.Actions;

/**
 * Space, the arrows, Home, End and ? (the actions' keys past their accelerators) work wherever the
 * focus is, so the window handles them before the controls see them — except where a focused
 * control needs the key itself: Space presses a focused button or opens a choice box, and a focused
 * slider other than the tour's own keeps its arrows. Esc lets a followed point go.
 *
 * <p>An event filter on the window's root; FX thread only.
 */
final class OtherKeys implements EventHandler<KeyEvent> {
  private final Actions actions;
  private final Slider tourSlider;
  private final PointFollower follower;
  private final Following following;

  OtherKeys(Actions actions, Slider tourSlider, PointFollower follower, Following following) {
    this.actions = actions;
    this.tourSlider = tourSlider;
    this.follower = follower;
    this.following = following;
  }

  @Override
  public void handle(KeyEvent event) {
    if (event.isConsumed() || event.isShortcutDown() || event.isAltDown()) {
      return;
    }
    KeyCode code = event.getCode();
    Node source = event.getSource() instanceof Node node ? node : null;
    Node focus =
        source == null || source.getScene() == null ? null : source.getScene().getFocusOwner();
    boolean controlOwnsKey =
        event.getEventType() == KeyEvent.KEY_PRESSED
            && (code == KeyCode.SPACE
                ? focus instanceof ButtonBase || focus instanceof ChoiceBox
                : focus instanceof Slider && focus != tourSlider);
    if (controlOwnsKey) {
      return;
    }
    if (code == KeyCode.ESCAPE && follower.isFollowing()) {
      following.stop();
      event.consume();
      return;
    }
    actions
        .forOtherKey(event)
        .ifPresent(
            action -> {
              action.run().run();
              event.consume();
            });
  }
}
