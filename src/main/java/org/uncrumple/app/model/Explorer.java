package org.uncrumple.app.model;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.uncrumple.app.errors.ErrorLog;
import org.uncrumple.nn.Network;
import org.uncrumple.nn.OptimizerKind;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.train.Snapshot;
import org.uncrumple.train.Trainer;
import org.uncrumple.train.TrainingSettings;

/**
 * The window's model: the open scene, its trainer, the newest snapshot and where the view is along
 * the stages. Views read its properties and call its commands; they never talk to the trainer
 * themselves.
 *
 * <p>FX thread only. The trainer runs on its own thread; {@link #pulse()} (once a frame) picks up
 * its newest snapshot without waiting.
 */
public final class Explorer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Explorer.class.getName());

  private final StageNavigator navigator = new StageNavigator();
  private final ReadOnlyObjectWrapper<LoadedScene> scene =
      new ReadOnlyObjectWrapper<>(this, "scene");
  private final ReadOnlyObjectWrapper<Snapshot> snapshot =
      new ReadOnlyObjectWrapper<>(this, "snapshot");
  private final ReadOnlyObjectWrapper<Snapshot> figures =
      new ReadOnlyObjectWrapper<>(this, "figures");
  private final ReadOnlyBooleanWrapper training = new ReadOnlyBooleanWrapper(this, "training");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private final ObjectProperty<TrainingSettings> settings =
      new SimpleObjectProperty<>(this, "settings", TrainingSettings.defaults());

  /**
   * How often the numbers of training (and the chart, the timeline and a caption that quotes them)
   * are refreshed while it runs: readable, and each refresh costs a software renderer a repaint of
   * those parts of the window.
   */
  static final int FIGURES_PER_SECOND = 2;

  private Trainer trainer;
  private long figuresShownAt = Long.MIN_VALUE / 2;

  public Explorer() {
    settings.addListener(
        (observable, before, after) -> {
          if (trainer != null && !Objects.equals(before, after)) {
            trainer.apply(after);
          }
        });
  }

  /**
   * Opens a scene: a new trainer, started if the scene says so. Listeners of {@link
   * #sceneProperty()} see null first, then the scene, even when it equals the one that was open.
   */
  public void load(LoadedScene loaded) {
    closeTrainer();
    TrainingSettings initial = loaded.spec().training();
    settings.set(initial);
    trainer =
        new Trainer(
            loaded.dataset(),
            loaded.architecture(),
            initial,
            loaded
                .spec()
                .initialWeights()
                .orElseGet(() -> Network.initialise(loaded.architecture(), initial.seed())));
    problem.set("");
    // A scene equal to the open one is still a new start: clear first so listeners always hear.
    scene.set(null);
    scene.set(loaded);
    snapshot.set(trainer.latest());
    figures.set(trainer.latest());
    training.set(false);
    if (loaded.spec().running()) {
      train();
    }
  }

  /**
   * Picks up the trainer's newest snapshot; call once a frame with the frame's time. Never blocks.
   * The figures snapshot follows at most {@link #FIGURES_PER_SECOND} times a second, and at once
   * when training stops, so numbers stay readable and text is not laid out again every frame.
   */
  public void pulse(long now) {
    if (trainer == null) {
      return;
    }
    Snapshot latest = trainer.latest();
    if (latest != snapshot.get()) {
      snapshot.set(latest);
      // The commands set "training"; a snapshot only ends it, when training diverged.
      latest
          .divergence()
          .ifPresent(
              d -> {
                problem.set(d.message());
                training.set(false);
              });
    }
    if (latest != figures.get()
        && (!latest.running() || now - figuresShownAt >= 1_000_000_000L / FIGURES_PER_SECOND)) {
      figures.set(latest);
      figuresShownAt = now;
    }
  }

  public StageNavigator navigator() {
    return navigator;
  }

  public ReadOnlyObjectProperty<LoadedScene> sceneProperty() {
    return scene.getReadOnlyProperty();
  }

  public LoadedScene scene() {
    return scene.get();
  }

  /** The newest weights the view shows; changes as training moves. */
  public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
    return snapshot.getReadOnlyProperty();
  }

  public Snapshot snapshot() {
    return snapshot.get();
  }

  /**
   * The snapshot whose numbers (step, loss, accuracy) are shown: the newest, a few times a second.
   */
  public ReadOnlyObjectProperty<Snapshot> figuresProperty() {
    return figures.getReadOnlyProperty();
  }

  /** Whether the trainer is taking steps. */
  public ReadOnlyBooleanProperty trainingProperty() {
    return training.getReadOnlyProperty();
  }

  /** A message about the last thing that went wrong in training, or empty. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** The settings the trainer uses; setting them reaches the running trainer. */
  public ObjectProperty<TrainingSettings> settingsProperty() {
    return settings;
  }

  /**
   * Shows a problem to the user (in the training panel) without stopping anything, and logs it (to
   * the {@link ErrorLog} file, when the window has one).
   */
  public void report(String message) {
    LOG.log(System.Logger.Level.WARNING, message);
    problem.set(message);
  }

  public void train() {
    if (trainer != null) {
      problem.set("");
      training.set(true);
      trainer.resume();
    }
  }

  public void pause() {
    if (trainer != null) {
      training.set(false);
      trainer.pause();
    }
  }

  public void toggleTraining() {
    if (training.get()) {
      pause();
    } else {
      train();
    }
  }

  /** One training step, then paused. */
  public void stepOnce() {
    if (trainer != null) {
      training.set(false);
      trainer.stepOnce();
    }
  }

  /** Starts training over from the scene's seed. */
  public void reset() {
    if (trainer != null) {
      problem.set("");
      trainer.reset(settings.get().seed());
    }
  }

  public void setLearningRate(double value) {
    settings.set(settings.get().withLearningRate(value));
  }

  public void setOptimizer(OptimizerKind value) {
    settings.set(settings.get().withOptimizer(value));
  }

  public void setBatchSize(int value) {
    settings.set(settings.get().withBatchSize(value));
  }

  /** Steps per second; 0 for as fast as the computer allows. */
  public void setTrainingSpeed(double stepsPerSecond) {
    settings.set(settings.get().withStepsPerSecond(stepsPerSecond));
  }

  /**
   * Replaces the trainer's weights, for example with a layer edited by hand; training keeps its
   * state (callers pause it first if the edit should stay). The trainer thread makes the change and
   * publishes a snapshot of it, which the next {@link #pulse} picks up like any other, so the
   * window's view follows without further wiring.
   *
   * @param network weights of the open scene's architecture; copied at once
   * @return completes on the trainer thread once the snapshot is published; fails if no scene is
   *     open or the architecture differs
   */
  public CompletableFuture<Void> setWeights(Network network) {
    if (trainer == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("no scene is open"));
    }
    return trainer.replaceWeights(network);
  }

  /**
   * The snapshots the trainer kept over the whole of training, oldest first (see {@link
   * org.uncrumple.train.History}); empty when no scene is open.
   */
  public List<Snapshot> history() {
    return trainer == null ? List.of() : trainer.history().snapshots();
  }

  @Override
  public void close() {
    closeTrainer();
  }

  private void closeTrainer() {
    if (trainer != null) {
      trainer.close();
      trainer = null;
    }
  }
}
