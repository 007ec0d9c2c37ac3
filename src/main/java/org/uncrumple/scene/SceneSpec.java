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
    return change(b -> b.running = value);
  }

  public SceneSpec withView(ViewSpec value) {
    return change(b -> b.view = value);
  }

  /** The same lesson with other weights to start from (null: a fresh seeded start). */
  public SceneSpec withWeights(Network value) {
    return change(b -> b.weights = value);
  }

  /**
   * The same lesson on other data, for example more points, more noise, another test share or a new
   * seed. Shipped weights are kept; drop them with {@code withWeights(null)} when the new data may
   * have another number of classes.
   */
  public SceneSpec withDataset(DatasetSpec value) {
    return change(b -> b.dataset = value);
  }

  public SceneSpec withTraining(TrainingSettings value) {
    return change(b -> b.training = value);
  }

  /** A copy with the fields {@code edit} sets changed, all others as they are. */
  private SceneSpec change(java.util.function.Consumer<Changes> edit) {
    Changes b = new Changes(this);
    edit.accept(b);
    return b.build();
  }

  /** The fields of a scene being changed, one by one. */
  private static final class Changes {
    private final String title;
    private final String description;
    private DatasetSpec dataset;
    private final List<LayerSpec> hidden;
    private TrainingSettings training;
    private final long steps;
    private boolean running;
    private ViewSpec view;
    private final List<TourStep> tour;
    private final Set<String> hiddenControls;
    private Network weights;

    private Changes(SceneSpec from) {
      title = from.title;
      description = from.description;
      dataset = from.dataset;
      hidden = from.hidden;
      training = from.training;
      steps = from.steps;
      running = from.running;
      view = from.view;
      tour = from.tour;
      hiddenControls = from.hiddenControls;
      weights = from.weights;
    }

    private SceneSpec build() {
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
          weights);
    }
  }
}
