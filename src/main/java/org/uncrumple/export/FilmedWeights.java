package org.uncrumple.export;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.uncrumple.nn.Network;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.ModelFile;
import org.uncrumple.scene.SceneException;
import org.uncrumple.train.Snapshot;
import org.uncrumple.train.TrainingSession;

/**
 * The weights a clip films, made on the export's own thread without the window's trainer: training
 * from the scene's seed for a number of steps (the same steps give bit-identical weights), or a
 * model file. A time-lapse asks for snapshots at growing steps from one training run.
 */
final class FilmedWeights {
  private static final long PROGRESS_EVERY = 500;

  private final LoadedScene scene;
  private final BooleanSupplier cancelled;
  private final TrainingSession session;

  FilmedWeights(LoadedScene scene, BooleanSupplier cancelled) {
    this.scene = scene;
    this.cancelled = cancelled;
    // As the window: from the weights the scene ships, else fresh ones from its seed.
    this.session =
        new TrainingSession(
            scene.dataset(),
            scene.architecture(),
            scene.spec().training(),
            scene
                .spec()
                .initialWeights()
                .orElseGet(
                    () ->
                        Network.initialise(scene.architecture(), scene.spec().training().seed())));
  }

  /** The weights in a model file, checked against the scene's network. */
  static Snapshot fromModel(LoadedScene scene, Path file) throws ExportException {
    ModelFile.Model model;
    try {
      model = ModelFile.read(file);
    } catch (SceneException e) {
      throw new ExportException("--model " + e.getMessage(), e);
    }
    Network network = model.network();
    String wanted = scene.architecture().describe();
    String found = network.architecture().describe();
    if (!wanted.equals(found)) {
      throw new ExportException(
          "--model " + file + ": its network is " + found + " but the scene's is " + wanted);
    }
    TrainingSession session =
        new TrainingSession(
            scene.dataset(), scene.architecture(), scene.spec().training(), network);
    return session.snapshot(false);
  }

  /**
   * Trains on until {@code step} and returns a snapshot there.
   *
   * @throws ExportException if training diverges
   */
  Snapshot at(long step, Consumer<ExportProgress> progress) throws ExportException {
    long from = session.steps();
    long start = System.nanoTime();
    while (session.steps() < step) {
      if (cancelled.getAsBoolean()) {
        throw new java.util.concurrent.CancellationException("export cancelled");
      }
      if (!Double.isFinite(session.advance())) {
        throw diverged(session.recover());
      }
      long done = session.steps() - from;
      if (progress != null && done % PROGRESS_EVERY == 0) {
        double perStep = (System.nanoTime() - start) / 1e9 / done;
        progress.accept(
            new ExportProgress("training", done, step - from, perStep * (step - session.steps())));
      }
    }
    Snapshot snapshot = session.snapshot(false);
    if (snapshot.divergence().isPresent()) {
      throw diverged(snapshot);
    }
    return snapshot;
  }

  private static ExportException diverged(Snapshot snapshot) {
    return new ExportException(snapshot.divergence().orElseThrow().message());
  }

  LoadedScene scene() {
    return scene;
  }
}
