package org.uncrumple.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What {@code uncrumple export} refuses before it draws anything (no display needed). */
class ExportCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = UncrumpleCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void aSizeThatIsNotWidthByHeightIsExplained(@TempDir Path folder) {
    int code = run("export", "scenes/paper-ball.yaml", "--size", "big", "--out", folder + "/t.gif");
    assertEquals(2, code);
    assertTrue(err.toString().contains("--size big: write it as WIDTHxHEIGHT"), err.toString());
  }

  @Test
  void anOddSizeForMp4IsRefused(@TempDir Path folder) {
    int code =
        run("export", "scenes/paper-ball.yaml", "--size", "641x400", "--out", folder + "/t.mp4");
    assertEquals(2, code);
    assertTrue(err.toString().contains("even width and height"), err.toString());
  }

  @Test
  void anExistingFileIsKeptWithoutForce(@TempDir Path folder) throws Exception {
    Path existing = Files.writeString(folder.resolve("tour.gif"), "mine");
    int code = run("export", "scenes/paper-ball.yaml", "--out", existing.toString());
    assertEquals(5, code);
    assertTrue(err.toString().contains("exists already"), err.toString());
    assertEquals("mine", Files.readString(existing));
  }

  @Test
  void anUnknownExtensionSaysWhichAreKnown(@TempDir Path folder) {
    int code = run("export", "scenes/paper-ball.yaml", "--out", folder + "/tour.avi");
    assertEquals(2, code);
    assertTrue(err.toString().contains(".mp4, .gif or .png"), err.toString());
  }

  @Test
  void aMisspeltShowSuggestsTheRightName(@TempDir Path folder) {
    int code =
        run(
            "export",
            "scenes/paper-ball.yaml",
            "--clip",
            "still",
            "--show",
            "points,sheet",
            "--out",
            folder + "/still.png");
    assertEquals(2, code);
    assertTrue(err.toString().contains("did you mean \"sheets\"?"), err.toString());
    assertTrue(err.toString().contains("points, sheets, lattice, surface"), err.toString());
  }

  @Test
  void showingNothingIsRefused(@TempDir Path folder) {
    int code =
        run("export", "scenes/paper-ball.yaml", "--show", ",", "--out", folder + "/still.png");
    assertEquals(2, code);
    assertTrue(err.toString().contains("names nothing to draw"), err.toString());
  }

  @Test
  void anUnknownProjectionSaysWhichAreAllowed(@TempDir Path folder) {
    int code =
        run(
            "export",
            "scenes/iris.yaml",
            "--clip",
            "still",
            "--projection",
            "t-sne",
            "--out",
            folder + "/still.png");
    assertEquals(2, code);
    assertTrue(err.toString().contains("--projection t-sne"), err.toString());
    assertTrue(err.toString().contains("main-directions, grand-tour"), err.toString());
  }

  @Test
  void theProjectionOptionChoosesTheGrandTour() throws Exception {
    assertTrue(ExportCommand.grandTour("grand-tour"));
    assertFalse(ExportCommand.grandTour("main-directions"));
  }

  @Test
  void theShowListIsReadInAnyOrderAndCase() throws Exception {
    assertEquals(
        java.util.EnumSet.of(
            org.uncrumple.scene.Show.POINTS,
            org.uncrumple.scene.Show.LATTICE,
            org.uncrumple.scene.Show.SURFACE),
        ExportCommand.shows("Surface, points,lattice"));
  }
}
