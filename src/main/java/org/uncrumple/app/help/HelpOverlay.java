package org.uncrumple.app.help;

import java.util.List;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.uncrumple.app.actions.Action;
import org.uncrumple.app.actions.Actions;

/**
 * Every key of the window, grouped as in the menus, on a card over the 3D view. It opens with F1 or
 * ?, and Esc, F1 or a click closes it. FX thread only.
 *
 * <p>Its Esc is a filter on the scene, which sees keys before any filter on the window's root: with
 * presenter mode on too, Esc closes this overlay first.
 */
public final class HelpOverlay extends StackPane {
  private final FlowPane groups = new FlowPane();
  private double groupsWidth = Double.MAX_VALUE;
  private final EventHandler<KeyEvent> escape = this::escape;

  public HelpOverlay() {
    getStyleClass().add("help-overlay");
    Label title = new Label("Keyboard shortcuts");
    title.getStyleClass().add("help-title");
    Label hint = new Label("Esc, F1 or a click closes this");
    hint.getStyleClass().add("help-hint");
    hint.setWrapText(true);
    groups.getStyleClass().add("help-groups");
    ScrollPane scroll = new ScrollPane(groups);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("help-scroll");
    // A group is never wider than the card: its descriptions wrap instead of running out of view.
    scroll
        .viewportBoundsProperty()
        .addListener((o, before, bounds) -> fitGroups(bounds.getWidth()));
    VBox.setVgrow(scroll, Priority.ALWAYS);
    VBox card = new VBox(title, scroll, hint);
    card.getStyleClass().add("help-card");
    card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    StackPane.setAlignment(card, Pos.CENTER);
    getChildren().add(card);
    setVisible(false);
    setOnMouseClicked(e -> close());
    sceneProperty()
        .addListener(
            (o, before, after) -> {
              if (before != null) {
                before.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
              }
              if (after != null) {
                after.addEventFilter(KeyEvent.KEY_PRESSED, escape);
              }
            });
  }

  /** Lists {@code actions}, one group after another, in the order given. */
  public void list(List<Action> actions) {
    groups.getChildren().clear();
    for (Actions.Group group : Actions.Group.values()) {
      List<Action> rows = actions.stream().filter(a -> a.group() == group).toList();
      if (!rows.isEmpty()) {
        groups.getChildren().add(group(group.heading(), rows));
      }
    }
    fitGroups(groupsWidth);
  }

  private void fitGroups(double width) {
    groupsWidth = width > 0 ? width : Double.MAX_VALUE;
    groups.getChildren().forEach(g -> ((Region) g).setMaxWidth(groupsWidth));
  }

  public void toggle() {
    if (isVisible()) {
      close();
    } else {
      open();
    }
  }

  public void open() {
    setVisible(true);
    toFront();
  }

  public void close() {
    setVisible(false);
  }

  /** The texts shown, for tests: every heading, key and description. */
  public List<String> texts() {
    return groups.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
  }

  private static VBox group(String heading, List<Action> actions) {
    Label title = new Label(heading);
    title.getStyleClass().add("help-group-title");
    title.setWrapText(true);
    VBox box = new VBox(title);
    for (Action action : actions) {
      Label keys = new Label(action.keysText());
      keys.getStyleClass().add("help-keys");
      keys.setWrapText(true);
      Label description = new Label(action.description());
      description.setWrapText(true);
      description.getStyleClass().add("help-description");
      HBox.setHgrow(description, Priority.ALWAYS);
      HBox row = new HBox(keys, description);
      row.getStyleClass().add("help-row");
      box.getChildren().add(row);
    }
    box.getStyleClass().add("help-group");
    return box;
  }

  private void escape(KeyEvent event) {
    if (isVisible() && event.getCode() == KeyCode.ESCAPE) {
      close();
      event.consume();
    }
  }
}
