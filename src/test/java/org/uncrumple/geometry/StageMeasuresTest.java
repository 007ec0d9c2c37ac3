package org.uncrumple.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.data.Sheet;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;
import org.uncrumple.train.TrainingSession;
import org.uncrumple.train.TrainingSettings;

/**
 * The strip's numbers on the bundled paper ball, trained as its scene trains it: the classes cannot
 * be split by one flat cut at the input, and can at the output; the sheets end flat.
 */
class StageMeasuresTest {
  private static Dataset ball;
  private static StageMeasures trained;
  private static double accuracy;

  @BeforeAll
  static void trainThePaperBall() throws Exception {
    ball = Generators.generate("paper-ball", Map.of("points", 2000, "seed", 7));
    LayerSpec tanh = new LayerSpec(3, Activation.TANH);
    Architecture architecture = new Architecture(3, List.of(tanh, tanh, tanh), 2);
    TrainingSettings settings = TrainingSettings.defaults().withSeed(1);
    TrainingSession session =
        new TrainingSession(ball, architecture, settings, Network.initialise(architecture, 1));
    for (int i = 0; i < 20_000; i++) {
      session.advance();
    }
    Network network = session.snapshot(false).copyOfNetwork();
    accuracy = session.snapshot(false).accuracy();
    trained = measure(network);
  }

  private static StageMeasures measure(Network network) {
    List<double[]> sheets = new ArrayList<>();
    for (Sheet sheet : ball.sheets()) {
      sheets.add(sheet.vertices());
    }
    return StageMeasures.of(
        network, ball.points(), ball.size(), ball.labels(), ball.classCount(), sheets);
  }

  @Test
  void oneFlatCutSplitsTheTrainedBallAtTheOutputButNotAtTheInput() {
    double[] split = trained.separability();
    assertEquals(17, split.length, "input, 15 steps, output");
    double input = split[0];
    double output = split[16];
    assertTrue(input < 0.85, "a flat cut through the crumpled input gets " + input);
    assertTrue(
        output >= Math.min(1.0, accuracy) - 0.005,
        "the output's best cut ("
            + output
            + ") is at least as good as the network ("
            + accuracy
            + ")");
    assertTrue(output > 0.99, "the output of the trained ball splits: " + output);
  }

  @Test
  void theSheetsAreFlatterAtTheOutputThanAtTheInput() {
    for (double[] sheet : trained.flatness()) {
      assertTrue(sheet[15] > sheet[0], "last hidden stage " + sheet[15] + " vs input " + sheet[0]);
      for (double value : sheet) {
        assertTrue(value >= 0 && value <= 1 + 1e-12, "a share: " + value);
      }
    }
  }
}
