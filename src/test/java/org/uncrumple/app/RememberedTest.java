package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.awaitFx;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Group;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.uncrumple.app.files.RecentFiles;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.look.ThemeSetting;
import org.uncrumple.app.look.WindowPlacement;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.testing.LoggedRecords;

/** What the window remembers between runs: the last scene file and its place on the screen. */
class RememberedTest {
  @TempDir Path folder;
  private Preferences preferences;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void freshPreferences() {
    preferences = new MemoryPreferences();
  }

  @Test
  void theFileOnTheCommandLineComesFirst() throws Exception {
    RecentFiles recent = new RecentFiles(preferences);
    recent.add(Files.createFile(folder.resolve("last.yaml")));

    assertEquals(
        Optional.of(Path.of("named.yaml")), App.sceneToOpen(List.of("named.yaml"), recent));
  }

  @Test
  void withoutOneTheSceneOpenedLastReopens() throws Exception {
    RecentFiles recent = new RecentFiles(preferences);
    recent.add(Files.createFile(folder.resolve("older.yaml")));
    Path last = Files.createFile(folder.resolve("last.csv"));
    recent.add(last);

    assertEquals(Optional.of(last.toAbsolutePath()), App.sceneToOpen(List.of(), recent));
  }

  @Test
  void aRememberedFileThatIsGoneIsPassedOverSilently() throws Exception {
    RecentFiles recent = new RecentFiles(preferences);
    Path last = Files.createFile(folder.resolve("last.yaml"));
    recent.add(last);
    Files.delete(last);

    assertEquals(Optional.empty(), App.sceneToOpen(List.of(), recent));
  }

  @Test
  void nothingRememberedOpensNothing() {
    assertEquals(Optional.empty(), App.sceneToOpen(List.of(), new RecentFiles(preferences)));
  }

  @Test
  void theWindowComesBackWhereItWasAndAsLarge() {
    WindowPlacement placement = new WindowPlacement(preferences);
    runFx(
        () -> {
          Stage first = new Stage();
          first.setX(40);
          first.setY(30);
          first.setWidth(900);
          first.setHeight(620);
          first.show();
          placement.track(first);
          first.setWidth(1000);
          first.hide();
        });

    double[] bounds =
        onFx(
            () -> {
              Stage next = new Stage();
              placement.restore(next);
              return new double[] {next.getX(), next.getY(), next.getWidth(), next.getHeight()};
            });

    assertEquals(40, bounds[0]);
    assertEquals(30, bounds[1]);
    assertEquals(1000, bounds[2]);
    assertEquals(620, bounds[3]);
  }

  @Test
  void aPlaceNoScreenShowsAnyMoreIsIgnored() {
    preferences.putDouble("window.x", 90_000);
    preferences.putDouble("window.y", 90_000);
    preferences.putDouble("window.width", 800);
    preferences.putDouble("window.height", 600);

    boolean moved =
        onFx(
            () -> {
              Stage next = new Stage();
              new WindowPlacement(preferences).restore(next);
              return !Double.isNaN(next.getX()) && next.getX() == 90_000;
            });

    assertFalse(moved, "the window was put off every screen");
  }

  @Test
  void theThemeIsRemembered() {
    boolean dark =
        onFx(
            () -> {
              try (ThemeSetting first = new ThemeSetting(preferences, new Group())) {
                first.darkProperty().set(true);
              }
              try (ThemeSetting second = new ThemeSetting(preferences, new Group())) {
                boolean remembered = second.darkProperty().get();
                second.darkProperty().set(false);
                return remembered;
              }
            });

    assertTrue(dark, "dark after a restart");
    assertEquals("light", preferences.get(ThemeSetting.KEY, null));
  }

  @Test
  void aThemeThatIsNeitherLightNorDarkStartsLightAndIsLogged() {
    preferences.put(ThemeSetting.KEY, "purple");

    try (LoggedRecords log = LoggedRecords.listen()) {
      boolean dark =
          onFx(
              () -> {
                try (ThemeSetting theme = new ThemeSetting(preferences, new Group())) {
                  return theme.darkProperty().get();
                }
              });

      assertFalse(dark, "dark");
      assertTrue(log.anyContains("\"purple\" is neither light nor dark"), log.lines().toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not numbers | wide | 100 | 800 | 600",
        "no size | 10 | 10 | 0 | 600",
        "infinite | Infinity | 10 | 800 | 600",
        "beyond any screen | 10 | 10 | 1e308 | 600",
        "negative | 10 | 10 | 800 | -600"
      })
  void aRememberedPlaceThatMakesNoSenseIsLoggedAndTheSystemPlacesTheWindow(
      String what, String x, String y, String width, String height) {
    preferences.put("window.x", x);
    preferences.put("window.y", y);
    preferences.put("window.width", width);
    preferences.put("window.height", height);

    try (LoggedRecords log = LoggedRecords.listen()) {
      double[] size =
          onFx(
              () -> {
                Stage next = new Stage();
                new WindowPlacement(preferences).restore(next);
                return new double[] {next.getWidth(), next.getHeight()};
              });

      assertTrue(
          Double.isNaN(size[0]) && Double.isNaN(size[1]), "sized " + size[0] + "x" + size[1]);
      assertTrue(log.anyContains("makes no sense"), log.lines().toString());
    }
  }

  @Test
  void theWindowOpensOnDefaultsWhenEverythingRememberedIsNonsense() throws Exception {
    preferences.put(ThemeSetting.KEY, "42");
    preferences.put("window.x", "left");
    preferences.put("window.y", "top");
    preferences.put("window.width", "NaN");
    preferences.put("window.height", "tall");
    preferences.put("window.maximised", "maybe");
    preferences.put("recent.0", folder.resolve("gone.yaml").toString());
    preferences.put("recent.1", "");

    try (LoggedRecords log = LoggedRecords.listen()) {
      // The whole window on the bundled paper ball: allowed a minute on a busy machine (a bound
      // that only keeps a broken build from hanging).
      ExplorerStage opened =
          WaitForAsyncUtils.asyncFx(
                  () -> new ExplorerStage(new Stage(), new Explorer(), preferences, List.of()))
              .get(60, TimeUnit.SECONDS);
      try {
        awaitFx("the paper ball", () -> opened.window.hasTrace(), () -> "no trace");

        assertEquals(
            SceneReader.readBundled(App.DEFAULT_SCENE).title(),
            onFx(() -> opened.explorer.scene().spec().title()),
            "the scene open");
        assertFalse(onFx(() -> opened.window.theme.darkProperty().get()), "dark");
        assertFalse(onFx(opened.stage::isMaximized), "maximised");
        assertTrue(log.anyContains("\"42\" is neither light nor dark"), log.lines().toString());
        assertTrue(log.anyContains("window place"), log.lines().toString());
      } finally {
        runFx(
            () -> {
              opened.close();
              opened.stage.close();
            });
      }
    }
  }
}
