package org.uncrumple.train;

import org.uncrumple.nn.OptimizerKind;
import org.uncrumple.nn.OptimizerSettings;

/**
 * How the trainer learns: optimizer, step size, batch size, how fast it may go, and the seed that
 * fixes the initial weights and the order of the batches.
 *
 * @param stepsPerSecond a speed limit; 0 means as fast as the machine allows
 */
public record TrainingSettings(
    OptimizerKind optimizer,
    double learningRate,
    double momentum,
    double weightDecay,
    int batchSize,
    double stepsPerSecond,
    long seed) {

  /** Adam at 0.01 with batches of 32: a setting that trains every bundled scene. */
  public static TrainingSettings defaults() {
    return new TrainingSettings(OptimizerKind.ADAM, 0.01, 0.9, 0.0, 32, 0, 1);
  }

  public TrainingSettings {
    if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
      throw new IllegalArgumentException(
          "learning rate must be a number above 0, not " + learningRate);
    }
    if (!(momentum >= 0 && momentum < 1)) {
      throw new IllegalArgumentException(
          "momentum must be at least 0 and below 1, not " + momentum);
    }
    if (!(weightDecay >= 0) || !Double.isFinite(weightDecay)) {
      throw new IllegalArgumentException("weight decay must be 0 or more, not " + weightDecay);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
    }
    if (!(stepsPerSecond >= 0) || !Double.isFinite(stepsPerSecond)) {
      throw new IllegalArgumentException(
          "speed must be 0 (as fast as possible) or a number of steps per second, not "
              + stepsPerSecond);
    }
  }

  OptimizerSettings optimizerSettings() {
    return new OptimizerSettings(optimizer, learningRate, momentum, weightDecay);
  }

  public TrainingSettings withLearningRate(double value) {
    return new TrainingSettings(
        optimizer, value, momentum, weightDecay, batchSize, stepsPerSecond, seed);
  }

  public TrainingSettings withOptimizer(OptimizerKind value) {
    return new TrainingSettings(
        value, learningRate, momentum, weightDecay, batchSize, stepsPerSecond, seed);
  }

  public TrainingSettings withBatchSize(int value) {
    return new TrainingSettings(
        optimizer, learningRate, momentum, weightDecay, value, stepsPerSecond, seed);
  }

  public TrainingSettings withStepsPerSecond(double value) {
    return new TrainingSettings(
        optimizer, learningRate, momentum, weightDecay, batchSize, value, seed);
  }

  public TrainingSettings withSeed(long value) {
    return new TrainingSettings(
        optimizer, learningRate, momentum, weightDecay, batchSize, stepsPerSecond, value);
  }
}
