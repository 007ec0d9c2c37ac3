package org.uncrumple.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uncrumple.data.CsvImport;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Dataset;
import org.uncrumple.scene.LayerCoordinates;
import org.uncrumple.scene.ModelFile;
import org.uncrumple.scene.SceneException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code uncrumple layers --model FILE --points FILE.csv --out FILE.csv}: every point's coordinates
 * after every stage of a trained model, for spreadsheets and plots. The points are scaled into the
 * cube [-1, 1]³ exactly as {@code uncrumple train} scales a CSV file before it trains on it (see
 * docs/scenes.md, "Layer coordinates").
 */
@Command(
    name = "layers",
    mixinStandardHelpOptions = true,
    description = {
      "Write every point's coordinates after every stage of a trained model to a CSV file.",
      "The points are scaled into [-1, 1]^3 as `uncrumple train` scales a CSV before training,"
          + " so give the points file the model was trained on (or one like it)."
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
      description = "Points with a header x,y,z,label or x,y,label.")
  Path points;

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
    Dataset data;
    try {
      trained = ModelFile.read(model);
      data = CsvImport.read(points);
    } catch (SceneException | DataException e) {
      err.println(e.getMessage());
      err.flush();
      return 2;
    }
    try {
      LayerCoordinates.write(
          out, trained.network(), data.points(), data.size(), data.labels(), data.classNames());
    } catch (SceneException e) {
      err.println(e.getMessage());
      err.flush();
      // 4: the file could not be written; 2: the model does not fit the points
      return e.getCause() instanceof IOException ? 4 : 2;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        "Wrote %d points through the %s network, %d stages, to %s%n",
        data.size(),
        trained.network().architecture().describe(),
        2 + 5 * (trained.network().layerCount() - 1),
        out);
    stdout.flush();
    return 0;
  }
}
