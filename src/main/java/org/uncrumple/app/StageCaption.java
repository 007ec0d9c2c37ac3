package org.uncrumple.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.Stages;
import org.uncrumple.scene.TourStep;
import org.uncrumple.train.Snapshot;
import org.uncrumple.view.Captions;
import org.uncrumple.view.Traced;

/**
 * The caption under the view: the teacher's words where the scene's tour has a step for the stage
 * shown, else what the program can say of that stage from the trace ({@link Captions}). Written
 * again only when the stage or the figures it quotes change.
 *
 * <p>FX thread only.
 */
final class StageCaption {
  private final Label label;
  private LoadedScene scene;
  private Map<Integer, String> tourCaptions = Map.of();
  private int captionStage = -1;
  private Snapshot captionFigures;
  private boolean captionTurning;

  StageCaption(Label label) {
    this.label = label;
  }

  /** A new scene: its tour's captions by stage, and its title until the first trace arrives. */
  void setScene(LoadedScene loaded) {
    scene = loaded;
    int hidden = loaded.architecture().hidden().size();
    Map<Integer, String> captions = new HashMap<>();
    for (TourStep step : loaded.spec().tour()) {
      captions.put(Stages.indexOf(step.stage(), hidden), step.caption());
    }
    tourCaptions = captions;
    captionStage = -1;
    label.setText(loaded.spec().title());
  }

  /**
   * The view shows {@code stage} of {@code traced}; {@code figures} are the numbers to quote;
   * {@code turning} whether the grand tour turns it, which adds a sentence saying so.
   */
  void show(Traced traced, int stage, Snapshot figures, boolean turning) {
    if (stage == captionStage && figures == captionFigures && turning == captionTurning) {
      return;
    }
    captionStage = stage;
    captionFigures = figures;
    captionTurning = turning;
    List<Activation> activations =
        scene.architecture().hidden().stream().map(LayerSpec::activation).toList();
    String teacher = tourCaptions.get(stage);
    String text =
        teacher != null
            ? teacher
            : Captions.of(
                traced, stage, activations, scene.dataset().classNames(), figures.accuracy());
    label.setText(turning ? text + Captions.grandTour(traced.path().widthOf(stage)) : text);
  }
}
