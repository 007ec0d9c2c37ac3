package org.uncrumple.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.uncrumple.app.RenderCases;
import picocli.CommandLine;

/** The bench command's arguments (running a benchmark itself needs minutes and a display). */
class BenchCommandTest {
  private final StringWriter err = new StringWriter();

  @Test
  void anUnknownRenderCaseIsRefusedWithTheCasesThereAre() {
    int code = run("bench", "render", "--cases", "100000,lots");

    assertEquals(2, code);
    String message = err.toString();
    assertTrue(message.contains("there is no render case 'lots'"), message);
    assertTrue(message.contains("window_20, 10000, 100000"), message);
  }

  @Test
  void theCasesAreNamedAsTheirFiguresAre() {
    assertEquals(
        java.util.List.of(
            "window_20",
            "10000",
            "100000",
            "1000000",
            "full_speed_training",
            "digits",
            "100000_sheets_lattice",
            "100000_everything"),
        RenderCases.caseNames());
  }

  private int run(String... args) {
    CommandLine commandLine = UncrumpleCommand.commandLine();
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }
}
