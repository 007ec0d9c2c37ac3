package org.uncrumple.app;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.scene.DatasetSpec;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneException;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.scene.SceneSpec;
import org.uncrumple.scene.Show;
import org.uncrumple.train.TrainingSettings;

/**
 * What {@link RenderBenchmark} measures: the window with 20 points, paper balls of 10,000, 100,000
 * and 1,000,000 points, training flat out, the digits lesson, and 100,000 points with the sheets
 * and lattice and with everything shown. Named as their figures are, without the {@code render.}
 * prefix, so that {@code uncrumple bench render --cases} can pick some.
 */
public final class RenderCases {
  private static final String PREFIX = "render.";
  private static final int[] POINT_COUNTS = {10_000, 100_000, 1_000_000};

  /** Training speed of the bundled lessons (steps per second): what a class watches. */
  private static final double LESSON_SPEED = 300;

  private RenderCases() {}

  /**
   * The cases named (without the {@code render.} prefix), in the order they run; all when none are.
   *
   * @throws IllegalArgumentException naming a case that does not exist, with those that do
   */
  static List<RenderBenchmark.Case> select(List<String> only) {
    for (String name : only) {
      if (!caseNames().contains(name)) {
        throw new IllegalArgumentException(
            "there is no render case '"
                + name
                + "'; the cases are "
                + String.join(", ", caseNames()));
      }
    }
    return all().stream()
        .filter(c -> only.isEmpty() || only.contains(c.name().substring(PREFIX.length())))
        .toList();
  }

  /** The names of the cases, without the {@code render.} prefix, in the order they run. */
  public static List<String> caseNames() {
    return all().stream().map(c -> c.name().substring(PREFIX.length())).toList();
  }

  private static List<RenderBenchmark.Case> all() {
    List<RenderBenchmark.Case> cases = new ArrayList<>();
    // The same window with next to no points: the cost of the panels, the strip and training.
    cases.add(new RenderBenchmark.Case("render.window_20", () -> paperBall(20, LESSON_SPEED)));
    for (int points : POINT_COUNTS) {
      cases.add(
          new RenderBenchmark.Case(
              "render." + points, () -> paperBall(points, LESSON_SPEED), points >= 100_000));
    }
    cases.add(
        new RenderBenchmark.Case(
            "render.full_speed_training", () -> paperBall(POINT_COUNTS[0], 0)));
    // The bundled handwritten digits: 1,797 points of 64 features, traced and seen through PCA on
    // the trace worker's thread while the lesson trains.
    cases.add(
        new RenderBenchmark.Case(
            "render.digits", () -> LoadedScene.load(SceneReader.readBundled("digits.yaml"))));
    // Issue 6's figure: the sheets and the lattice carried along with 100,000 points.
    cases.add(
        new RenderBenchmark.Case(
            "render.100000_sheets_lattice",
            () ->
                paperBall(100_000, LESSON_SPEED, Set.of(Show.POINTS, Show.SHEETS, Show.LATTICE))));
    cases.add(
        new RenderBenchmark.Case(
            "render.100000_everything",
            () -> paperBall(100_000, LESSON_SPEED, EnumSet.allOf(Show.class))));
    return cases;
  }

  /** A paper ball of {@code points} points, training at a lesson's speed, points only. */
  static LoadedScene paperBall(int points) throws SceneException {
    return paperBall(points, LESSON_SPEED, Show.DEFAULT);
  }

  private static LoadedScene paperBall(int points, double stepsPerSecond) throws SceneException {
    return paperBall(points, stepsPerSecond, Show.DEFAULT);
  }

  private static LoadedScene paperBall(int points, double stepsPerSecond, Set<Show> show)
      throws SceneException {
    return paperBall(List.of(3, 3, 3), points, stepsPerSecond, show);
  }

  /**
   * A paper ball of {@code points} points through tanh layers of the given widths, training at
   * {@code stepsPerSecond} (0: flat out), showing {@code show}: the benchmarks' scene.
   */
  static LoadedScene paperBall(
      List<Integer> widths, int points, double stepsPerSecond, Set<Show> show)
      throws SceneException {
    List<LayerSpec> hidden = widths.stream().map(w -> new LayerSpec(w, Activation.TANH)).toList();
    SceneSpec spec =
        SceneSpec.of(
            "Render benchmark",
            "",
            DatasetSpec.generated("paper-ball", Map.of("points", points / 2, "seed", 7)),
            hidden,
            TrainingSettings.defaults().withStepsPerSecond(stepsPerSecond),
            0,
            true);
    return LoadedScene.load(spec.withView(spec.view().withShow(show)));
  }
}
