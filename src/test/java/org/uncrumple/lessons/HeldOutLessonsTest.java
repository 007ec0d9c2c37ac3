package org.uncrumple.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.uncrumple.data.Dataset;
import org.uncrumple.nn.Network;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneException;
import org.uncrumple.train.Snapshot;
import org.uncrumple.train.TestFigures;
import org.uncrumple.train.TrainingSession;

/**
 * The lessons on held-out points train as their captions say: each scene is trained headless for
 * its own number of steps (a few seconds in all) and its figures are checked against the captions.
 */
class HeldOutLessonsTest {
  /** A scene trained for its steps, with the test figures of its last weights. */
  private record Trained(Dataset data, Snapshot snapshot) {
    double training() {
      return 100 * snapshot.accuracy();
    }

    double test() {
      TestFigures figures = snapshot.test().orElseThrow();
      assertEquals(snapshot.step(), figures.step());
      return 100 * figures.accuracy();
    }

    Margins.Summary margins() {
      return Margins.measure(snapshot.copyOfNetwork(), data);
    }
  }

  private static Trained train(String scene) throws SceneException {
    LoadedScene loaded = LoadedScene.open(Path.of("scenes", scene));
    TrainingSession session =
        new TrainingSession(loaded.dataset(), loaded.architecture(), loaded.spec().training());
    while (session.steps() < loaded.spec().steps()) {
      session.advance();
    }
    return new Trained(loaded.dataset(), session.measuredSnapshot(false));
  }

  @Test
  void withoutWeightDecayTheNetworkMemorisesAndWithItTheGapCloses() throws SceneException {
    Trained memorised = train("overfitting.yaml");
    Trained decayed = train("overfitting-remedy.yaml");

    assertTrue(
        memorised.training() >= memorised.test() + 10,
        "training " + memorised.training() + " %, test " + memorised.test() + " %");
    assertTrue(
        Math.abs(decayed.training() - decayed.test()) < 3,
        "training " + decayed.training() + " %, test " + decayed.test() + " %");
    // the captions' figures
    assertEquals(98, memorised.training(), 1.5);
    assertEquals(79, memorised.test(), 1.5);
    assertEquals(84.0, decayed.training(), 1);
    assertEquals(83.4, decayed.test(), 1);
    Margins.Summary before = memorised.margins();
    Margins.Summary after = decayed.margins();
    assertEquals(0.17, before.trainingMargin(), 0.01);
    assertEquals(0.13, before.testMargin(), 0.01);
    assertEquals(0.31, after.trainingMargin(), 0.01);
    assertEquals(0.31, after.testMargin(), 0.01);
  }

  @Test
  void theSparseBallGetsItsTrainingPointsRightAndMissesTestPointsNearTheOtherSheet()
      throws SceneException {
    Trained sparse = train("sparse-ball.yaml");
    Trained dense = train("dense-ball.yaml");

    assertEquals(100, sparse.training(), 0);
    assertEquals(77, sparse.test(), 1);
    assertEquals(97.8, dense.training(), 1);
    assertEquals(97.8, dense.test(), 1);
    Margins.Summary few = sparse.margins();
    Margins.Summary many = dense.margins();
    assertEquals(62, few.testErrors(), 3);
    assertEquals(47, few.errorsNearerOther(), 3);
    assertEquals(0.21, few.ownNearest(), 0.01);
    assertEquals(0.27, few.otherNearest(), 0.01);
    assertEquals(6, many.testErrors(), 2);
    assertEquals(0, many.errorsNearerOther());
    assertEquals(0.025, many.ownNearest(), 0.002);
    assertEquals(0.12, many.otherNearest(), 0.005);
  }

  @Test
  void theSparseAndDenseBallsAreTestedOnTheSamePoints() throws SceneException {
    Dataset sparse = LoadedScene.open(Path.of("scenes", "sparse-ball.yaml")).dataset();
    Dataset dense = LoadedScene.open(Path.of("scenes", "dense-ball.yaml")).dataset();

    assertEquals(270, sparse.testSize());
    assertArrayEquals(sparse.testLabels(), dense.testLabels());
    assertArrayEquals(
        sparse.normalisation().toRaw(sparse.testPoints()),
        dense.normalisation().toRaw(dense.testPoints()),
        1e-12);
  }

  @Test
  void onTheDenselySampledBallTestPointsLieAsFarFromTheSurfaceAsTrainingPoints()
      throws SceneException {
    Trained ball = train("adversarial-nudge.yaml");
    Margins.Summary margins = ball.margins();
    Network network = ball.snapshot().copyOfNetwork();

    assertEquals(99.5, ball.test(), 0.3);
    assertEquals(0.081, margins.trainingMargin(), 0.002);
    assertEquals(0.083, margins.testMargin(), 0.002);
    assertEquals(0.065, medianNudge(network, ball.data().points(), ball.data().size()), 0.005);
    assertEquals(
        0.074, medianNudge(network, ball.data().testPoints(), ball.data().testSize()), 0.005);
  }

  /** The median distance a nudge takes to flip each of 100 points spread through the data. */
  private static double medianNudge(Network network, double[] points, int count) {
    double[] distances = new double[100];
    int stride = count / distances.length;
    for (int i = 0; i < distances.length; i++) {
      double[] point = Arrays.copyOfRange(points, 3 * i * stride, 3 * i * stride + 3);
      distances[i] = Nudge.towardsOtherClass(network, point).distance();
    }
    return Margins.median(distances);
  }
}
