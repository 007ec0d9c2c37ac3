package org.uncrumple.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.uncrumple.data.CsvImport;
import org.uncrumple.data.DataException;
import org.uncrumple.scene.LayerCoordinates;
import org.uncrumple.scene.ModelFile;
import org.uncrumple.scene.SceneException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code uncrumple layers --model FILE --points FILE.csv --out FILE.csv}: every point's coordinates
 * after every stage of a trained model, for spreadsheets and plots. The points file has a column
 * for each of the model's features (in any order) and may have a class column; its values are
 * scaled exactly as the training data were (see docs/scenes.md, "Layer coordinates").
 */
@Command(
    name = "layers",
    mixinStandardHelpOptions = true,
    description = {
      "Write every point's coordinates after every stage of a trained model to a CSV file.",
      "The points file needs a column for each of the model's features; its values are scaled"
          + " exactly as the training data were. (A model of version 1 records no scaling: its"
          + " points are fitted into [-1, 1]^3 as `uncrumple train` fitted its CSV file.)"
    })
final class LayersCommand implements Callable<Integer> {
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
      description = "Points with a header naming the model's features, and a class column.")
  Path points;

  @Option(
      names = "--label",
      paramLabel = "COLUMN",
      description = "The points file's class column, when it is not called label, class, ….")
  String label;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.csv",
      description = "Where to write the coordinates; replaced if it exists.")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ModelFile.Model trained;
    CsvImport.Points data;
    try {
      trained = ModelFile.read(model);
      data = CsvImport.readPoints(points, trained.featureNames(), label);
    } catch (SceneException | DataException e) {
      err.println(e.getMessage());
      err.flush();
      return 2;
    }
    // A file without a class column leaves the label column empty: one nameless class.
    int[] labels = data.hasLabels() ? data.labels() : new int[data.count()];
    List<String> classes = data.hasLabels() ? data.classNames() : List.of("");
    try {
      LayerCoordinates.write(
          out, trained.network(), trained.inputs(data.values()), data.count(), labels, classes);
    } catch (SceneException e) {
      err.println(e.getMessage());
      err.flush();
      // 4: the file could not be written; 2: the model does not fit the points
      return e.getCause() instanceof IOException ? 4 : 2;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        "Wrote %d points through the %s network, %d stages, to %s%n",
        data.count(),
        trained.network().architecture().describe(),
        2 + 5 * (trained.network().layerCount() - 1),
        out);
    stdout.flush();
    return 0;
  }
}
