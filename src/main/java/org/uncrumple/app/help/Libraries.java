package org.uncrumple.app.help;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The libraries the program is built from and ships, with their licences, for the About box. Their
 * versions come from the build: {@code mvn} writes the resolved dependencies into the resource
 * {@value #RESOURCE} ({@code dependency:list} in the pom), so they always match the pom.
 */
final class Libraries {
  static final String RESOURCE = "libraries.txt";

  /** Shown where the build did not list the library (run from an IDE, or not bundled). */
  static final String UNKNOWN = "—";

  /**
   * A library: its name, its licence, the Maven artifact ({@code groupId:artifactId}) that gives
   * its version, and how the artifact's version becomes the library's.
   */
  record Library(String name, String licence, String artifact, UnaryOperator<String> version) {
    Library(String name, String licence, String artifact) {
      this(name, licence, artifact, UnaryOperator.identity());
    }
  }

  /** A row of the About box: what is shown. */
  record Row(String name, String version, String licence) {}

  private static final String APACHE = "Apache 2.0";
  private static final String JAVACPP = "Apache 2.0, or GPL v2 with Classpath Exception";

  /** Everything the app image bundles, the Java runtime included. */
  static final List<Library> BUNDLED =
      List.of(
          new Library("JavaFX", "GPL v2 with Classpath Exception", "org.openjfx:javafx-controls"),
          new Library("EJML", APACHE, "org.ejml:ejml-core"),
          new Library("FXyz3D", "BSD 3-Clause", "org.fxyz3d:fxyz3d"),
          new Library("JCSG (for FXyz3D)", "BSD 2-Clause", "eu.mihosoft.vrl.jcsg:jcsg"),
          new Library("VVecMath (for FXyz3D)", "BSD 2-Clause", "eu.mihosoft.vvecmath:vvecmath"),
          new Library("poly2tri (for FXyz3D)", "BSD 3-Clause", "org.orbisgis:poly2tri-core"),
          new Library("Jackson", APACHE, "com.fasterxml.jackson.core:jackson-databind"),
          new Library("SnakeYAML (for Jackson)", APACHE, "org.yaml:snakeyaml"),
          new Library("SLF4J API", "MIT", "org.slf4j:slf4j-api"),
          new Library("picocli", APACHE, "info.picocli:picocli"),
          new Library("AtlantaFX", "MIT", "io.github.mkpaz:atlantafx-base"),
          new Library("Ikonli", APACHE, "org.kordamp.ikonli:ikonli-javafx"),
          new Library("JavaCPP", JAVACPP, "org.bytedeco:javacpp"),
          // org.bytedeco:ffmpeg 7.1.1-1.5.12 is FFmpeg 7.1.1 in JavaCPP Presets 1.5.12.
          new Library(
              "JavaCPP Presets for FFmpeg", JAVACPP, "org.bytedeco:ffmpeg", Libraries::after),
          new Library(
              "FFmpeg (LGPL build)", "LGPL v3 or later", "org.bytedeco:ffmpeg", Libraries::before),
          new Library(
              "OpenH264 (H.264 encoder)",
              "BSD 2-Clause",
              "org.bytedeco:ffmpeg",
              v -> "in FFmpeg " + before(v)));

  private Libraries() {}

  /** The rows of the About box: the Java runtime, then {@link #BUNDLED}, with their versions. */
  static List<Row> rows() {
    Map<String, String> versions = versions();
    List<Row> rows = new java.util.ArrayList<>();
    rows.add(
        new Row(
            "Java runtime (OpenJDK)",
            System.getProperty("java.version"),
            "GPL v2 with Classpath Exception"));
    for (Library library : BUNDLED) {
      String version = versions.get(library.artifact());
      rows.add(
          new Row(
              library.name(),
              version == null ? UNKNOWN : library.version().apply(version),
              library.licence()));
    }
    return rows;
  }

  /** {@code groupId:artifactId} → version, from the resource the build wrote; empty without it. */
  static Map<String, String> versions() {
    InputStream in = Libraries.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      return Map.of();
    }
    try (in) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("the program's own " + RESOURCE + " cannot be read", e);
    }
  }

  /**
   * Reads {@code dependency:list} output: lines such as {@code
   * org.ejml:ejml-core:jar:0.44.0:compile -- module ejml.core (auto)}, or with a classifier before
   * the version; other lines are skipped.
   */
  static Map<String, String> parse(InputStream in) throws IOException {
    Map<String, String> versions = new HashMap<>();
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      // Maven colours the output on a terminal.
      String[] words = line.replaceAll("\u001B\\[[;\\d]*m", "").strip().split("\\s+");
      String[] parts = words[0].split(":");
      if (parts.length == 5 || parts.length == 6) {
        versions.putIfAbsent(parts[0] + ":" + parts[1], parts[parts.length - 2]);
      }
    }
    return versions;
  }

  private static String before(String version) {
    int dash = version.indexOf('-');
    return dash < 0 ? version : version.substring(0, dash);
  }

  private static String after(String version) {
    return version.substring(version.indexOf('-') + 1);
  }
}
