package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.Group;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.uncrumple.app.files.RecentFiles;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.look.ThemeSetting;
import org.uncrumple.app.look.WindowPlacement;

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
}
