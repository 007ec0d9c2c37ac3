package org.uncrumple.scene;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The scenes that ship inside the program (the project's scenes/ folder), for the gallery. */
public final class BundledScenes {
  /** The scene the window opens on when none is named. */
  public static final String DEFAULT = "paper-ball.yaml";

  private BundledScenes() {}

  /** A bundled scene's file name with its title and description. */
  public record Entry(String file, String title, String description) {}

  /** File names of the bundled scenes: the default first, then by name. */
  public static List<String> names() throws SceneException {
    try {
      return list(folder());
    } catch (IOException e) {
      throw new SceneException("the bundled scenes cannot be listed (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The folder of the bundled scenes: inside the program's jar (a zip file system, opened once and
   * kept open), or a folder of class files when the program runs from a build.
   */
  static Path folder() throws SceneException {
    URL scene = BundledScenes.class.getResource("/scenes/" + DEFAULT);
    if (scene == null) {
      throw new SceneException("the program's bundled scenes are missing");
    }
    try {
      URI uri = scene.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem jar;
        try {
          jar = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException notOpenYet) {
          jar = FileSystems.newFileSystem(uri, Map.of());
        }
        return jar.getPath("/scenes");
      }
      return Path.of(uri).getParent();
    } catch (IOException | URISyntaxException e) {
      throw new SceneException("the bundled scenes cannot be found (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Where a scene's {@code dataset.csv} is: relative to the scene file's folder; but a relative
   * path that names no file there and names one of the data files bundled with the program (such as
   * {@code data/digits.csv}) is that bundled file, so a bundled lesson saved elsewhere still finds
   * its data.
   *
   * @param scene the scene file
   * @param path the path as written
   * @return the CSV file
   */
  static Path csv(Path scene, String path) {
    Path folder = scene.toAbsolutePath().getParent();
    Path beside = folder == null ? Path.of(path) : folder.resolve(path).normalize();
    if (Files.exists(beside) || Path.of(path).isAbsolute()) {
      return beside;
    }
    try {
      Path bundled = folder().resolve(path).normalize();
      return bundled.startsWith(folder()) && Files.isRegularFile(bundled) ? bundled : beside;
    } catch (SceneException | java.nio.file.InvalidPathException e) {
      // No bundled file by that name: the path beside the scene stands, and reading it will say
      // that there is no such file.
      return beside;
    }
  }

  /**
   * The path of a file bundled with the program relative to the bundled scenes' folder, such as
   * {@code data/digits.csv}, for a scene to name it; empty for any other file.
   */
  static java.util.Optional<String> bundledName(Path file) {
    try {
      Path folder = folder();
      if (file.getFileSystem().equals(folder.getFileSystem()) && file.startsWith(folder)) {
        return java.util.Optional.of(folder.relativize(file).toString().replace('\\', '/'));
      }
    } catch (SceneException e) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.empty();
  }

  /**
   * A data file bundled with the scenes, such as {@code data/digits.csv}, where the program can
   * read it (inside its jar, or in its build's folder).
   *
   * @param name the file's path below the scenes' folder
   * @return the file
   * @throws SceneException when there is no such bundled file
   */
  public static Path dataFile(String name) throws SceneException {
    Path file = folder().resolve(name).normalize();
    if (!file.startsWith(folder()) || !Files.isRegularFile(file)) {
      throw new SceneException("the data file " + name + " is not bundled with this program");
    }
    return file;
  }

  /**
   * Where the data files bundled with the scenes come from and under which licences, in plain text
   * (scenes/data/sources.txt), for Help › About.
   *
   * @return the text
   * @throws SceneException when the file is missing from the program
   */
  public static String dataSources() throws SceneException {
    try (java.io.InputStream in =
        BundledScenes.class.getResourceAsStream("/scenes/data/sources.txt")) {
      if (in == null) {
        throw new SceneException("the sources of the bundled data are missing from the program");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SceneException(
          "the sources of the bundled data cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Every bundled scene that reads, with its title and description. */
  public static List<Entry> entries() throws SceneException {
    List<Entry> entries = new ArrayList<>();
    for (String name : names()) {
      SceneSpec spec = SceneReader.readBundled(name);
      entries.add(new Entry(name, spec.title(), spec.description().strip()));
    }
    return entries;
  }

  private static List<String> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .sorted(Comparator.comparing((String n) -> !n.equals(DEFAULT)).thenComparing(n -> n))
          .toList();
    }
  }
}
