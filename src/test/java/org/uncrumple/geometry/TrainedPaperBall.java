package org.uncrumple.geometry;

import java.util.Map;
import java.util.Random;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.Learner;
import org.uncrumple.nn.Network;
import org.uncrumple.nn.OptimizerSettings;

/**
 * Test fixture: the paper ball (500 points a sheet, seed 7) and a 3-16-16-2 tanh network trained on
 * it with Adam for {@value #STEPS} seeded minibatch steps, about a second of work, trained once per
 * test class that asks for it.
 */
final class TrainedPaperBall {
  static final int STEPS = 2500;
  private static final int BATCH = 32;

  final Dataset data;
  final Network network;
  final double accuracy;

  private TrainedPaperBall(Dataset data, Network network, double accuracy) {
    this.data = data;
    this.network = network;
    this.accuracy = accuracy;
  }

  static TrainedPaperBall train() {
    Dataset data;
    try {
      data = Generators.generate("paper-ball", Map.of("points", 500, "seed", 7L));
    } catch (DataException e) {
      throw new IllegalStateException(e);
    }
    Network network = Network.initialise(Architecture.of(3, Activation.TANH, 2, 16, 16), 1);
    Learner learner = new Learner(network, OptimizerSettings.adam(0.01));
    int count = data.size();
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    Random random = new Random(11);
    int from = count;
    for (int step = 0; step < STEPS; step++) {
      if (from + BATCH > count) {
        shuffle(order, random);
        from = 0;
      }
      learner.step(data.points(), data.labels(), order, from, BATCH);
      from += BATCH;
    }
    double accuracy = learner.evaluate(data.points(), data.labels(), count).accuracy();
    return new TrainedPaperBall(data, network, accuracy);
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }
}
