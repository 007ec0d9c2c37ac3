package org.uncrumple;

import org.uncrumple.cli.UncrumpleCommand;

/**
 * Starts Uncrumple: the window, or one of the command-line tools.
 *
 * <p>This class does not extend {@code Application}, so the program also starts from a plain class
 * path. It turns on OpenGL rendering ({@code prism.forceGPU}) unless the user chose otherwise,
 * because without it JavaFX falls back to a software pipeline with no 3D on machines whose OpenGL
 * is Mesa's software renderer.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (System.getProperty("prism.forceGPU") == null) {
      System.setProperty("prism.forceGPU", "true");
    }
    System.exit(UncrumpleCommand.commandLine().execute(args));
  }
}
