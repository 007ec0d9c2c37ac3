package org.uncrumple.train;

import java.util.Optional;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.Evaluation;
import org.uncrumple.nn.Network;
import org.uncrumple.nn.Trace;

/**
 * An immutable picture of training at one moment: a private copy of the weights together with the
 * step they belong to, the epoch, the loss and the accuracy on the training data, and the figures
 * on the held-out test points when the data set has any ({@link #test()}).
 *
 * <p>Any thread may read a snapshot: the network inside is a copy that nothing mutates, reachable
 * only through read-only methods.
 */
public final class Snapshot {
  private final Network network;
  private final long step;
  private final long epoch;
  private final double loss;
  private final double accuracy;
  private final TrainingSettings settings;
  private final boolean running;
  private final Divergence divergence;
  private final TestFigures test;

  private Snapshot(
      Network network,
      long step,
      long epoch,
      double loss,
      double accuracy,
      TrainingSettings settings,
      boolean running,
      Divergence divergence,
      TestFigures test) {
    this.network = network;
    this.step = step;
    this.epoch = epoch;
    this.loss = loss;
    this.accuracy = accuracy;
    this.settings = settings;
    this.running = running;
    this.divergence = divergence;
    this.test = test;
  }

  /** Creates a snapshot holding its own copy of {@code source}. */
  static Snapshot of(
      Network source,
      long step,
      long epoch,
      double loss,
      double accuracy,
      TrainingSettings settings,
      boolean running,
      Divergence divergence) {
    return new Snapshot(
        source.copy(), step, epoch, loss, accuracy, settings, running, divergence, null);
  }

  /** The same snapshot (sharing its weights) carrying the given test figures. */
  Snapshot withTest(TestFigures figures) {
    return new Snapshot(
        network, step, epoch, loss, accuracy, settings, running, divergence, figures);
  }

  /** Training steps (batches) taken to reach these weights. */
  public long step() {
    return step;
  }

  /** Complete passes over the training data so far. */
  public long epoch() {
    return epoch;
  }

  /** Mean cross-entropy on the training data (or an evaluation sample of it). */
  public double loss() {
    return loss;
  }

  /** Share of training points classified correctly, 0 to 1. */
  public double accuracy() {
    return accuracy;
  }

  /**
   * Loss and accuracy on the held-out test points: of these very weights when {@code
   * test().get().step() == step()}, otherwise the newest measured before (while training runs the
   * test figures are measured a few times a second on a worker, not at every snapshot). Empty when
   * the data set holds nothing out or nothing has been measured yet.
   */
  public Optional<TestFigures> test() {
    return Optional.ofNullable(test);
  }

  /** The settings in force when the snapshot was taken. */
  public TrainingSettings settings() {
    return settings;
  }

  /** Whether the trainer was taking steps when the snapshot was taken. */
  public boolean running() {
    return running;
  }

  /** Set when training stopped because it diverged; the weights are then the last finite ones. */
  public Optional<Divergence> divergence() {
    return Optional.ofNullable(divergence);
  }

  public Architecture architecture() {
    return network.architecture();
  }

  /** Every stage's coordinates of the given points (row-major, count × inputs). */
  public Trace trace(double[] points, int count) {
    return network.trace(points, count);
  }

  /** Class probabilities of the given points (row-major, count × classes). */
  public double[] probabilities(double[] points, int count) {
    return network.probabilities(points, count);
  }

  /**
   * Loss and accuracy of these weights on the given labelled points, for example the held-out ones.
   * Any thread.
   */
  public Evaluation evaluate(double[] points, int[] labels, int count) {
    return Evaluation.of(network, points, labels, count);
  }

  /** A flat copy of all weights and biases. */
  public double[] parameters() {
    return network.parameters();
  }

  /** A fresh mutable copy of the weights, for whoever needs to change them. */
  public Network copyOfNetwork() {
    return network.copy();
  }

  /** What went wrong when training blew up, and where it was restored from. */
  public record Divergence(long step, long restoredStep, double learningRate) {

    /** A message for learners: what happened and what to try. */
    public String message() {
      return String.format(
          "Training diverged at step %d: the loss stopped being a finite number. The weights were"
              + " restored from step %d and training is paused. The learning rate %s is probably"
              + " too high; try %s.",
          step, restoredStep, Numbers.plain(learningRate), Numbers.plain(learningRate / 10));
    }
  }
}
