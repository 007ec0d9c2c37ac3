package org.uncrumple.app.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** Smooth edges: automatic until chosen, the command line deciding for a run. */
class SmoothEdgesTest {
  private static final String SWRAST =
      "7f1c2a000000-7f1c2b000000 r-xp 00000000 08:01 1234 "
          + "/usr/lib/x86_64-linux-gnu/dri/swrast_dri.so";
  private static final String RADEON =
      "7f1c2a000000-7f1c2b000000 r-xp 00000000 08:01 1234 "
          + "/usr/lib/x86_64-linux-gnu/dri/radeonsi_dri.so";

  private final Preferences preferences = new MemoryPreferences();

  @Test
  void automaticallyOffOnASoftwareRendererAndOnWithAGraphicsCard() {
    assertFalse(SmoothEdges.initial(preferences, null, true));
    assertTrue(SmoothEdges.initial(preferences, null, false));
  }

  @Test
  void aRememberedChoiceWinsOverAutomatic() {
    preferences.put(SmoothEdges.KEY, "on");
    assertTrue(SmoothEdges.initial(preferences, null, true));
    preferences.put(SmoothEdges.KEY, "off");
    assertFalse(SmoothEdges.initial(preferences, null, false));
  }

  @Test
  void theCommandLineDecidesForTheRun() {
    preferences.put(SmoothEdges.KEY, "on");
    assertFalse(SmoothEdges.initial(preferences, "false", false));
    assertTrue(SmoothEdges.initial(preferences, "true", true));
  }

  @Test
  void aDamagedPreferenceFallsBackToAutomatic() {
    preferences.put(SmoothEdges.KEY, "sometimes");
    assertFalse(SmoothEdges.initial(preferences, null, true));
    assertTrue(SmoothEdges.initial(preferences, null, false));
  }

  @Test
  void changesAreRemembered() {
    SmoothEdges setting = new SmoothEdges(preferences);
    boolean start = setting.onProperty().get();

    setting.onProperty().set(!start);

    assertEquals(start ? "off" : "on", preferences.get(SmoothEdges.KEY, null));
    assertEquals(!start, new SmoothEdges(preferences).onProperty().get(), "a new window");
  }

  @Test
  void mesaSoftwareIsToldByItsDriverOrItsEnvironment() {
    assertTrue(SmoothEdges.softwareRenderer(Map.of(), List.of(RADEON, SWRAST)));
    assertFalse(SmoothEdges.softwareRenderer(Map.of(), List.of(RADEON)));
    assertFalse(SmoothEdges.softwareRenderer(Map.of(), List.of()));
    assertTrue(SmoothEdges.softwareRenderer(Map.of("LIBGL_ALWAYS_SOFTWARE", "1"), List.of()));
    assertTrue(SmoothEdges.softwareRenderer(Map.of("GALLIUM_DRIVER", "llvmpipe"), List.of(RADEON)));
    assertFalse(SmoothEdges.softwareRenderer(Map.of("LIBGL_ALWAYS_SOFTWARE", "0"), List.of()));
  }
}
