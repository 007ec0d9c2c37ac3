package org.uncrumple.app.training;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.uncrumple.app.look.LayoutFence;
import org.uncrumple.train.Snapshot;

/**
 * The training timeline: a second slider that scrubs through the moments of training the trainer
 * kept ({@link org.uncrumple.train.History}), so the same stage can be seen at any earlier step and
 * the uncrumpling watched as it happened. At its right end it is live: the view follows the newest
 * weights. Training goes on meanwhile. FX thread only.
 */
public final class TrainingTimeline extends HBox {
  final Slider slider = new Slider(0, 1, 1);
  public final Button live = new Button("Live");
  private final Label title = new Label("Training so far");
  private final Label moment = new Label();
  private final ReadOnlyBooleanWrapper isLive = new ReadOnlyBooleanWrapper(this, "live", true);
  private final Supplier<List<Snapshot>> history;
  private List<Snapshot> moments = List.of();
  private Snapshot selected;
  private boolean moving;

  /**
   * @param history the moments kept so far, oldest first
   */
  public TrainingTimeline(Supplier<List<Snapshot>> history) {
    super(8);
    this.history = history;
    getStyleClass().add("training-timeline");
    setAlignment(Pos.CENTER_LEFT);
    title.getStyleClass().add("timeline-title");
    moment.getStyleClass().add("timeline-moment");
    moment.setMinWidth(USE_PREF_SIZE);
    slider.setId("timeline-slider");
    live.setId("timeline-live");
    slider.setTooltip(
        new Tooltip(
            "Drag back to see the network as it was earlier in training; the right end is now"));
    live.setTooltip(new Tooltip("Follow the newest weights again"));
    HBox.setHgrow(slider, Priority.ALWAYS);
    // The moment's text changes a few times a second while training runs.
    getChildren().addAll(title, slider, new LayoutFence(moment), live);
    slider
        .valueProperty()
        .addListener(
            (o, before, after) -> {
              if (!moving) {
                pick(after.doubleValue());
              }
            });
    live.setOnAction(e -> goLive());
    live.disableProperty().bind(isLive.getReadOnlyProperty());
  }

  /** Whether the view follows the newest weights. */
  public ReadOnlyBooleanProperty liveProperty() {
    return isLive.getReadOnlyProperty();
  }

  public boolean isLive() {
    return isLive.get();
  }

  /** The moment to show when not live, else null. */
  public Snapshot selected() {
    return isLive.get() ? null : selected;
  }

  /** Follows the newest weights again. */
  public void goLive() {
    isLive.set(true);
    selected = null;
    refresh(null);
  }

  /**
   * Shows the moment nearest {@code fraction} of the way from the first step kept to the newest.
   */
  public void scrubTo(double fraction) {
    slider.setValue(Math.max(0, Math.min(1, fraction)));
    pick(slider.getValue());
  }

  /**
   * Takes the moments kept so far; call a few times a second.
   *
   * @param newest the newest snapshot, named when live
   */
  public void refresh(Snapshot newest) {
    moments = history.get();
    if (!isLive.get()
        && selected != null
        && (moments.isEmpty() || selected.step() > moments.get(moments.size() - 1).step())) {
      // Training started again (a reset): the moment shown is no longer part of it.
      isLive.set(true);
      selected = null;
    }
    moving = true;
    try {
      if (isLive.get()) {
        slider.setValue(1);
        Snapshot shown = newest != null ? newest : last();
        moment.setText(shown == null ? "" : "now · " + describe(shown));
      } else if (selected != null && !moments.isEmpty()) {
        long first = moments.get(0).step();
        long end = moments.get(moments.size() - 1).step();
        slider.setValue(end == first ? 1 : (selected.step() - first) / (double) (end - first));
      }
    } finally {
      moving = false;
    }
  }

  private void pick(double fraction) {
    if (moments.isEmpty()) {
      moments = history.get();
    }
    if (moments.isEmpty()) {
      return;
    }
    if (fraction >= 1 - 1e-9) {
      goLive();
      return;
    }
    long first = moments.get(0).step();
    long end = moments.get(moments.size() - 1).step();
    double wanted = first + fraction * (end - first);
    Snapshot nearest = moments.get(0);
    for (Snapshot s : moments) {
      if (Math.abs(s.step() - wanted) < Math.abs(nearest.step() - wanted)) {
        nearest = s;
      }
    }
    selected = nearest;
    isLive.set(false);
    moment.setText("then · " + describe(nearest));
  }

  private Snapshot last() {
    return moments.isEmpty() ? null : moments.get(moments.size() - 1);
  }

  private static String describe(Snapshot s) {
    return String.format(
        Locale.ROOT,
        "step %,d · loss %.3f · %.1f %% right",
        s.step(),
        s.loss(),
        100 * s.accuracy());
  }
}
