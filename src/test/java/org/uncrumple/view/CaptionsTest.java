package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.geometry.StageMeasures;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;
import org.uncrumple.train.TrainingSession;
import org.uncrumple.train.TrainingSettings;

class CaptionsTest {
  private static final List<Activation> ACTIVATIONS = List.of(Activation.TANH, Activation.RELU);
  private static final List<String> CLASSES = List.of("red sheet", "blue sheet");
  private static Traced traced;

  /** Layer 1: a quarter turn about z, then a stretch by 2, 1, 0.5; layer 2: ReLU. */
  @BeforeAll
  static void traceAHandMadeNetwork() throws Exception {
    Architecture architecture =
        new Architecture(
            3, List.of(new LayerSpec(3, Activation.TANH), new LayerSpec(3, Activation.RELU)), 2);
    Network network = Network.initialise(architecture, 1);
    // W = diag(2, 1, 0.5)·Rz(90°): rows are the rotated axes scaled.
    DMatrixRMaj w = network.layer(0).weights();
    w.zero();
    w.set(0, 1, -2);
    w.set(1, 0, 1);
    w.set(2, 2, 0.5);
    network.layer(0).bias().set(0, 0, 0.25);
    Dataset data = Generators.generate("paper-ball", Map.of("points", 100));
    TrainingSession session =
        new TrainingSession(data, architecture, TrainingSettings.defaults(), network);
    traced = Traced.of(session.snapshot(false), data.points(), data.size(), null);
  }

  private static String caption(int stage) {
    return Captions.of(traced, stage, ACTIVATIONS, CLASSES, 0.975);
  }

  @ParameterizedTest(name = "stage {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | The input: 2 classes",
        "2 | Layer 1 stretches space along its axes: ×2.00, ×1.00, ×0.50",
        "4 | shifts everything by its bias (+0.25, +0.00, +0.00)",
        "5 | Layer 1 squashes each coordinate with tanh",
        "10 | Layer 2 applies ReLU: every negative coordinate becomes 0",
        "11 | points on one side are called red sheet, on the other blue sheet. Right now 97.5 %",
      })
  void eachStageSaysWhatItDoes(int stage, String expected) {
    assertTrue(caption(stage).contains(expected), caption(stage));
  }

  @Test
  void theTwoTurnsTogetherMakeAQuarterTurn() {
    double first = degrees(caption(1));
    double second = degrees(caption(3));

    // W = diag(2, 1, 0.5)·Rz(90°) is already U·Σ·Vᵀ with U = I and Vᵀ = Rz(90°).
    assertTrue(Math.abs(first - 90) < 1, caption(1));
    assertTrue(Math.abs(second) < 1, caption(3));
    assertTrue(caption(1).contains("Turning keeps every distance"), caption(1));
    assertTrue(caption(3).contains("turns space again rigidly"), caption(3));
  }

  @ParameterizedTest(name = "split {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0.62 | They are tangled: the best flat cut here gets only 62 % of the points right.",
        "0.995 | The classes are nearly apart already: the best flat cut here gets 99.5 %",
        "1.0 | A flat cut already puts every point on its own class's side here",
      })
  void theInputIsCalledTangledOnlyWhenTheMeasuredSplitSaysSo(double split, String expected) {
    String text = Captions.of(withInputSplit(split), 0, ACTIVATIONS, CLASSES, 0.975);

    assertTrue(text.contains(expected), text);
    assertEquals(split < Captions.APART, text.contains("tangled"), text);
  }

  @Test
  void anUnmeasuredInputIsNotCalledTangled() {
    assertFalse(caption(0).contains("tangled"), caption(0));
    assertFalse(caption(0).contains("No flat plane"), caption(0));
  }

  @Test
  void aWideningLayerNamesOnlyItsRealFactorsAndMirrorsNothing() throws Exception {
    // W (16×3) = [diag(3, −2, 1.5); 0]: every real factor grows
    Architecture architecture = new Architecture(3, List.of(new LayerSpec(16, Activation.TANH)), 2);
    Network network = Network.initialise(architecture, 2);
    DMatrixRMaj w = network.layer(0).weights();
    w.zero();
    w.set(0, 0, 3);
    w.set(1, 1, -2);
    w.set(2, 2, 1.5);
    String text = traceAndCaption(network, 2);

    assertTrue(text.contains("×3.00, ×2.00, ×1.50."), text);
    assertFalse(text.contains("Some directions grow, others shrink"), text);
    assertFalse(text.contains("negative"), text);
    assertTrue(text.contains("It moves into 16 dimensions"), text);
  }

  @Test
  void onlyASquareLayerWithANegativeDeterminantIsSaidToMirror() throws Exception {
    Architecture architecture = new Architecture(3, List.of(new LayerSpec(3, Activation.TANH)), 2);
    Network network = Network.initialise(architecture, 3);
    DMatrixRMaj w = network.layer(0).weights();
    w.zero();
    w.set(0, 0, -2);
    w.set(1, 1, 1);
    w.set(2, 2, 0.5);

    String text = traceAndCaption(network, 2);

    assertTrue(text.contains("One factor is negative: W mirrors space (det W < 0)"), text);
  }

  private static String traceAndCaption(Network network, int stage) throws Exception {
    Dataset data = Generators.generate("paper-ball", Map.of("points", 100));
    TrainingSession session =
        new TrainingSession(data, network.architecture(), TrainingSettings.defaults(), network);
    Traced made = Traced.of(session.snapshot(false), data.points(), data.size(), null);
    return Captions.of(made, stage, List.of(Activation.TANH), CLASSES, 0.5);
  }

  /** The shared trace with a measured split at the input and nowhere else. */
  private static Traced withInputSplit(double split) {
    double[] separability = new double[traced.path().stageCount() + 1];
    separability[0] = split;
    return new Traced(
        traced.snapshot(),
        traced.path(),
        traced.boundaryNormal(),
        traced.boundaryOffset(),
        traced.regionClasses(),
        traced.carried(),
        new StageMeasures(separability, new double[0][]),
        traced.characters());
  }

  private static double degrees(String text) {
    int end = text.indexOf('°');
    int start = text.lastIndexOf(' ', end) + 1;
    return Double.parseDouble(text.substring(start, end));
  }
}
