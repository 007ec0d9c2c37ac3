package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.runFx;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.robot.Robot;
import javafx.stage.Screen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.uncrumple.scene.BundledScenes;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.testing.Display3d;
import org.uncrumple.testing.FxErrors;

/**
 * The render benchmark, short, with the pointer resting where its window opens (as on a fresh
 * Xvfb): every case replaces the one before in the same window, and the window closes, without an
 * exception on the FX thread.
 */
@Tag("display")
class RenderBenchmarkDisplayTest {
  @BeforeAll
  static void display() throws Exception {
    Display3d.require();
  }

  @Test
  void casesFollowOneAnotherAndTheWindowClosesUnderARestingPointer() throws Exception {
    // A new window opens in the middle of the screen: the pointer waits there.
    runFx(
        () -> {
          Rectangle2D screen = Screen.getPrimary().getVisualBounds();
          new Robot()
              .mouseMove(
                  screen.getMinX() + screen.getWidth() / 2,
                  screen.getMinY() + screen.getHeight() / 2);
        });
    LoadedScene ball = LoadedScene.load(SceneReader.readBundled(BundledScenes.DEFAULT));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    long shortly = TimeUnit.MILLISECONDS.toNanos(300);
    try (FxErrors errors = FxErrors.collect()) {
      new RenderBenchmark(
              new PrintStream(printed, true, StandardCharsets.UTF_8), shortly, shortly, shortly)
          .run(
              List.of(
                  new RenderBenchmark.Case("first", () -> ball),
                  new RenderBenchmark.Case("second", () -> ball, true)));

      assertEquals(List.of(), errors.described(), "thrown on the FX thread");
    }
    String figures = printed.toString(StandardCharsets.UTF_8);
    assertTrue(figures.contains("render.empty.fps "), figures);
    // the bare view again right after the first case, and the first case against both
    assertTrue(figures.contains("render.empty_again.fps "), figures);
    assertTrue(figures.contains("first.of_empty_percent "), figures);
    assertTrue(!figures.contains("second.of_empty_percent"), figures);
    assertTrue(
        figures.contains("render.smooth_edges on") || figures.contains("render.smooth_edges off"),
        figures);
    assertTrue(figures.contains("first.shown_median "), figures);
    assertTrue(figures.contains("first.draw_ms "), figures);
    assertTrue(figures.contains("first.jit_wait_s "), figures);
    assertTrue(figures.contains("first.fps ") && figures.contains("second.fps "), figures);
    // The second case stops its tour and waits for every point to be drawn at rest.
    assertTrue(figures.contains("second.rest_ms ") && !figures.contains("first.rest_ms"), figures);
  }

  @Test
  void aMeasuringWindowThatNoPulseFallsIntoGivesZeros() throws Exception {
    // On a loaded machine a short window can pass between two pulses; a nanosecond always does.
    LoadedScene ball = LoadedScene.load(SceneReader.readBundled(BundledScenes.DEFAULT));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (FxErrors errors = FxErrors.collect()) {
      new RenderBenchmark(new PrintStream(printed, true, StandardCharsets.UTF_8), 1, 1, 1)
          .run(List.of(new RenderBenchmark.Case("empty_window", () -> ball)));

      assertEquals(List.of(), errors.described(), "thrown on the FX thread");
    }
    String figures = printed.toString(StandardCharsets.UTF_8);
    assertTrue(figures.contains("empty_window.fps 0.0"), figures);
    assertTrue(figures.contains("empty_window.panel_layouts 0.0"), figures);
    assertTrue(figures.contains("empty_window.shown_median 0"), figures);
    assertTrue(figures.contains("empty_window.draw_ms 0.0"), figures);
  }
}
