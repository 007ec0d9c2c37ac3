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
    URL folder = BundledScenes.class.getResource("/scenes/" + DEFAULT);
    if (folder == null) {
      throw new SceneException("the program's bundled scenes are missing");
    }
    try {
      URI uri = folder.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem jar;
        try {
          jar = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException notOpenYet) {
          jar = FileSystems.newFileSystem(uri, Map.of());
        }
        return list(jar.getPath("/scenes"));
      }
      return list(Path.of(uri).getParent());
    } catch (IOException | URISyntaxException e) {
      throw new SceneException("the bundled scenes cannot be listed (" + e.getMessage() + ")", e);
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
