package org.uncrumple;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class of the program is longer than a reader can hold in mind: every source file under
 * src/main/java has at most {@value #MOST_LINES} lines; a class that grows past it is split by what
 * its parts do.
 */
class SourceSizeTest {
  private static final int MOST_LINES = 400;

  @Test
  void everySourceFileHasAtMost400Lines() throws IOException {
    List<String> tooLong;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      tooLong =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .filter(file -> lines(file) > MOST_LINES)
              .map(file -> file + ": " + lines(file) + " lines")
              .sorted()
              .toList();
    }
    assertEquals(List.of(), tooLong);
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
