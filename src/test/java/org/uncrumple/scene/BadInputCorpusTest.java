package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.uncrumple.data.CsvImport;
import org.uncrumple.data.DataException;

/**
 * The corpus of bad files in src/test/resources/bad: scenes (.yaml), models (.json) and points
 * (.csv). {@code expected.tsv} pairs each file with the line its message must name and a fragment
 * the message must contain (or OK for the good controls). Each file is refused with the project's
 * own exception — never another one, never an out-of-memory error. How fast is for benchmarks to
 * say, not for a test on a busy machine; the guard below only stops a reader that never ends.
 */
class BadInputCorpusTest {
  /** Not a speed limit: a reader stuck in a loop fails the test instead of hanging the build. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  /** One row of expected.tsv. */
  record Case(String file, String line, String fragment, String what) {
    @Override
    public String toString() {
      return file + " (" + what + ")";
    }
  }

  static Path folder() throws URISyntaxException {
    return Path.of(BadInputCorpusTest.class.getResource("/bad/expected.tsv").toURI()).getParent();
  }

  static List<Case> cases() throws IOException, URISyntaxException {
    return Files.readAllLines(folder().resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
        .filter(row -> !row.isBlank() && !row.startsWith("#"))
        .map(row -> row.split("\t", -1))
        .map(cells -> new Case(cells[0], cells[1], cells[2], cells[3]))
        .collect(Collectors.toList());
  }

  static Stream<Arguments> arguments() throws IOException, URISyntaxException {
    return cases().stream().map(Arguments::of);
  }

  @BeforeAll
  static void warmUp() throws SceneException {
    // The first read loads the YAML and JSON parsers; that is not the reader's time.
    LoadedScene.load(SceneReader.readBundled("paper-ball.yaml"));
  }

  @Test
  void theCorpusHasThirtyBadFilesAndEveryFileIsListed() throws Exception {
    List<Case> cases = cases();
    Set<String> listed = cases.stream().map(Case::file).collect(Collectors.toSet());
    Set<String> present;
    try (Stream<Path> files = Files.list(folder())) {
      present =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> !name.equals("expected.tsv"))
              .collect(Collectors.toSet());
    }

    assertEquals(present, listed);
    assertTrue(cases.stream().filter(c -> !c.fragment().equals("OK")).count() >= 30);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arguments")
  void eachFileGivesItsMessageQuickly(Case expected) throws Exception {
    Path file = folder().resolve(expected.file());

    Exception error = assertTimeoutPreemptively(HANG_GUARD, () -> outcome(file));

    if (expected.fragment().equals("OK")) {
      assertEquals(null, error, () -> expected.file() + " should load, but: " + error);
      return;
    }
    if (error == null) {
      fail(expected.file() + " was accepted");
    }
    Class<? extends Exception> own =
        expected.file().endsWith(".csv") ? DataException.class : SceneException.class;
    assertEquals(own, error.getClass(), () -> "not the project's own exception: " + error);
    String message = error.getMessage();
    assertTrue(message.startsWith(expected.file()), () -> "does not name the file: " + message);
    if (!expected.line().equals("-")) {
      String line = expected.file() + ", line " + expected.line();
      assertTrue(
          message.startsWith(line + ",") || message.startsWith(line + ":"),
          () -> "expected " + line + " in: " + message);
    }
    assertTrue(
        message.contains(expected.fragment()),
        () -> "expected\n  " + expected.fragment() + "\nin\n  " + message);
  }

  @Test
  void aSceneOverFourMegabytesIsRefusedUnread(@TempDir Path folder) throws Exception {
    Path file = sparse(folder.resolve("huge.yaml"), SceneReader.MAX_BYTES + 1L);

    SceneException error =
        assertInstanceOf(
            SceneException.class, assertTimeoutPreemptively(HANG_GUARD, () -> outcome(file)));

    assertTrue(
        error.getMessage().startsWith("huge.yaml: the file is 4,194,305 bytes; a scene file may"),
        error.getMessage());
  }

  @Test
  void aModelOverSixtyFourMegabytesIsRefusedUnread(@TempDir Path folder) throws Exception {
    Path file = sparse(folder.resolve("huge.json"), ModelFile.MAX_BYTES + 1);

    SceneException error =
        assertInstanceOf(
            SceneException.class, assertTimeoutPreemptively(HANG_GUARD, () -> outcome(file)));

    assertTrue(error.getMessage().contains("a model file may have at most"), error.getMessage());
  }

  @Test
  void aSceneOfCountlessTinyValuesIsRefused(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("countless.yaml");
    Files.writeString(file, "title: [" + "1,".repeat(200_000) + "1]\n");

    SceneException error =
        assertInstanceOf(
            SceneException.class, assertTimeoutPreemptively(HANG_GUARD, () -> outcome(file)));

    assertTrue(error.getMessage().contains("more than 100,000 values"), error.getMessage());
  }

  /** A file of the given size whose bytes are never written (zeros on reading). */
  private static Path sparse(Path file, long size) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(size);
    }
    return file;
  }

  /** Reads a file as the program would; the exception it gives, or null when it loads. */
  private static Exception outcome(Path file) {
    String name = file.getFileName().toString();
    try {
      if (name.endsWith(".csv")) {
        CsvImport.read(file);
      } else if (name.endsWith(".json")) {
        ModelFile.read(file);
      } else {
        LoadedScene.open(file);
      }
      return null;
    } catch (SceneException | DataException e) {
      return e;
    }
  }
}
