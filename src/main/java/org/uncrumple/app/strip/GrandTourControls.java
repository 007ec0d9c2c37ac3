package org.uncrumple.app.strip;

import static org.uncrumple.app.actions.Actions.Group.VIEW;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.uncrumple.app.actions.Action;
import org.uncrumple.app.actions.Actions;
import org.uncrumple.geometry.TourPlayer;
import org.uncrumple.view.TourProjection;

/**
 * View › Projection, main directions or grand tour, and the grand tour's small controls over the
 * bottom right of the view: pause and speed, shown only while the tour turns the picture. Tab
 * reaches them; their keys work anywhere.
 *
 * <p>FX thread only.
 */
public final class GrandTourControls extends HBox {
  /** The fastest the slider turns the view, in radians a second. */
  static final double SLIDER_MAX = 2;

  public final Button pause = new Button("Pause");
  public final Slider speed = new Slider(0.02, SLIDER_MAX, TourPlayer.DEFAULT_SPEED);
  private final Label title = new Label("Grand tour");
  private final TourProjection tour;
  private final BooleanProperty mainDirections = new SimpleBooleanProperty(this, "main", true);

  public GrandTourControls(TourProjection tour) {
    this.tour = tour;
    getStyleClass().add("grand-tour-controls");
    setId("grand-tour-controls");
    setAlignment(Pos.CENTER_RIGHT);
    setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    pause.setId("grand-tour-pause");
    speed.setId("grand-tour-speed");
    speed.setPrefWidth(140);
    speed.valueProperty().bindBidirectional(tour.speedProperty());
    pause
        .textProperty()
        .bind(Bindings.when(tour.playingProperty()).then("Pause").otherwise("Play"));
    pause
        .graphicProperty()
        .bind(
            Bindings.when(tour.playingProperty())
                .then(new FontIcon(MaterialDesignP.PAUSE))
                .otherwise(new FontIcon(MaterialDesignP.PLAY)));
    pause.setOnAction(e -> togglePlaying());
    getChildren().addAll(title, pause, speed);
    visibleProperty().bind(tour.turningProperty());
    managedProperty().bind(visibleProperty());
    mainDirections.addListener((o, before, after) -> tour.grandTourProperty().set(!after));
    tour.grandTourProperty().addListener((o, before, after) -> mainDirections.set(!after));
  }

  /** Adds View › Main directions and Grand tour, and the tour's pause and speed keys. */
  public void addActions(Actions table) {
    table.separator(VIEW);
    ToggleGroup projection = new ToggleGroup();
    table.choice(
        VIEW,
        "_Main directions",
        "M",
        "See a stage wider than three along its three main directions (PCA)",
        projection,
        mainDirections);
    table.choice(
        VIEW,
        "Grand _tour",
        "U",
        "See a stage wider than three through a slowly turning grand tour of all its directions",
        projection,
        tour.grandTourProperty());
    Action playing =
        table.add(
            VIEW,
            "Pause or play the grand tour",
            "Shift+U",
            "Pause or play the grand tour",
            this::togglePlaying);
    Action faster =
        table.add(
            VIEW,
            "Grand tour faster",
            "Close Bracket",
            "Turn the grand tour faster",
            () -> scaleSpeed(1.5));
    Action slower =
        table.add(
            VIEW,
            "Grand tour slower",
            "Open Bracket",
            "Turn the grand tour slower",
            () -> scaleSpeed(1 / 1.5));
    Actions.explain(pause, playing);
    speed.setTooltip(
        new Tooltip(
            "How fast the grand tour turns, in radians a second ("
                + faster.keysText()
                + " faster, "
                + slower.keysText()
                + " slower)"));
  }

  private void togglePlaying() {
    tour.playingProperty().set(!tour.playingProperty().get());
  }

  private void scaleSpeed(double factor) {
    speed.setValue(Math.max(speed.getMin(), Math.min(speed.getMax(), speed.getValue() * factor)));
  }
}
