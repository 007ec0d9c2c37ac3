package org.uncrumple.app.strip;

import static org.uncrumple.app.actions.Actions.Group.TOUR;
import static org.uncrumple.app.actions.Actions.Group.VIEW;

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
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.uncrumple.app.actions.Action;
import org.uncrumple.app.actions.Actions;
import org.uncrumple.app.look.LayoutFence;
import org.uncrumple.app.model.StageNavigator;
import org.uncrumple.view.Viewport;

/**
 * The bottom bar: the caption of the current step, a slider that scrubs through all stages, the
 * step and play buttons with the tour's speed and loop, the auto-rotate toggle and Save picture.
 * The window gives the buttons their tooltips from its table of actions.
 */
public final class TourBar extends VBox {
  public final Label caption = new Label();
  public final Slider slider = new Slider(0, 1, 0);
  final Button back = new Button(null, new FontIcon(MaterialDesignS.SKIP_PREVIOUS));
  public final Button play = new Button("Play");
  final Button forward = new Button(null, new FontIcon(MaterialDesignS.SKIP_NEXT));
  final ChoiceBox<Double> speed = new ChoiceBox<>();
  final CheckBox loop = new CheckBox("Loop");
  final CheckBox rotate = new CheckBox("Rotate view");
  public final Button picture =
      new Button("Save picture", new FontIcon(MaterialDesignC.CAMERA_OUTLINE));

  /** Everything below the caption; presenter mode hides it. */
  public final HBox controls;

  private final javafx.beans.property.ObjectProperty<Double> speedValue;
  private final FontIcon playIcon = new FontIcon(MaterialDesignP.PLAY);
  private final FontIcon pauseIcon = new FontIcon(MaterialDesignP.PAUSE);
  private final StageNavigator navigator;
  private final Viewport viewport;
  private boolean following;

  public TourBar(StageNavigator navigator, Viewport viewport) {
    this.navigator = navigator;
    this.viewport = viewport;
    getStyleClass().add("tour-bar");
    caption.getStyleClass().add("caption");
    caption.setWrapText(true);
    caption.setMaxWidth(Double.MAX_VALUE);
    slider.setMajorTickUnit(1);
    slider.setMinorTickCount(0);
    slider.setShowTickMarks(true);
    slider.setTooltip(new Tooltip("Drag to move through the stages"));
    back.getStyleClass().add("button-icon");
    forward.getStyleClass().add("button-icon");
    play.getStyleClass().add("play");
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
    // The slider's thumb follows the tour every frame: fenced, so the bars around it stay put.
    LayoutFence sliderFence = new LayoutFence(slider);
    HBox.setHgrow(sliderFence, Priority.ALWAYS);
    controls = new HBox(8, back, play, forward, speed, loop, sliderFence, rotate, picture);
    controls.getStyleClass().add("tour-controls");
    controls.setAlignment(Pos.CENTER_LEFT);
    // The caption changes with every stage, and with training's figures when it quotes them.
    getChildren().addAll(new LayoutFence(caption), controls);

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
    play.graphicProperty()
        .bind(Bindings.when(navigator.playingProperty()).then(pauseIcon).otherwise(playIcon));
    play.setOnAction(e -> navigator.togglePlay());
    back.setOnAction(e -> navigator.stepBack());
    forward.setOnAction(e -> navigator.stepForward());
    speedValue = navigator.speedProperty().asObject();
    speed.valueProperty().bindBidirectional(speedValue);
    loop.selectedProperty().bindBidirectional(navigator.loopProperty());
    rotate.selectedProperty().bindBidirectional(viewport.autoRotateProperty());
  }

  /**
   * Adds the tour's keys to the window's table, and Rotate view; the buttons get their tooltips
   * from there. Space and the arrows are not accelerators: the window matches them itself, so a
   * focused button or slider can keep them.
   */
  public void addActions(Actions table) {
    Action previous =
        table.add(TOUR, "P_revious step", "Page Up", "Previous step", navigator::stepBack, "Left");
    Action playOrPause =
        table.add(
            TOUR, "_Play or pause", "P", "Play or pause the tour", navigator::togglePlay, "Space");
    Action next =
        table.add(TOUR, "_Next step", "Page Down", "Next step", navigator::stepForward, "Right");
    table.add(TOUR, "_Input", "Shortcut+Home", "Go to the input", navigator::first, "Home");
    table.add(TOUR, "_Output", "Shortcut+End", "Go to the output", navigator::last, "End");
    Action turn =
        table.toggle(
            VIEW,
            "Rotate _view",
            "V",
            "Circle the camera around the data",
            viewport.autoRotateProperty());
    Actions.explain(back, previous);
    Actions.explain(play, playOrPause);
    Actions.explain(forward, next);
    Actions.explain(rotate, turn);
  }
}
