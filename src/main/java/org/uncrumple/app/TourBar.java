package org.uncrumple.app;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The bottom bar: the caption of the current step, a slider that scrubs through all stages, the
 * play button with its speed and loop, and the auto-rotate toggle.
 */
final class TourBar extends VBox {
  final Label caption = new Label();
  final Slider slider = new Slider(0, 1, 0);
  final Button play = new Button("Play");
  final ChoiceBox<Double> speed = new ChoiceBox<>();
  final CheckBox loop = new CheckBox("Loop");
  final CheckBox rotate = new CheckBox("Rotate view");
  final Button picture = new Button("Save picture");
  private final javafx.beans.property.ObjectProperty<Double> speedValue;
  private boolean following;

  TourBar(StageNavigator navigator, Viewport viewport) {
    getStyleClass().add("tour-bar");
    caption.getStyleClass().add("caption");
    caption.setWrapText(true);
    caption.setMaxWidth(Double.MAX_VALUE);
    slider.setMajorTickUnit(1);
    slider.setMinorTickCount(0);
    slider.setShowTickMarks(true);
    slider.setTooltip(new Tooltip("Drag to move through the stages"));
    HBox.setHgrow(slider, Priority.ALWAYS);
    play.setTooltip(new Tooltip("Play the tour from input to output (Space)"));
    speed.getItems().setAll(0.5, 1.0, 2.0, 4.0);
    speed.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Double value) {
            return value == null
                ? ""
                : (value == 0.5 ? "½" : String.valueOf(value.intValue())) + " step/s";
          }

          @Override
          public Double fromString(String text) {
            throw new UnsupportedOperationException("speeds are picked, not typed");
          }
        });
    speed.setTooltip(new Tooltip("Tour speed: steps per second"));
    loop.setTooltip(new Tooltip("Start again at the input after the output"));
    rotate.setTooltip(new Tooltip("Slowly circle the camera around the data"));
    picture.setTooltip(new Tooltip("Save a picture of the view as PNG, at any size (Ctrl+S)"));
    HBox controls = new HBox(8, play, speed, loop, slider, rotate, picture);
    controls.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(caption, controls);

    slider.maxProperty().bind(Bindings.max(1, navigator.stageCountProperty().subtract(1)));
    navigator
        .positionProperty()
        .addListener(
            (o, before, after) -> {
              following = true;
              slider.setValue(after.doubleValue());
              following = false;
            });
    slider
        .valueProperty()
        .addListener(
            (o, before, after) -> {
              if (!following) {
                navigator.scrubTo(after.doubleValue());
              }
            });
    play.textProperty()
        .bind(Bindings.when(navigator.playingProperty()).then("Pause").otherwise("Play"));
    play.setOnAction(e -> navigator.togglePlay());
    speedValue = navigator.speedProperty().asObject();
    speed.valueProperty().bindBidirectional(speedValue);
    loop.selectedProperty().bindBidirectional(navigator.loopProperty());
    rotate.selectedProperty().bindBidirectional(viewport.autoRotateProperty());
  }
}
