package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.uncrumple.testing.Display3d;
import org.uncrumple.testing.FxErrors;

/**
 * The soak's own code path in a few seconds: the real window, every View option, following and
 * nudging, every lesson window, a scene from the gallery and an export, then the figures. Its long
 * run is {@code uncrumple bench soak --minutes 30}.
 */
@Tag("display")
class SoakBenchmarkDisplayTest {
  @BeforeAll
  static void display() throws Exception {
    Display3d.require();
  }

  @Test
  void aShortSoakDoesEverythingOnceAndLogsNoError() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (FxErrors thrown = FxErrors.collect()) {
      new SoakBenchmark(
              new PrintStream(printed, true, StandardCharsets.UTF_8),
              new SoakBenchmark.Plan(
                  Duration.ofSeconds(3), Duration.ofMinutes(5), Duration.ofMillis(30), false))
          .run();

      assertEquals(java.util.List.of(), thrown.described(), "thrown on the FX thread");
    }
    Map<String, String> figures = new HashMap<>();
    for (String line : printed.toString(StandardCharsets.UTF_8).split("\n")) {
      String[] nameValue = line.trim().split(" ");
      figures.put(nameValue[0], nameValue[1]);
    }
    for (String name :
        new String[] {
          "soak.heap_start_mb",
          "soak.heap_end_mb",
          "soak.threads_start",
          "soak.threads_end",
          "soak.rss_start_mb",
          "soak.rss_end_mb",
          "soak.max_pulse_gap_ms"
        }) {
      assertTrue(figures.containsKey(name), name + " missing from " + figures);
    }
    assertEquals("0", figures.get("soak.errors"), "errors logged; " + figures);
    assertEquals("1", figures.get("soak.exports"), "the warm-up round's export; " + figures);
    assertTrue(Integer.parseInt(figures.get("soak.rounds")) >= 2, "rounds; " + figures);
  }
}
