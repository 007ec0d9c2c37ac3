package org.uncrumple.app.help;

/** The program's version, from the jar's manifest as {@code uncrumple --version} reads it. */
public final class ProgramVersion {
  private ProgramVersion() {}

  /** The version, or "development" when the program runs from classes rather than its jar. */
  public static String get() {
    String version = ProgramVersion.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
