package org.uncrumple;

/** Entry point placeholder while the build is set up. */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {}
}
