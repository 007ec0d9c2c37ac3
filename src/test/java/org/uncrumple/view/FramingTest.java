package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.uncrumple.nn.Network;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.scene.ViewSpec;
import org.uncrumple.train.Snapshot;
import org.uncrumple.train.TrainingSession;

/**
 * The framing keeps the data inside the view and filling it. Computed from the projected points, as
 * the viewport composes it: the orbit camera at the framing's centre and distance, seen through the
 * same projection the viewport uses for picking. No toolkit.
 */
class FramingTest {
  /** The window's 3D view at its default size: wider than high. */
  private static final double WIDTH = 968;

  private static final double HEIGHT = 507;
  private static final double PULSE = 1 / 20.0;

  @Test
  void theFitSpansTheFillOfTheSideItReachesFirst() {
    float[] xyz = cloud(3_000, 0.8, 0.3, 0.5, new Random(3));
    Camera camera = new Camera(new CameraPose(40, 25, 8, 0, 0));
    Framing framing = new Framing();
    framing.setData(xyz, 3_000);
    camera.step(framing, 0);

    Extent extent = camera.extent(xyz, 3_000);
    assertTrue(extent.inside(), "every point inside: " + extent);
    // The side reached first spans the fill, less what perspective takes from the far half.
    assertEquals(Framing.FILL - 0.03, extent.share(), 0.04, extent.toString());
  }

  @Test
  void aGrowingCloudIsFollowedWithoutAJumpAndNeverLeavesTheView() {
    float[] xyz = cloud(2_000, 1, 1, 1, new Random(5));
    float[] shown = xyz.clone();
    Camera camera = new Camera(new CameraPose(30, 20, 8, 0, 0));
    Framing framing = new Framing();
    framing.setData(shown, 2_000);
    camera.step(framing, 0);
    double before = camera.orbit.distanceProperty().get();
    // The cloud doubles in size over half a second, then rests.
    for (int pulse = 1; pulse <= 40; pulse++) {
      double scale = 1 + Math.min(1, pulse / 10.0);
      for (int i = 0; i < xyz.length; i++) {
        shown[i] = (float) (scale * xyz[i]);
      }
      camera.step(framing, PULSE);
      double now = camera.orbit.distanceProperty().get();
      assertTrue(camera.extent(shown, 2_000).inside(), "inside at pulse " + pulse);
      assertTrue(now / before < 1.25, "no jump at pulse " + pulse + ": " + before + " → " + now);
      before = now;
    }
    assertTrue(framing.isSettled(), "settled once the cloud rests");
    assertEquals(Framing.FILL - 0.03, camera.extent(shown, 2_000).share(), 0.04);
  }

  @Test
  void aSettledFramingStaysPutWhenThePointsBarelyMove() {
    float[] xyz = cloud(2_000, 1, 0.5, 0.5, new Random(9));
    Camera camera = new Camera(new CameraPose(0, 10, 8, 0, 0));
    Framing framing = new Framing();
    framing.setData(xyz, 2_000);
    camera.step(framing, 0);
    for (int i = 0; i < xyz.length; i++) {
      xyz[i] *= 0.99f;
    }
    assertFalse(camera.step(framing, PULSE), "a 1 % change does not move the camera");
    assertTrue(framing.isSettled());
  }

  @Test
  void theUsersZoomIsKeptOnTopOfTheFraming() {
    float[] xyz = cloud(1_000, 1, 1, 1, new Random(1));
    Camera camera = new Camera(new CameraPose(0, 0, 8, 0, 0));
    Framing framing = new Framing();
    framing.setData(xyz, 1_000);
    camera.step(framing, 0);
    double fitted = camera.orbit.distanceProperty().get();
    camera.orbit.zoom(200);
    double zoomed = camera.orbit.distanceProperty().get();
    for (int i = 0; i < xyz.length; i++) {
      xyz[i] *= 2;
    }
    for (int pulse = 0; pulse < 60; pulse++) {
      camera.step(framing, PULSE);
    }
    double ratio = camera.orbit.distanceProperty().get() / framing.distance();
    assertEquals(zoomed / fitted, ratio, 1e-9);
  }

  static List<Path> bundledScenes() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("scenes"))) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".yaml"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /**
   * Every stage of every bundled scene, trained a little so that its layers stretch and squash, is
   * framed with every point inside the view, both while a glide passes through the stages (one
   * stage a second, twice the tour's usual speed) and once the view rests on each stage, when the
   * data also fill most of the view.
   */
  @ParameterizedTest
  @MethodSource("bundledScenes")
  void everyStageOfABundledSceneStaysInsideTheView(Path file) throws Exception {
    LoadedScene scene = LoadedScene.load(SceneReader.read(file));
    Network initial =
        scene
            .spec()
            .initialWeights()
            .orElseGet(
                () -> Network.initialise(scene.architecture(), scene.spec().training().seed()));
    TrainingSession session =
        new TrainingSession(
            scene.dataset(), scene.architecture(), scene.spec().training(), initial);
    for (int step = 0; step < 400; step++) {
      session.advance();
    }
    Snapshot snapshot = session.snapshot(false);
    int count = scene.dataset().size();
    Traced traced = Traced.of(snapshot, scene.dataset().points(), count, null);
    int lastStage = traced.path().stageCount() - 1;
    float[] xyz = new float[3 * count];
    ViewSpec view = scene.spec().view();
    Camera camera = new Camera(new CameraPose(view.yaw(), view.pitch(), view.distance(), 0, 0));
    Framing framing = new Framing();
    framing.setData(xyz, count);
    traced.path().positionsAt(0, xyz);
    camera.step(framing, 0);

    double smallestFill = 1;
    for (int stage = 0; stage <= lastStage; stage++) {
      // The glide from the stage before, at 20 frames a second.
      for (int pulse = 1; stage > 0 && pulse <= 20; pulse++) {
        traced.path().positionsAt(stage - 1 + pulse / 20.0, xyz);
        camera.step(framing, PULSE);
        Extent extent = camera.extent(xyz, count);
        assertTrue(
            extent.inside(), file + " leaves the view gliding into stage " + stage + ": " + extent);
      }
      for (int pulse = 0; pulse < 40; pulse++) {
        camera.step(framing, PULSE);
      }
      Extent extent = camera.extent(xyz, count);
      assertTrue(extent.inside(), file + " leaves the view at stage " + stage + ": " + extent);
      if (camera.nearestDepth(xyz, count) > 1.01 * Framing.NEAREST_DEPTH) {
        smallestFill = Math.min(smallestFill, extent.share());
      } else {
        // The data are deeper than wide here (a line seen end on, say): the camera comes as near
        // as the nearest point allows, and their extent on screen is centred (up to the dead band).
        assertEquals(
            WIDTH / 2.0, (extent.left() + extent.right()) / 2, 0.05 * WIDTH, file + " " + stage);
        assertEquals(
            HEIGHT / 2.0, (extent.top() + extent.bottom()) / 2, 0.05 * HEIGHT, file + " " + stage);
      }
    }
    assertTrue(smallestFill > 0.6, file + ": the data fill only " + smallestFill + " of the view");
  }

  /** Random points in a box of the given half-sizes, about (0.3, −0.2, 0.1). */
  private static float[] cloud(int n, double hx, double hy, double hz, Random random) {
    float[] xyz = new float[3 * n];
    for (int i = 0; i < n; i++) {
      xyz[3 * i] = (float) (0.3 + hx * (2 * random.nextDouble() - 1));
      xyz[3 * i + 1] = (float) (-0.2 + hy * (2 * random.nextDouble() - 1));
      xyz[3 * i + 2] = (float) (0.1 + hz * (2 * random.nextDouble() - 1));
    }
    return xyz;
  }

  /** The orbit camera moved by the framing as the viewport moves it. */
  private static final class Camera {
    final OrbitCamera orbit;

    Camera(CameraPose pose) {
      orbit = new OrbitCamera(pose, Viewport.FIELD_OF_VIEW);
    }

    /** One pulse of the viewport's framing; true if the camera moved. */
    boolean step(Framing framing, double seconds) {
      double t = Math.tan(Math.toRadians(Viewport.FIELD_OF_VIEW / 2));
      double side = Math.min(WIDTH, HEIGHT);
      double before = framing.distance();
      if (!framing.step(seconds, orbit.frame(), t * WIDTH / side, t * HEIGHT / side)) {
        return false;
      }
      if (framing.jumped()) {
        orbit.reframe(framing.centre(), 1);
        orbit.setDistance(framing.distance());
      } else {
        orbit.reframe(framing.centre(), framing.distance() / before);
      }
      return true;
    }

    /** How far in front of the camera the nearest point lies. */
    double nearestDepth(float[] xyz, int n) {
      double[] f = orbit.frame();
      double nearest = Double.POSITIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        double depth =
            (f[9] - xyz[3 * i]) * f[6]
                + (f[10] - xyz[3 * i + 1]) * f[7]
                + (f[11] - xyz[3 * i + 2]) * f[8];
        nearest = Math.min(nearest, depth);
      }
      return nearest;
    }

    /** Where the points land: their extent as shares of the view's width and height. */
    Extent extent(float[] xyz, int n) {
      PickProjection projection =
          new PickProjection(orbit.frame(), Viewport.FIELD_OF_VIEW, WIDTH, HEIGHT);
      double[] p = new double[3];
      double left = Double.POSITIVE_INFINITY;
      double right = Double.NEGATIVE_INFINITY;
      double top = Double.POSITIVE_INFINITY;
      double bottom = Double.NEGATIVE_INFINITY;
      boolean inFront = true;
      for (int i = 0; i < n; i++) {
        projection.project(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2], p);
        inFront &= p[2] > 0;
        left = Math.min(left, p[0]);
        right = Math.max(right, p[0]);
        top = Math.min(top, p[1]);
        bottom = Math.max(bottom, p[1]);
      }
      return new Extent(left, right, top, bottom, inFront);
    }
  }

  /** The projected bounds of the points, in pixels of the view. */
  private record Extent(double left, double right, double top, double bottom, boolean inFront) {
    boolean inside() {
      return inFront && left >= 0 && right <= WIDTH && top >= 0 && bottom <= HEIGHT;
    }

    double width() {
      return (right - left) / WIDTH;
    }

    double height() {
      return (bottom - top) / HEIGHT;
    }

    /** The larger of the shares of width and height. */
    double share() {
      return Math.max(width(), height());
    }
  }
}
