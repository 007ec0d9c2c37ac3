package org.uncrumple.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.application.Application;
import org.uncrumple.app.App;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code uncrumple [SCENE]}: opens the window; its sub-commands work without one. */
@Command(
    name = "uncrumple",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Watch a neural network uncrumple a paper ball, one layer at a time.",
    subcommands = {
      TrainCommand.class,
      ExportCommand.class,
      LayersCommand.class,
      PredictCommand.class,
      BenchCommand.class
    })
public final class UncrumpleCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SCENE",
      description = "A scene (.yaml) or your own points (.csv); the paper ball when omitted.")
  Path scene;

  /** The command line with its sub-commands, ready to execute. */
  public static CommandLine commandLine() {
    return new CommandLine(new UncrumpleCommand()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public Integer call() {
    String[] arguments = scene == null ? new String[0] : new String[] {scene.toString()};
    Application.launch(App.class, arguments);
    return 0;
  }
}
