package org.uncrumple.lessons;

import java.util.Map;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.Network;
import org.uncrumple.train.Snapshot;
import org.uncrumple.train.TrainingSession;
import org.uncrumple.train.TrainingSettings;

/** A paper ball (1000 points a sheet) and the bundled scene's 3-3-3 tanh network trained on it. */
final class TrainedBall {
  static final Architecture ARCHITECTURE = Architecture.of(3, Activation.TANH, 2, 3, 3, 3);
  static final int STEPS = 12_000;

  private static Dataset data;
  private static Snapshot trained;

  private TrainedBall() {}

  static synchronized Dataset data() {
    if (data == null) {
      try {
        data = Generators.generate("paper-ball", Map.of("points", 1000, "seed", 7));
      } catch (DataException e) {
        throw new IllegalStateException(e);
      }
    }
    return data;
  }

  /** Trained once per JVM (about a second), then shared: callers get copies. */
  static synchronized Snapshot snapshot() {
    if (trained == null) {
      TrainingSession session =
          new TrainingSession(data(), ARCHITECTURE, TrainingSettings.defaults());
      for (int s = 0; s < STEPS; s++) {
        session.advance();
      }
      trained = session.snapshot(false);
    }
    return trained;
  }

  static Network network() {
    return snapshot().copyOfNetwork();
  }
}
