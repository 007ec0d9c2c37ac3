package org.uncrumple.app.look;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Whether the 3D view smooths its edges (multisample anti-aliasing), remembered once the user
 * chooses.
 *
 * <p>Until then it is automatic: on where a graphics card draws, off where OpenGL runs on the
 * processor (Mesa's llvmpipe, as in virtual machines, remote desktops and computers without a
 * working graphics driver). There, smoothing draws every pixel of the view four times and costs
 * about a fifth of the frame rate: measured with 100,000 points touring, 18 frames a second with it
 * and 22 without, drawing more points while the view moves. A {@code -Duncrumple.antialiasing=true}
 * or {@code false} on the command line decides for that run instead. FX thread only.
 */
public final class SmoothEdges {
  /** The preference key; its value is "on" or "off", absent while the choice is automatic. */
  public static final String KEY = "smoothEdges";

  /** The system property that decides for one run. */
  public static final String PROPERTY = "uncrumple.antialiasing";

  private static final System.Logger LOG = System.getLogger(SmoothEdges.class.getName());

  /** The file names of Mesa's software drivers (llvmpipe or softpipe inside). */
  private static final List<String> SOFTWARE_DRIVERS =
      List.of("swrast_dri.so", "kms_swrast_dri.so");

  private final BooleanProperty on = new SimpleBooleanProperty(this, "on");

  /**
   * The setting for this run: the command line's choice if it made one, else the remembered one,
   * else automatic; and remembers the user's later changes.
   */
  public SmoothEdges(Preferences preferences) {
    on.set(initial(preferences, System.getProperty(PROPERTY), softwareRenderer()));
    on.addListener((o, before, after) -> preferences.put(KEY, after ? "on" : "off"));
  }

  /** True while the edges are smoothed. */
  public BooleanProperty onProperty() {
    return on;
  }

  /**
   * The starting value.
   *
   * @param commandLine the value of {@value #PROPERTY}, or null
   * @param software whether OpenGL runs on the processor
   */
  static boolean initial(Preferences preferences, String commandLine, boolean software) {
    if (commandLine != null) {
      return Boolean.parseBoolean(commandLine);
    }
    String remembered = preferences.get(KEY, null);
    if (remembered == null) {
      return !software;
    }
    if (remembered.equals("on") || remembered.equals("off")) {
      return remembered.equals("on");
    }
    LOG.log(
        System.Logger.Level.WARNING,
        "The remembered choice for smooth edges \""
            + remembered
            + "\" is neither on nor off; it is chosen automatically");
    return !software;
  }

  /**
   * Whether a software driver was found: once loaded it stays, so the maps are not read again. Not
   * found is not kept: asked before the toolkit started, no driver is loaded yet.
   */
  private static volatile boolean softwareFound;

  /**
   * Whether OpenGL draws on the processor in this process: Mesa told so by its environment, or one
   * of its software drivers loaded (Linux, where the toolkit has started). False when unknown.
   */
  public static boolean softwareRenderer() {
    if (!softwareFound) {
      softwareFound = findSoftwareRenderer();
    }
    return softwareFound;
  }

  private static boolean findSoftwareRenderer() {
    List<String> mapped = List.of();
    Path maps = Path.of("/proc/self/maps");
    if (Files.isReadable(maps)) {
      try {
        mapped = Files.readAllLines(maps);
      } catch (IOException | RuntimeException unreadable) {
        LOG.log(System.Logger.Level.DEBUG, "Could not read " + maps, unreadable);
      }
    }
    return softwareRenderer(System.getenv(), mapped);
  }

  /**
   * @param environment the process's environment variables
   * @param mappedFiles lines of {@code /proc/self/maps}, each ending with the file mapped
   */
  static boolean softwareRenderer(Map<String, String> environment, List<String> mappedFiles) {
    String always = environment.getOrDefault("LIBGL_ALWAYS_SOFTWARE", "");
    if (always.equals("1") || always.equalsIgnoreCase("true")) {
      return true;
    }
    String gallium = environment.getOrDefault("GALLIUM_DRIVER", "").toLowerCase(Locale.ROOT);
    if (gallium.equals("llvmpipe") || gallium.equals("softpipe")) {
      return true;
    }
    for (String line : mappedFiles) {
      String file = line.substring(line.lastIndexOf('/') + 1);
      if (SOFTWARE_DRIVERS.contains(file)) {
        return true;
      }
    }
    return false;
  }
}
