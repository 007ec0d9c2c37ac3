package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.awaitFx;
import static org.uncrumple.testing.FxWaits.onFx;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;
import org.uncrumple.scene.Show;
import org.uncrumple.train.TrainingSession;
import org.uncrumple.train.TrainingSettings;

/**
 * The live picture names the axes while a stage wider than three is shown, and only then; the names
 * appear once their letters are built, a few per pulse. Headless under Monocle (the meshes are
 * built, not drawn).
 */
class AxisNamesTest {
  private static Dataset data;

  @BeforeAll
  static void toolkitAndData() throws Exception {
    FxToolkit.registerPrimaryStage();
    data = Generators.generate("paper-ball", Map.of("points", 60));
  }

  @Test
  void wideStagesAreNamedByTheirMainDirectionsNarrowOnesNot() {
    // Stages: 0 input (3 wide), 1 turn (3), 2 stretch to 6, 3–5 (6), 6 turn (6), 7 stretch to 3,
    // 8–10 (3). Position p plays the step that ends at stage ⌈p⌉.
    Traced traced = trace(6, 3);
    Viewport viewport = onFx(Viewport::new);
    LivePicture picture = onFx(() -> new LivePicture(viewport));
    onFx(
        () -> {
          picture.setScene(data, false, traced.snapshot().copyOfNetwork());
          return picture.accept(traced);
        });

    assertNull(namesAt(picture, viewport, 0), "the input is shown as it is");
    assertNull(namesAt(picture, viewport, 1), "so is the turn before the stretch");
    assertArrayEquals(AxisLabels.mainDirections(), namesAt(picture, viewport, 1.5), "stretching");
    assertArrayEquals(AxisLabels.mainDirections(), namesAt(picture, viewport, 4));
    awaitFx(
        "the names' letters to be built",
        () -> viewport.axisLabels().isShowing(),
        () -> "slowest pulse " + viewport.axisLabels().slowestPulseNanos() / 1e6 + " ms");
    for (int axis = 0; axis < 3; axis++) {
      int k = axis;
      float[] points = onFx(() -> viewport.axisLabels().nameMesh(k).getPoints().toArray(null));
      int faces = onFx(() -> viewport.axisLabels().nameMesh(k).getFaces().size() / 6);
      assertTrue(faces > 200, "the letters of a name: " + faces + " triangles");
      for (int p = 2; p < points.length; p += 3) {
        assertEquals(0, points[p], "only the letters' fronts");
      }
    }
    assertArrayEquals(AxisLabels.mainDirections(), namesAt(picture, viewport, 6));
    assertNull(namesAt(picture, viewport, 6.5), "collapsing to three");
    assertFalse(onFx(() -> viewport.axisLabels().isShowing()));
    assertNull(namesAt(picture, viewport, 11), "the output of a three-wide last layer");
  }

  @Test
  void aNetworkNeverWiderThanThreeGetsNoNames() {
    Traced traced = trace(3, 3);
    Viewport viewport = onFx(Viewport::new);
    LivePicture picture = onFx(() -> new LivePicture(viewport));
    onFx(
        () -> {
          picture.setScene(data, false, traced.snapshot().copyOfNetwork());
          return picture.accept(traced);
        });
    for (double position = 0; position <= 11; position += 0.5) {
      assertNull(namesAt(picture, viewport, position), "at " + position);
    }
  }

  @Test
  void turningOffTheNamesHidesThemAtWideStages() {
    Traced traced = trace(5, 3);
    Viewport viewport = onFx(Viewport::new);
    LivePicture picture = onFx(() -> new LivePicture(viewport));
    onFx(
        () -> {
          picture.setScene(data, false, traced.snapshot().copyOfNetwork());
          picture.accept(traced);
          picture.drawIfNeeded(3, Show.DEFAULT);
          return null;
        });
    awaitFx("the names", () -> viewport.axisLabels().isShowing(), () -> "not showing");

    onFx(
        () -> {
          viewport.axisLabels().enabledProperty().set(false);
          return null;
        });
    assertFalse(onFx(() -> viewport.axisLabels().isShowing()));
    assertEquals(3, onFx(() -> viewport.axisLabels().wanted().length), "still wanted");
  }

  private static String[] namesAt(LivePicture picture, Viewport viewport, double position) {
    return onFx(
        () -> {
          picture.drawIfNeeded(position, Show.DEFAULT);
          return viewport.axisLabels().wanted();
        });
  }

  private static Traced trace(int first, int second) {
    Architecture architecture =
        new Architecture(
            3,
            List.of(new LayerSpec(first, Activation.TANH), new LayerSpec(second, Activation.TANH)),
            2);
    Network network = Network.initialise(architecture, 3);
    TrainingSession session =
        new TrainingSession(data, architecture, TrainingSettings.defaults(), network);
    return Traced.of(session.snapshot(false), data.points(), data.size(), null);
  }
}
