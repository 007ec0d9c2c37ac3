package org.uncrumple.app.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LibrariesTest {
  @Test
  void dependencyListLinesGiveVersionsWithOrWithoutClassifierAndColour() throws Exception {
    String list =
        "\nThe following files have been resolved:\n"
            + "   org.ejml:ejml-core:jar:0.44.0:compile -- module ejml.core (auto)\n"
            + "   org.bytedeco:ffmpeg:jar:linux-x86_64:7.1.1-1.5.12:compile -- module x\n"
            + "   \u001B[36minfo.picocli:picocli:jar:4.7.6:compile\u001B[m -- module info.picocli\n";

    Map<String, String> versions =
        Libraries.parse(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)));

    assertEquals(
        Map.of(
            "org.ejml:ejml-core", "0.44.0",
            "org.bytedeco:ffmpeg", "7.1.1-1.5.12",
            "info.picocli:picocli", "4.7.6"),
        versions);
  }

  @Test
  void theFfmpegArtifactGivesFfmpegAndPresetsVersionsApart() {
    Map<String, String> versions =
        Libraries.rows().stream()
            .collect(Collectors.toMap(Libraries.Row::name, Libraries.Row::version));
    String artifact = Libraries.versions().get("org.bytedeco:ffmpeg");

    assertEquals(
        artifact,
        versions.get("FFmpeg (LGPL build)") + "-" + versions.get("JavaCPP Presets for FFmpeg"));
  }

  @Test
  void everyLibraryInThePomHasItsVersion() {
    Map<String, String> fromBuild = Libraries.versions();
    Map<String, Libraries.Row> rows =
        Libraries.rows().stream()
            .collect(Collectors.toMap(Libraries.Row::name, Function.identity()));

    for (Libraries.Library library : Libraries.BUNDLED) {
      if (fromBuild.containsKey(library.artifact())) {
        assertNotEquals(Libraries.UNKNOWN, rows.get(library.name()).version(), library.name());
      }
    }
    assertEquals(
        System.getProperty("javafx.version", fromBuild.get("org.openjfx:javafx-controls")),
        rows.get("JavaFX").version());
  }
}
