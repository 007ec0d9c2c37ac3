package org.uncrumple.scene;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.uncrumple.data.Dataset;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.DenseLayer;
import org.uncrumple.nn.Network;
import org.uncrumple.train.Snapshot;
import org.uncrumple.train.TrainingSession;
import org.uncrumple.train.TrainingSettings;

/**
 * Test fixture: bundled scenes trained headless exactly as {@code uncrumple train} trains them (the
 * scene's seed, settings and number of steps), each once per JVM, with the training accuracy every
 * {@value #EVERY} steps and the weights every {@value #KEEP_EVERY} steps. Training takes 0.1 to 1
 * second a scene, except the full-batch scene (about a millisecond a step), which tests train to
 * {@value #FULL_BATCH_STEPS} steps.
 */
final class TrainedScenes {
  static final int EVERY = 100;
  static final int KEEP_EVERY = 1000;

  /**
   * Where the full-batch scene is checked: its 20,000 steps take about 18 s here, and by 3,000 it
   * has levelled off (measured: 93.0 % at 2,000, 93.4 % at 3,000, 93.7 % at 5,000, 94.0 % at
   * 10,000, 94.4 % at 20,000).
   */
  static final long FULL_BATCH_STEPS = 3_000;

  private static final Map<String, Run> RUNS = new HashMap<>();

  private TrainedScenes() {}

  /**
   * One training run.
   *
   * @param scene the scene as loaded (its data set is the one trained on)
   * @param accuracy the training accuracy after every EVERY steps: accuracy[i] after (i + 1)·EVERY
   * @param kept snapshots after every KEEP_EVERY steps and after the last step, by step
   */
  record Run(LoadedScene scene, double[] accuracy, Map<Long, Snapshot> kept, long steps) {

    /** The weights after {@code step} steps (a multiple of KEEP_EVERY, or the last step). */
    Network network(long step) {
      Snapshot snapshot = kept.get(step);
      if (snapshot == null) {
        throw new IllegalArgumentException("no snapshot kept at step " + step);
      }
      return snapshot.copyOfNetwork();
    }

    Network last() {
      return network(steps);
    }

    Snapshot lastSnapshot() {
      return kept.get(steps);
    }

    /** The training accuracy after {@code step} steps, a multiple of EVERY. */
    double accuracyAt(long step) {
      return accuracy[(int) (step / EVERY) - 1];
    }

    /** The first recorded step with accuracy at least {@code share}, or −1. */
    long firstStepReaching(double share) {
      for (int i = 0; i < accuracy.length; i++) {
        if (accuracy[i] >= share) {
          return (i + 1L) * EVERY;
        }
      }
      return -1;
    }

    /** The highest recorded accuracy from step {@code from} on. */
    double highestFrom(long from) {
      double best = 0;
      for (int i = 0; i < accuracy.length; i++) {
        if ((i + 1L) * EVERY >= from) {
          best = Math.max(best, accuracy[i]);
        }
      }
      return best;
    }

    /** The lowest recorded accuracy from step {@code from} on. */
    double lowestFrom(long from) {
      double worst = 1;
      for (int i = 0; i < accuracy.length; i++) {
        if ((i + 1L) * EVERY >= from) {
          worst = Math.min(worst, accuracy[i]);
        }
      }
      return worst;
    }
  }

  /** A bundled scene trained for its own number of steps, shared by every test that asks. */
  static Run of(String file) {
    return of(file, open(file).spec().steps());
  }

  /** A bundled scene trained for {@code steps} steps, shared by every test that asks. */
  static synchronized Run of(String file, long steps) {
    return RUNS.computeIfAbsent(
        file + "@" + steps,
        key -> {
          LoadedScene scene = open(file);
          return train(
              scene, scene.dataset(), scene.architecture(), scene.spec().training(), steps);
        });
  }

  /** A bundled scene as loaded. */
  static LoadedScene open(String file) {
    try {
      return LoadedScene.open(Path.of("scenes", file));
    } catch (SceneException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A scene trained with other data, network or settings (not shared). */
  static Run train(
      LoadedScene scene,
      Dataset data,
      Architecture architecture,
      TrainingSettings settings,
      long steps) {
    TrainingSession session =
        new TrainingSession(
            data, architecture, settings, Network.initialise(architecture, settings.seed()));
    double[] accuracy = new double[(int) (steps / EVERY)];
    Map<Long, Snapshot> kept = new HashMap<>();
    while (session.steps() < steps) {
      session.advance();
      long step = session.steps();
      if (step % EVERY == 0 || step == steps) {
        Snapshot snapshot = session.snapshot(false);
        if (step % EVERY == 0) {
          accuracy[(int) (step / EVERY) - 1] = snapshot.accuracy();
        }
        if (step % KEEP_EVERY == 0 || step == steps) {
          kept.put(step, snapshot);
        }
      }
    }
    return new Run(scene, accuracy, Map.copyOf(kept), steps);
  }

  /** Weights and biases of a network, as the scenes count them. */
  static int parameters(Architecture architecture) {
    Network network = Network.initialise(architecture, 1);
    int count = 0;
    for (int l = 0; l < network.layerCount(); l++) {
      DenseLayer layer = network.layer(l);
      count += layer.weights().getNumElements() + layer.bias().getNumElements();
    }
    return count;
  }
}
