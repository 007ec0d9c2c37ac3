package org.uncrumple.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uncrumple.data.CsvImport;
import org.uncrumple.data.DataException;
import org.uncrumple.scene.ModelFile;
import org.uncrumple.scene.Predictions;
import org.uncrumple.scene.SceneException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code uncrumple predict --model M.json --points P.csv [--out F.csv]}: each row's class and the
 * probability of every class, by a trained model. The points are scaled exactly as the model's
 * training data were; a points file whose columns are not the model's features is refused, naming
 * the column. Exit codes: 0 done, 2 the model or the points cannot be used, 4 the output cannot be
 * written.
 */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description = {
      "Write the class a trained model gives each row of a CSV file, and its probabilities.",
      "The file needs a column for each of the model's features, in any order; a class column is"
          + " optional, and when there is one the share of rows predicted as it says is printed."
    })
final class PredictCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--model",
      required = true,
      paramLabel = "FILE",
      description = "A model file, as saved by `uncrumple train --save-model`.")
  Path model;

  @Option(
      names = "--points",
      required = true,
      paramLabel = "FILE.csv",
      description = "Rows with a header naming the model's features.")
  Path points;

  @Option(
      names = "--out",
      paramLabel = "FILE.csv",
      description =
          "Where to write the predictions (replaced if it exists); standard output if"
              + " left out.")
  Path out;

  @Option(
      names = "--label",
      paramLabel = "COLUMN",
      description = "The points file's class column, when it is not called label, class, ….")
  String label;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Predictions predictions;
    try {
      ModelFile.Model trained = ModelFile.read(model);
      predictions =
          Predictions.of(trained, CsvImport.readPoints(points, trained.featureNames(), label));
    } catch (SceneException | DataException e) {
      err.println(e.getMessage());
      err.flush();
      return 2;
    }
    try {
      if (out == null) {
        predictions.writeTo(stdout);
      } else {
        predictions.write(out);
      }
    } catch (SceneException e) {
      err.println(e.getMessage());
      err.flush();
      return e.getCause() instanceof IOException ? 4 : 2;
    }
    PrintWriter summary = out == null ? err : stdout;
    summary.println(predictions.summary() + (out == null ? "" : ", written to " + out));
    summary.flush();
    stdout.flush();
    return 0;
  }
}
