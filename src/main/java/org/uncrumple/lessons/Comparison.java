package org.uncrumple.lessons;

/**
 * Two bundled scenes meant to be watched side by side, with the text that says what to look for.
 *
 * @param title the comparison's name, for a menu and a window title
 * @param left the bundled scene file shown on the left
 * @param right the bundled scene file shown on the right
 * @param caption what the comparison shows, in a few sentences
 * @param landscapes whether each side also shows its loss landscape
 */
public record Comparison(
    String title, String left, String right, String caption, boolean landscapes) {

  /** A shallow wide network against a deep narrow one, on the same doubly wound roll. */
  public static final Comparison DEPTH_AGAINST_WIDTH =
      new Comparison(
          "Depth against width",
          "shallow-wide.yaml",
          "deep-narrow.yaml",
          "The same roll, wound twice, and about sixty weights on each side. In principle one"
              + " hidden layer is enough for any such task: with enough neurons it can approximate"
              + " any continuous boundary. But each of its neurons bends space along one straight"
              + " ramp, and following a spiral takes many ramps side by side. The deep network"
              + " bends what the layer before it has already bent, so its bends compose: with"
              + " fewer weights (59 against 62) it separates the sheets completely, while the"
              + " wide one never gets much above 75 %. Its tanh layers bend space smoothly and"
              + " never tear it, so it unwinds the roll step by step rather than cutting it"
              + " apart.",
          false);

  /** The same ball trained with small and with very large batches. */
  public static final Comparison BATCH_SIZE =
      new Comparison(
          "Small and large batches",
          "small-batch.yaml",
          "large-batch.yaml",
          "The same network, the same ball, the same first weights; only the batch differs: 32"
              + " points a step on the left, all 4,000 on the right. Under each side, the loss on a"
              + " slice through its current weights along two random directions, scaled neuron by"
              + " neuron to the size of that neuron's weights (filter normalisation, Li et al."
              + " 2018): without that scaling the two pictures could not be compared. Keskar et"
              + " al. (2017) found that large batches tend to end in sharper minima and small"
              + " ones in flatter minima, and that flatter minima tend to do better on new data."
              + " That is a hypothesis with evidence, not a law. On this one ball it does not"
              + " show on cue: which side is sharper changes as they train and from slice to"
              + " slice. Pause both, set Reach to 0.1 (a tenth of each neuron's weight length,"
              + " not a training step) and compare how far the loss climbs around each dot.",
          true);

  /** Memorising against learning: the overlapping clouds without and with weight decay. */
  public static final Comparison OVERFITTING =
      new Comparison(
          "Memorised or learnt",
          "overfitting.yaml",
          "overfitting-remedy.yaml",
          "The same two overlapping clouds, the same 150 training points a cloud, the same large"
              + " network and the same held-out test points; only the weight decay differs, 0 on"
              + " the left and 0.01 on the right. Watch training and test accuracy on each side."
              + " On the left the training accuracy climbs towards 100 % while the test accuracy"
              + " slips from 84 % to about 79 %: the network memorises its examples. On the right"
              + " both stay near 84 %, about the best any boundary can do on clouds that overlap"
              + " this much: it has learnt the clouds, not the points.",
          false);

  /** The paper ball sampled sparsely and densely, tested on the same held-out points. */
  public static final Comparison SPARSE_AGAINST_DENSE =
      new Comparison(
          "Sparse and dense sampling",
          "sparse-ball.yaml",
          "dense-ball.yaml",
          "The same crumpled ball and the same small network, tested on the same 270 held-out"
              + " points, trained on 15 points a sheet on the left and on 1,215 on the right. Both"
              + " get their training points right, but on the left the test accuracy stops near"
              + " 77 %, while on the right it climbs with the training accuracy to about 98 %."
              + " Between sparse examples the network has nothing to go on: it generalises only"
              + " where its examples lie close together.",
          false);

  /** Every comparison, in menu order. */
  public static final java.util.List<Comparison> ALL =
      java.util.List.of(DEPTH_AGAINST_WIDTH, BATCH_SIZE, OVERFITTING, SPARSE_AGAINST_DENSE);
}
