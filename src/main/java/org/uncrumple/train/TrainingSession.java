package org.uncrumple.train;

import java.util.SplittableRandom;
import org.uncrumple.data.Dataset;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.Evaluation;
import org.uncrumple.nn.Learner;
import org.uncrumple.nn.Network;

/**
 * The state of one training run, driven by exactly one thread at a time: the {@link Trainer}'s
 * thread in the window, the calling thread in {@code uncrumple train} and in tests.
 *
 * <p>Batches are drawn without replacement from a permutation of the data that is reshuffled each
 * epoch by a generator seeded from the settings, so the same seed and the same sequence of commands
 * give bit-identical weights however fast or slow the steps are taken. A batch that would run past
 * the end of the permutation starts the next epoch instead, so every batch has the same size and
 * the learner never reallocates its work matrices.
 *
 * <p>Only the data set's training points are ever drawn into a batch; its held-out test points are
 * kept apart for {@link #measuredSnapshot} and the {@link Trainer}'s test figures.
 */
public final class TrainingSession {
  /** Loss and accuracy are measured on at most this many points, a fixed seeded sample. */
  static final int EVALUATION_POINTS = 4096;

  private final Architecture architecture;
  private final double[] points;
  private final int[] labels;
  private final int size;
  private final double[] evaluationPoints;
  private final int[] evaluationLabels;
  private final TestSet testSet;

  private TrainingSettings settings;
  private Learner learner;
  private Network lastGood;
  private long lastGoodStep;
  private SplittableRandom random;
  private int[] order;
  private int cursor;
  private long step;
  private long epoch;

  public TrainingSession(Dataset data, Architecture architecture, TrainingSettings settings) {
    this(data, architecture, settings, Network.initialise(architecture, settings.seed()));
  }

  /** Starts from the given weights (e.g. a trained model) instead of a fresh initialisation. */
  public TrainingSession(
      Dataset data, Architecture architecture, TrainingSettings settings, Network initial) {
    if (data.size() == 0) {
      throw new IllegalArgumentException("the dataset " + data.name() + " has no points");
    }
    this.architecture = architecture;
    this.points = data.points();
    this.labels = data.labels();
    this.size = data.size();
    this.settings = settings;
    int evaluated = Math.min(size, EVALUATION_POINTS);
    int d = architecture.inputs();
    this.evaluationPoints = new double[evaluated * d];
    this.evaluationLabels = new int[evaluated];
    int[] sample = permutation(size, new SplittableRandom(0x5eed));
    for (int i = 0; i < evaluated; i++) {
      System.arraycopy(points, sample[i] * d, evaluationPoints, i * d, d);
      evaluationLabels[i] = labels[sample[i]];
    }
    this.testSet = TestSet.of(data);
    start(initial, settings.seed());
  }

  private void start(Network network, long seed) {
    this.learner = new Learner(network, settings.optimizerSettings());
    this.lastGood = network.copy();
    this.lastGoodStep = 0;
    this.random = new SplittableRandom(seed);
    this.order = permutation(size, random);
    this.cursor = 0;
    this.step = 0;
    this.epoch = 0;
  }

  /** Starts over from freshly initialised weights with the given seed. */
  void reset(long seed) {
    settings = settings.withSeed(seed);
    start(Network.initialise(architecture, seed), seed);
  }

  /**
   * Goes on from the given weights (a copy is taken) with a fresh optimizer; the step count stays.
   *
   * @throws IllegalArgumentException if the architecture differs
   */
  void replaceWeights(Network network) {
    if (!network.architecture().equals(architecture)) {
      throw new IllegalArgumentException(
          "cannot train a "
              + network.architecture().describe()
              + " network in place of "
              + architecture.describe());
    }
    learner = new Learner(network.copy(), settings.optimizerSettings());
    lastGood.copyFrom(network);
    lastGoodStep = step;
  }

  /** Applies new settings; the weights and the optimizer's memory are kept where they can be. */
  void apply(TrainingSettings newSettings) {
    boolean optimizerChanged =
        !newSettings.optimizerSettings().equals(settings.optimizerSettings());
    settings = newSettings;
    if (optimizerChanged) {
      learner.setSettings(newSettings.optimizerSettings());
    }
  }

  public TrainingSettings settings() {
    return settings;
  }

  public long steps() {
    return step;
  }

  /**
   * Takes one gradient step on the next batch.
   *
   * @return the batch loss; not finite when training has diverged, see {@link #recover()}
   */
  public double advance() {
    int batch = Math.min(settings.batchSize(), size);
    if (cursor + batch > size) {
      shuffle(order, random);
      cursor = 0;
      epoch++;
    }
    double loss = learner.step(points, labels, order, cursor, batch);
    cursor += batch;
    step++;
    return loss;
  }

  /**
   * Measures loss and accuracy and copies the weights into a snapshot. Returns a snapshot with a
   * {@link Snapshot.Divergence} (and the last finite weights restored) if the weights or the loss
   * are no longer finite.
   */
  public Snapshot snapshot(boolean running) {
    Network network = learner.network();
    Evaluation evaluation =
        network.isFinite()
            ? learner.evaluate(evaluationPoints, evaluationLabels, evaluationLabels.length)
            : new Evaluation(Double.NaN, 0);
    if (!Double.isFinite(evaluation.loss())) {
      return recover();
    }
    lastGood.copyFrom(network);
    lastGoodStep = step;
    return Snapshot.of(
        network, step, epoch, evaluation.loss(), evaluation.accuracy(), settings, running, null);
  }

  /**
   * A {@link #snapshot} that also carries the test figures of its weights, measured here on the
   * calling thread; without test points it is a plain snapshot.
   */
  public Snapshot measuredSnapshot(boolean running) {
    Snapshot snapshot = snapshot(running);
    return testSet.isEmpty() ? snapshot : snapshot.withTest(testSet.measure(snapshot));
  }

  /** The held-out points the test figures are measured on. */
  TestSet testSet() {
    return testSet;
  }

  /**
   * Puts back the last weights whose loss was finite, with a fresh optimizer state, and describes
   * what happened.
   */
  public Snapshot recover() {
    Snapshot.Divergence divergence =
        new Snapshot.Divergence(step, lastGoodStep, settings.learningRate());
    Network network = lastGood.copy();
    learner = new Learner(network, settings.optimizerSettings());
    step = lastGoodStep;
    Evaluation evaluation =
        learner.evaluate(evaluationPoints, evaluationLabels, evaluationLabels.length);
    return Snapshot.of(
        network,
        step,
        epoch,
        evaluation.loss(),
        evaluation.accuracy(),
        settings,
        false,
        divergence);
  }

  private static int[] permutation(int n, SplittableRandom random) {
    int[] result = new int[n];
    for (int i = 0; i < n; i++) {
      result[i] = i;
    }
    shuffle(result, random);
    return result;
  }

  /** Fisher–Yates in place: no allocation per epoch. */
  private static void shuffle(int[] values, SplittableRandom random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }
}
