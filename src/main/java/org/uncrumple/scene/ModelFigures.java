package org.uncrumple.scene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.uncrumple.train.Snapshot;
import org.uncrumple.train.TestFigures;

/**
 * The figures a model was saved with, kept in its model file under {@code "figures"} so a reader
 * can tell how well it did on the points it trained on and on points it never saw.
 *
 * <pre>
 * "figures": {"step": 20000, "loss": 0.031, "accuracy": 0.995,
 *             "test-loss": 0.045, "test-accuracy": 0.99, "test-points": 1000}
 * </pre>
 *
 * @param step training steps taken
 * @param loss mean cross-entropy on the training points (on a fixed sample of 4096 of them when
 *     there are more)
 * @param accuracy share of those training points classified correctly, 0 to 1
 * @param testLoss mean cross-entropy on the held-out test points, NaN when none were held out
 * @param testAccuracy share of test points classified correctly, NaN when none were held out
 * @param testPoints how many test points were measured; 0 when none were held out
 */
public record ModelFigures(
    long step, double loss, double accuracy, double testLoss, double testAccuracy, int testPoints) {

  private static final Set<String> FIELDS =
      Set.of("step", "loss", "accuracy", "test-loss", "test-accuracy", "test-points");

  /** The figures of a snapshot; its test figures only when they were measured on its weights. */
  public static ModelFigures of(Snapshot snapshot) {
    TestFigures test =
        snapshot.test().filter(figures -> figures.step() == snapshot.step()).orElse(null);
    return new ModelFigures(
        snapshot.step(),
        snapshot.loss(),
        snapshot.accuracy(),
        test == null ? Double.NaN : test.loss(),
        test == null ? Double.NaN : test.accuracy(),
        test == null ? 0 : test.points());
  }

  /** Whether test figures were recorded. */
  public boolean hasTest() {
    return testPoints > 0;
  }

  /** Writes the figures into a model file's root. */
  void writeTo(ObjectNode root) {
    ObjectNode node = root.putObject("figures");
    node.put("step", step);
    node.put("loss", loss);
    node.put("accuracy", accuracy);
    if (hasTest()) {
      node.put("test-loss", testLoss);
      node.put("test-accuracy", testAccuracy);
      node.put("test-points", testPoints);
    }
  }

  /**
   * Reads {@code "figures"} from a model file's root.
   *
   * @return the figures, or null when the file has none (files written before there were test
   *     points, or by hand)
   * @throws SceneException naming file, line, column and field for a value out of range
   */
  static ModelFigures read(JsonNode root, Fields fields) throws SceneException {
    JsonNode node = root.get("figures");
    if (node == null || node.isNull()) {
      return null;
    }
    fields.object(root, "/figures");
    fields.allowOnly("/figures", node, FIELDS);
    long step = fields.integer(node, "/figures/step", -1, 0, Long.MAX_VALUE);
    double loss = fields.number(node, "/figures/loss", Double.NaN, 0, true, Double.MAX_VALUE);
    double accuracy = fields.number(node, "/figures/accuracy", Double.NaN, 0, true, 1);
    int testPoints =
        (int) fields.integer(node, "/figures/test-points", 0, 0, SceneReader.MAX_POINTS);
    double testLoss =
        fields.number(node, "/figures/test-loss", Double.NaN, 0, true, Double.MAX_VALUE);
    double testAccuracy = fields.number(node, "/figures/test-accuracy", Double.NaN, 0, true, 1);
    if (testPoints > 0 && (Double.isNaN(testLoss) || Double.isNaN(testAccuracy))) {
      throw new SceneException(
          fields.where("/figures/test-points")
              + ": figures.test-points is "
              + testPoints
              + " but test-loss or test-accuracy is missing; give all three or none");
    }
    return new ModelFigures(step, loss, accuracy, testLoss, testAccuracy, testPoints);
  }
}
