package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's table of scenes quotes each scene's training accuracy after its own number of steps.
 * Each figure is checked by training the scene; "about N %" allows one point either way.
 */
class ReadmeFiguresTest {
  private static final Pattern ROW =
      Pattern.compile("^\\| `([a-z0-9-]+)`(?: / `([a-z0-9-]+)`)? \\|.*\\| ([^|]*%[^|]*) \\|$");
  private static final Pattern FIGURE = Pattern.compile("(about )?([0-9.]+) %");

  @Test
  void everySceneTrainsToTheAccuracyTheReadmeQuotes() throws IOException {
    List<String> checked = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("README.md"))) {
      Matcher row = ROW.matcher(line);
      if (!row.matches()) {
        continue;
      }
      Matcher figures = FIGURE.matcher(row.group(3));
      for (int g = 1; g <= 2 && row.group(g) != null; g++) {
        assertTrue(figures.find(), "a figure for " + row.group(g) + " in: " + line);
        check(
            row.group(g) + ".yaml", figures.group(1) != null, Double.parseDouble(figures.group(2)));
        checked.add(row.group(g));
      }
    }
    assertEquals(21, checked.size(), "scenes checked: " + checked);
  }

  private static void check(String scene, boolean about, double quoted) {
    LoadedScene loaded = TrainedScenes.open(scene);
    double measured;
    if (loaded.spec().training().batchSize() >= loaded.dataset().size()) {
      assertTrue(about, scene + ": a full-batch figure can only be checked as \"about\"");
      measured = TrainedScenes.of(scene, TrainedScenes.FULL_BATCH_STEPS).lastSnapshot().accuracy();
    } else {
      measured = TrainedScenes.of(scene).lastSnapshot().accuracy();
    }
    double tolerance = about ? 1.0 : 0.05 + 1e-9;
    assertFalse(
        Math.abs(100 * measured - quoted) > tolerance,
        scene + ": README says " + quoted + " %, training gives " + 100 * measured + " %");
  }
}
