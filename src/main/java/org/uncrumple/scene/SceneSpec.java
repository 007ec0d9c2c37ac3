package org.uncrumple.scene;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;
import org.uncrumple.train.TrainingSettings;

/**
 * A lesson: what data, which network, how it trains, how it is shown, what the tour says, which
 * controls learners may use, and optionally weights already trained.
 *
 * @param hidden the hidden layers; the output layer (one logit per class) is added by the program
 * @param steps how many steps {@code uncrumple train} takes by default
 * @param running whether training starts as soon as the window opens
 * @param hiddenControls controls hidden in the window for this lesson, from {@link #CONTROLS}
 * @param weights trained weights to start from, or null for a fresh seeded start
 */
public record SceneSpec(
    String title,
    String description,
    DatasetSpec dataset,
    List<LayerSpec> hidden,
    TrainingSettings training,
    long steps,
    boolean running,
    ViewSpec view,
    List<TourStep> tour,
    Set<String> hiddenControls,
    Network weights) {

  /** Controls a scene may hide: the whole side panel, the training buttons, the settings. */
  public static final List<String> CONTROLS =
      List.of(
          "training-panel",
          "training-buttons",
          "training-settings",
          "data-controls",
          "data-points",
          "data-noise",
          "data-test-share",
          "data-regenerate");

  public SceneSpec {
    hidden = List.copyOf(hidden);
    tour = List.copyOf(tour);
    hiddenControls = Set.copyOf(hiddenControls);
    weights = weights == null ? null : weights.copy();
  }

  /** A scene with the default view, no tour, every control shown and fresh weights. */
  public static SceneSpec of(
      String title,
      String description,
      DatasetSpec dataset,
      List<LayerSpec> hidden,
      TrainingSettings training,
      long steps,
      boolean running) {
    return new SceneSpec(
        title,
        description,
        dataset,
        hidden,
        training,
        steps,
        running,
        ViewSpec.DEFAULT,
        List.of(),
        Set.of(),
        null);
  }

  /** The trained weights shipped with the scene, as a fresh copy. */
  public Optional<Network> initialWeights() {
    return Optional.ofNullable(weights).map(Network::copy);
  }

  public SceneSpec withRunning(boolean value) {
    return new SceneSpec(
        title,
        description,
        dataset,
        hidden,
        training,
        steps,
        value,
        view,
        tour,
        hiddenControls,
        weights);
  }

  public SceneSpec withView(ViewSpec value) {
    return new SceneSpec(
        title,
        description,
        dataset,
        hidden,
        training,
        steps,
        running,
        value,
        tour,
        hiddenControls,
        weights);
  }

  public SceneSpec withWeights(Network value) {
    return new SceneSpec(
        title,
        description,
        dataset,
        hidden,
        training,
        steps,
        running,
        view,
        tour,
        hiddenControls,
        value);
  }

  /**
   * The same lesson on other data, for example more points, more noise, another test share or a new
   * seed. Shipped weights are kept; drop them with {@code withWeights(null)} when the new data may
   * have another number of classes.
   */
  public SceneSpec withDataset(DatasetSpec value) {
    return new SceneSpec(
        title,
        description,
        value,
        hidden,
        training,
        steps,
        running,
        view,
        tour,
        hiddenControls,
        weights);
  }

  public SceneSpec withTraining(TrainingSettings value) {
    return new SceneSpec(
        title,
        description,
        dataset,
        hidden,
        value,
        steps,
        running,
        view,
        tour,
        hiddenControls,
        weights);
  }
}
