package org.uncrumple.app.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uncrumple.app.model.Explorer;

/** The log file: where it is, what goes in, how it rotates, and what happens when it cannot be. */
class ErrorLogTest {
  private static final System.Logger LOG = System.getLogger(ErrorLogTest.class.getName());

  @TempDir Path folder;
  private final List<String> troubles = new ArrayList<>();
  private ErrorLog log;

  @AfterEach
  void stopLogging() {
    if (log != null) {
      log.close();
    }
  }

  @ParameterizedTest(name = "property {0}, XDG_STATE_HOME {1} -> {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "/tmp/chosen, /state, /tmp/chosen",
        "-,           /state, /state/uncrumple",
        "-,           -,      /home/pat/.local/state/uncrumple",
        "-,           '',     /home/pat/.local/state/uncrumple",
        "-,           state,  /home/pat/.local/state/uncrumple"
      })
  void theFolderFollowsThePropertyThenXdgStateHomeThenTheHome(
      String property, String stateHome, String expected) {
    Map<String, String> environment = new java.util.HashMap<>();
    environment.put("XDG_STATE_HOME", stateHome);
    Map<String, String> properties = new java.util.HashMap<>();
    properties.put(ErrorLog.FOLDER_PROPERTY, property);
    properties.put("user.home", "/home/pat");

    assertEquals(Path.of(expected), ErrorLog.folder(environment::get, properties::get));
  }

  @Test
  void warningsAndErrorsEndInTheFileWithTheirStackTrace() throws Exception {
    log = new ErrorLog(folder, ErrorLog.FILE_LIMIT, troubles::add);

    LOG.log(System.Logger.Level.ERROR, "the trainer fell over", new IllegalStateException("why"));

    String text = Files.readString(folder.resolve("uncrumple.log"));
    assertTrue(text.contains("Uncrumple "), "a first line names the program: " + text);
    assertTrue(
        text.contains("SEVERE org.uncrumple.app.errors.ErrorLogTest: the trainer fell over"), text);
    assertTrue(text.contains("java.lang.IllegalStateException: why"), text);
    assertTrue(text.contains("at org.uncrumple.app.errors.ErrorLogTest."), text);
    assertEquals(List.of(), troubles);
  }

  @Test
  void aFullFileIsRotatedAndThreeFilesAreKept() throws Exception {
    log = new ErrorLog(folder, 2_000, troubles::add);

    for (int i = 0; i < 200; i++) {
      LOG.log(System.Logger.Level.WARNING, "record number " + i + " with some words to fill it");
    }

    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(
          List.of("uncrumple.log", "uncrumple.log.1", "uncrumple.log.2"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertTrue(Files.size(folder.resolve("uncrumple.log.1")) <= 2_000);
    assertTrue(Files.readString(folder.resolve("uncrumple.log")).contains("record number 199"));
  }

  @Test
  void aFolderThatCannotBeMadeIsToldOnceAndTheProgramGoesOn() throws Exception {
    // A folder below a plain file can never be created, even by root.
    Path blocked = Files.writeString(folder.resolve("a-file"), "").resolve("logs");
    log = new ErrorLog(blocked, ErrorLog.FILE_LIMIT, troubles::add);

    LOG.log(System.Logger.Level.ERROR, "first problem");
    LOG.log(System.Logger.Level.ERROR, "second problem");

    assertEquals(1, troubles.size(), troubles.toString());
    assertTrue(
        troubles.get(0).contains(blocked.resolve("uncrumple.log").toString()), troubles.get(0));
    assertTrue(log.trouble().isPresent());
    assertFalse(Files.exists(blocked));
  }

  @Test
  void whatTheExplorerReportsIsLogged() throws Exception {
    log = new ErrorLog(folder, ErrorLog.FILE_LIMIT, troubles::add);

    new Explorer().report("The view could not follow the newest weights: test");

    assertTrue(
        Files.readString(folder.resolve("uncrumple.log"))
            .contains("WARNING org.uncrumple.app.model.Explorer: The view could not follow"));
  }
}
