package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.data.Sheet;
import org.uncrumple.geometry.LayerCharacter;
import org.uncrumple.geometry.LayerDecomposition;
import org.uncrumple.geometry.LayerParams;
import org.uncrumple.geometry.StageCoordinates;
import org.uncrumple.geometry.StageMeasures;
import org.uncrumple.lessons.Comparison;
import org.uncrumple.lessons.LossLandscape;
import org.uncrumple.lessons.NeighbourDistance;
import org.uncrumple.lessons.Nudge;
import org.uncrumple.lessons.Probes;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.Network;
import org.uncrumple.scene.TrainedScenes.Run;

/**
 * Every figure a bundled scene's tour (or description) quotes, checked by training the scene as
 * {@code uncrumple train} does. Each test names its scene; a caption's words are quoted in the
 * assertion messages, so a failure says which sentence no longer holds. Stages are numbered as in
 * {@link StageCoordinates}: 0 the input, layer ℓ's squash 5ℓ, the output last.
 *
 * <p>Figures the program computes live (the strip's split and flat, the caption's stretch factors,
 * the probes' note, the nudge's distance) are not repeated here; only what a tour states in words.
 */
class TourClaimsTest {
  private static final int INPUT = 0;

  @Test
  void paperBall() {
    Run run = TrainedScenes.of("paper-ball.yaml");
    double[] split = measures(run, run.steps()).separability();

    assertTrue(split[INPUT] < 0.9, "no flat plane can cut this ball: " + split[INPUT]);
    assertTrue(split[squash(2)] >= 0.99, "after two layers almost every point: " + split[10]);
    assertTrue(run.lastSnapshot().accuracy() > 0.99, "more than 99 % right");
  }

  @Test
  void spaceItselfSplitClimbsButFlatDips() {
    Run run = TrainedScenes.of("space-itself.yaml");
    StageMeasures measures = measures(run, run.steps());
    double[] split = measures.separability();

    assertTrue(split[INPUT] > 0.7 && split[INPUT] < 0.85, "about three in four: " + split[0]);
    assertTrue(split[squash(2)] > 0.99, "more than 99 % after two layers: " + split[10]);
    double[] dipping = measures.flatness()[0];
    for (double[] sheet : measures.flatness()) {
      dipping = sheet[squash(3)] < dipping[squash(3)] ? sheet : dipping;
    }
    double dip = dipping[squash(3)];
    assertTrue(dip > 0.88 && dip < 0.94, "one sheet dips to about 91 % after layer 3: " + dip);
    assertTrue(dip < dipping[INPUT] - 0.03, "flat need not climb: " + dipping[INPUT]);
  }

  @Test
  void swissRollIsSqueezedAlongItsLengthThenUnwoundInAJump() {
    Run run = TrainedScenes.of("swiss-roll.yaml");
    double[] split = measures(run, run.steps()).separability();

    assertTrue(split[INPUT] < 0.9, "no flat cut can separate them: " + split[INPUT]);
    assertSqueezedAlongTheRollsLength(run.last());
    assertTrue(split[squash(1)] < 0.8, "after one layer many points wrong: " + split[5]);
    assertTrue(
        split[squash(2)] > 0.68 && split[squash(2)] < 0.8,
        "after two layers fails for about one point in four: " + split[10]);
    assertTrue(split[squash(3)] >= 0.999, "the third layer separates completely: " + split[15]);
    long ninety = run.firstStepReaching(0.9);
    long all = run.firstStepReaching(1.0);
    assertTrue(ninety >= 12_000 && ninety <= 14_500, "below 90 % for about 13,000: " + ninety);
    assertTrue(all > ninety && all - ninety <= 2_500, "100 % about 2,000 later: " + all);
  }

  @Test
  void doubleHelixIsStretchedOneWayThenUntwistedByLayerTwo() throws DataException {
    Run run = TrainedScenes.of("double-helix.yaml");
    double[] split = measures(run, run.steps()).separability();
    double[] sigma = singularValues(run.last(), 0);

    assertTrue(
        sigma[0] > 20 && sigma[1] < 4, "one direction > 20 times: " + Arrays.toString(sigma));
    assertTrue(
        Math.abs(split[squash(1)] - split[INPUT]) < 0.03,
        "after one layer no better than at the start: " + split[0] + " " + split[5]);
    assertTrue(split[squash(2)] >= 0.98 && split[squash(2)] < 1, "about 99 in 100: " + split[10]);

    LoadedScene scene = TrainedScenes.open("double-helix.yaml");
    Dataset threeTurns =
        Generators.generate(
            "double-helix", Map.of("points", 1000, "turns", 3.0, "tube", 0.25, "seed", 3));
    Run wound =
        TrainedScenes.train(
            scene, threeTurns, scene.architecture(), scene.spec().training(), 20_000);
    double accuracy = wound.lastSnapshot().accuracy();
    assertTrue(accuracy > 0.75 && accuracy < 0.85, "turns 3 ends near 80 %: " + accuracy);
  }

  @Test
  void blobsAreNearlyApartAndTheirStretchKeepsGrowing() {
    Run run = TrainedScenes.of("blobs.yaml");
    double[] split = measures(run, run.steps()).separability();

    assertTrue(split[INPUT] > 0.99, "more than 99 % at the input: " + split[INPUT]);
    double[] early = singularValues(run.network(1000), 0);
    double[] late = singularValues(run.network(run.steps()), 0);
    assertTrue(late[2] >= 2 && late[0] <= 7.5, "two to seven times: " + Arrays.toString(late));
    assertTrue(late[0] > early[0] && late[1] > early[1], "the largest stretches keep growing");
  }

  @Test
  void nestedSpheresComeApartInTheFourthDirection() {
    Run run = TrainedScenes.of("nested-spheres.yaml");
    double[] split = measures(run, run.steps()).separability();

    assertTrue(split[INPUT] < 0.9, "no flat cut at the input: " + split[INPUT]);
    assertTrue(split[squash(1)] >= 0.999, "a flat cut in 4D already separates: " + split[5]);
    assertEquals(1.0, run.lastSnapshot().accuracy(), "one flat plane now separates");
  }

  @Test
  void linkedRingsStayLinkedBecauseNoLayerFlattensADirection() {
    Run run = TrainedScenes.of("linked-rings.yaml");

    for (long step = 5_000; step <= run.steps(); step += 5_000) {
      Network network = run.network(step);
      for (int l = 0; l < network.layerCount() - 1; l++) {
        LayerCharacter character =
            LayerCharacter.of(network.layer(l).weights(), network.layer(l).activation());
        assertTrue(
            character.smallestRatio() > 0.02,
            "no stretch factor is zero: layer " + (l + 1) + " at step " + step);
      }
    }
    assertTrue(run.highestFrom(0) < 0.97, "accuracy stays below 100 %: " + run.highestFrom(0));
  }

  @Test
  void linkedRingsComeApartInFourDimensions() {
    Run run = TrainedScenes.of("linked-rings-4d.yaml");
    double[] split = measures(run, run.steps()).separability();

    assertEquals(1.0, run.lastSnapshot().accuracy(), "100 % on their own side");
    assertEquals(1.0, split[split.length - 1], 1e-12);
  }

  @Test
  void xorCubeIsACoinTossAfterOneLayerAndNeedsItsSeed() {
    Run run = TrainedScenes.of("xor-cube.yaml");

    assertTrue(measures(run, run.steps()).separability()[INPUT] < 0.9, "no flat cut at the input");
    for (long step : new long[] {3_000, 5_000, 10_000}) {
      double[] split = measures(run, step).separability();
      assertTrue(
          split[squash(1)] > 0.45 && split[squash(1)] < 0.58,
          "after one layer about one in two at step " + step + ": " + split[5]);
      if (step >= 5_000) {
        assertTrue(split[squash(2)] >= 0.999, "once trained, two layers separate: " + split[10]);
      }
    }
    double[] third = singularValues(run.last(), 2);
    assertTrue(third[2] < 0.01 * third[0], "layer 3 squeezes one direction almost to nothing");
    assertTrue(run.firstStepReaching(1.0) <= 4_500, "100 % after about 4,000 steps");

    LoadedScene scene = run.scene();
    for (long seed : new long[] {1, 2, 3, 4}) {
      Run other =
          TrainedScenes.train(
              scene,
              scene.dataset(),
              scene.architecture(),
              scene.spec().training().withSeed(seed),
              scene.spec().steps());
      double accuracy = other.lastSnapshot().accuracy();
      assertTrue(accuracy >= 0.855 && accuracy < 0.915, "seed " + seed + " stalls: " + accuracy);
    }
    assertEquals(5, scene.spec().training().seed(), "the caption names seed 5");
  }

  @Test
  void reluPressesMostPointsOntoWallsAndLearnsMoreSlowlyThanTanh() {
    Run run = TrainedScenes.of("relu-presses-flat.yaml");
    Dataset data = run.scene().dataset();
    StageCoordinates stages = StageCoordinates.of(run.last());
    int[] onWall = new int[4];
    int[] onEdge = new int[4];
    int[] cornerLabels = new int[2];
    double[] values = new double[stages.width()];
    for (int i = 0; i < data.size(); i++) {
      stages.follow(Arrays.copyOfRange(data.points(), 3 * i, 3 * i + 3), values);
      for (int l = 1; l <= 2; l++) {
        int zeros = 0;
        for (int k = 0; k < 3; k++) {
          zeros += values[stages.offsetOf(squash(l)) + k] == 0 ? 1 : 0;
        }
        onWall[l] += zeros >= 1 ? 1 : 0;
        onEdge[l] += zeros >= 2 ? 1 : 0;
        if (l == 2 && zeros == 3) {
          cornerLabels[data.labels()[i]]++;
        }
      }
    }
    double n = data.size();
    assertTrue(onWall[1] / n > 0.5, "layer 1: more than half on a wall: " + onWall[1] / n);
    assertTrue(
        onWall[2] / n > 0.68 && onWall[2] / n < 0.8, "layer 2: three in four: " + onWall[2] / n);
    assertTrue(onEdge[2] / n > 0.2, "many on an edge: " + onEdge[2] / n);
    assertTrue(cornerLabels[0] + cornerLabels[1] > 0, "some on the corner");
    assertTrue(
        cornerLabels[0] == 0 || cornerLabels[1] == 0,
        "the corner's points come from one sheet: " + Arrays.toString(cornerLabels));

    LoadedScene scene = run.scene();
    double relu = run.lastSnapshot().accuracy();
    assertEquals(0.002, scene.spec().training().learningRate(), "the caption names 0.002");
    assertTrue(relu > 0.96 && relu < 0.98, "about 97 %: " + relu);
    LoadedScene tanh = TrainedScenes.open("paper-ball.yaml");
    double sameRate =
        TrainedScenes.train(
                tanh,
                tanh.dataset(),
                tanh.architecture(),
                tanh.spec().training().withLearningRate(0.002),
                20_000)
            .lastSnapshot()
            .accuracy();
    assertTrue(sameRate > 0.99, "tanh at 0.002: more than 99 %: " + sameRate);
    double faster =
        TrainedScenes.train(
                scene,
                scene.dataset(),
                scene.architecture(),
                scene.spec().training().withLearningRate(0.01),
                20_000)
            .lastSnapshot()
            .accuracy();
    assertTrue(faster > 0.84 && faster < 0.9, "ReLU at 0.01 stalls near 87 %: " + faster);
  }

  @Test
  void oneWideLayerStaysFarBelowThreeNarrowOnes() {
    Run wide = TrainedScenes.of("shallow-wide.yaml");
    Run deep = TrainedScenes.of("deep-narrow.yaml");

    assertEquals(62, TrainedScenes.parameters(wide.scene().architecture()), "62 weights");
    assertEquals(59, TrainedScenes.parameters(deep.scene().architecture()), "59 weights");
    assertTrue(Comparison.DEPTH_AGAINST_WIDTH.caption().contains("59 against 62"));
    double highest = wide.highestFrom(0);
    assertTrue(highest > 0.74 && highest < 0.8, "never much above 75 %, about 77 %: " + highest);
    assertTrue(wide.lowestFrom(1_000) < 0.55, "jumps down to about 50 %");

    double[] split = measures(deep, deep.steps()).separability();
    assertSqueezedAlongTheRollsLength(deep.last());
    assertTrue(split[squash(2)] < 0.8, "after two layers still many wrong: " + split[10]);
    assertTrue(split[squash(3)] >= 0.999, "the third layer separates completely: " + split[15]);
    long all = deep.firstStepReaching(1.0);
    assertTrue(all >= 13_000 && all <= 17_000, "100 % at about 15,000 steps: " + all);
    assertEquals(1.0, deep.lastSnapshot().accuracy());
  }

  @Test
  void widthAloneDoesNotUnwindTheRollButIsEnoughForTheBall() {
    LoadedScene roll = TrainedScenes.open("shallow-wide.yaml");
    Architecture sixtyFour = Architecture.of(3, Activation.TANH, 2, 64);
    Run wider =
        TrainedScenes.train(
            roll, roll.dataset(), sixtyFour, roll.spec().training(), roll.spec().steps());
    assertEquals(386, TrainedScenes.parameters(sixtyFour), "386 weights and biases");
    assertTrue(wider.highestFrom(0) < 0.8, "64 neurons stay below 80 %: " + wider.highestFrom(0));

    LoadedScene ball = TrainedScenes.open("paper-ball.yaml");
    Run seven =
        TrainedScenes.train(
            ball,
            ball.dataset(),
            Architecture.of(3, Activation.TANH, 2, 7),
            ball.spec().training(),
            20_000);
    assertTrue(seven.lastSnapshot().accuracy() > 0.99, "one layer of seven does fine on the ball");
  }

  /**
   * adversarial-nudge: a flip takes a few hundredths of the cube's width (2), a few times the
   * neighbour spacing, and the layers enlarge the move about 14 times by the last hidden layer.
   */
  @Test
  void aNudgeIsShortAtTheInputAndGrowsThroughTheLayers() {
    Run run = TrainedScenes.of("adversarial-nudge.yaml");
    Network network = run.last();
    Dataset data = run.scene().dataset();
    StageCoordinates stages = StageCoordinates.of(network);
    int[] predicted = network.predict(data.points(), data.size());
    List<Double> distances = new ArrayList<>();
    List<Double> enlargements = new ArrayList<>();
    for (int i = 0; i < data.size(); i += 20) {
      if (predicted[i] != data.labels()[i]) {
        continue;
      }
      Nudge.Result nudge =
          Nudge.towardsOtherClass(network, Arrays.copyOfRange(data.points(), 3 * i, 3 * i + 3));
      assertTrue(nudge.flipped(), "point " + i + " flips");
      distances.add(nudge.distance());
      double[] start = stages.follow(nudge.start());
      double[] end = stages.follow(nudge.end());
      int at = stages.offsetOf(squash(3));
      double squared = 0;
      for (int k = 0; k < stages.widthOf(squash(3)); k++) {
        squared += (end[at + k] - start[at + k]) * (end[at + k] - start[at + k]);
      }
      enlargements.add(Math.sqrt(squared) / nudge.distance());
    }
    double distance = median(distances);
    double gap = NeighbourDistance.median(data, 500);
    double enlarged = median(enlargements);

    assertTrue(distances.size() > 150, "nudged " + distances.size());
    assertTrue(distance / 2 > 0.02 && distance / 2 < 0.06, "a few hundredths: " + distance);
    assertTrue(
        distance / gap > 2 && distance / gap < 6, "a few times the spacing: " + distance / gap);
    assertTrue(enlarged > 11 && enlarged < 17, "about 14 times by layer 3: " + enlarged);
  }

  @Test
  void probesOffTheSheetsGetAConfidentAnswer() {
    Run run = TrainedScenes.of("off-the-sheets.yaml");
    // the window's probes: 1,500 of them, at least 0.1 from the data, seed 1 (SceneGeometry)
    Probes.Summary summary =
        Probes.sample(run.last(), run.scene().dataset(), 1_500, 0.1, 1).summary();

    assertTrue(summary.shareSure() > 0.95, "nearly all with 90 % or more: " + summary);
  }

  /**
   * small-batch and large-batch: the full-batch ball is checked up to {@link
   * TrainedScenes#FULL_BATCH_STEPS} steps, where its captions' figures are taken.
   */
  @Test
  void batchSizesDifferInSpeedAndLossAndNeitherIsAlwaysSharper() {
    Run small = TrainedScenes.of("small-batch.yaml");
    Run large = TrainedScenes.of("large-batch.yaml", TrainedScenes.FULL_BATCH_STEPS);
    assertEquals(4000, large.scene().spec().training().batchSize());
    assertEquals(
        small.scene().spec().training().seed(), large.scene().spec().training().seed(), "seed");
    LossLandscape.Sample sample = LossLandscape.sample(small.scene().dataset());

    assertTrue(large.accuracyAt(1_000) > small.accuracyAt(1_000), "ahead after 1,000 steps");
    int early = largeSharperSlices(small.network(1_000), large.network(1_000), sample);
    assertTrue(early > 10, "the large ball sharper in most slices after 1,000: " + early);
    int later = largeSharperSlices(small.network(3_000), large.network(3_000), sample);
    assertTrue(later < 10, "the small ball sharper in most slices after 3,000: " + later);

    double accuracy = large.accuracyAt(3_000);
    double loss = large.lastSnapshot().loss();
    assertTrue(accuracy > 0.925 && accuracy < 0.94, "about 93 % by 3,000: " + accuracy);
    assertTrue(accuracy - large.accuracyAt(2_000) < 0.01, "gaining little after 2,000");
    assertTrue(loss > 0.11 && loss < 0.15, "its loss stuck near 0.13: " + loss);
    assertTrue(
        large.kept().get(2_000L).loss() - loss < 0.02, "stuck: " + large.kept().get(2_000L).loss());
    assertTrue(small.lastSnapshot().loss() < 0.02, "the small ball's falls to about 0.01");
    assertEquals(
        "99.7", String.format("%.1f", 100 * small.lastSnapshot().accuracy()), "99.7 % right");
  }

  /** Of 20 filter-normalised slices, how many show the loss climbing more around the large ball. */
  private static int largeSharperSlices(Network a, Network b, LossLandscape.Sample sample) {
    int count = 0;
    for (long seed = 1; seed <= 20; seed++) {
      // the panel's measure at Reach 0.1: the highest loss within 0.1 minus the loss at the dot;
      // on a 5 × 5 grid, which gives the same ranking as the panel's finer grid here
      double riseSmall = rise(a, sample, seed);
      double riseLarge = rise(b, sample, seed);
      count += riseLarge > riseSmall ? 1 : 0;
    }
    return count;
  }

  private static double rise(Network network, LossLandscape.Sample sample, long seed) {
    LossLandscape.Directions directions = LossLandscape.filterNormalised(network, seed);
    return LossLandscape.compute(network, sample, directions, 5, 0.1, () -> false).riseWithin(0.1);
  }

  /** The first layer squeezes one direction, the roll's length (y), almost to nothing. */
  private static void assertSqueezedAlongTheRollsLength(Network network) {
    LayerDecomposition d =
        LayerDecomposition.of(
            LayerParams.linear(network.layer(0).weights(), network.layer(0).bias()));
    double[] sigma = d.sigma();
    int weakest = 0;
    double strongest = 0;
    for (int i = 0; i < 3; i++) {
      weakest = Math.abs(sigma[i]) < Math.abs(sigma[weakest]) ? i : weakest;
      strongest = Math.max(strongest, Math.abs(sigma[i]));
    }
    DMatrixRMaj v = d.v();
    assertTrue(
        Math.abs(sigma[weakest]) < 0.01 * strongest, "almost nothing: " + Arrays.toString(sigma));
    assertTrue(Math.abs(v.get(1, weakest)) > 0.99, "along the roll's length, y");
  }

  private static StageMeasures measures(Run run, long step) {
    Dataset data = run.scene().dataset();
    List<double[]> sheets = new ArrayList<>();
    for (Sheet sheet : data.sheets()) {
      sheets.add(sheet.vertices());
    }
    return StageMeasures.of(
        run.network(step), data.points(), data.size(), data.labels(), data.classCount(), sheets);
  }

  /** |σ| of a hidden layer, largest first. */
  private static double[] singularValues(Network network, int layer) {
    LayerDecomposition d =
        LayerDecomposition.of(
            LayerParams.linear(network.layer(layer).weights(), network.layer(layer).bias()));
    int r = Math.min(d.inputWidth(), d.outputWidth());
    double[] sigma = new double[r];
    for (int i = 0; i < r; i++) {
      sigma[i] = -Math.abs(d.sigma()[i]);
    }
    Arrays.sort(sigma);
    for (int i = 0; i < r; i++) {
      sigma[i] = -sigma[i];
    }
    return sigma;
  }

  private static int squash(int layer) {
    return 5 * layer;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
