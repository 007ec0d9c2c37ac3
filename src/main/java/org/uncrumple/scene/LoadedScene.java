package org.uncrumple.scene;

import java.nio.file.Path;
import java.util.Locale;
import org.uncrumple.data.CsvImport;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.nn.Architecture;

/**
 * A scene made real: its spec, the points it describes and the network shape that fits them (the
 * output layer has one logit per class of the dataset).
 */
public record LoadedScene(SceneSpec spec, Dataset dataset, Architecture architecture) {

  /** Reads a scene or CSV file and builds its dataset. */
  public static LoadedScene open(Path file) throws SceneException {
    return load(SceneReader.read(file));
  }

  /** Builds the dataset a spec describes. */
  public static LoadedScene load(SceneSpec spec) throws SceneException {
    Dataset dataset;
    try {
      DatasetSpec source = spec.dataset();
      dataset =
          source.csvFile().isPresent()
              ? CsvImport.read(source.csvFile().get())
              : Generators.generate(source.generator(), source.parameters());
    } catch (DataException e) {
      throw new SceneException(e.getMessage(), e);
    }
    Architecture architecture = new Architecture(3, spec.hidden(), dataset.classCount());
    // The weights were checked against the points when the scene was read; a CSV file that
    // changed since (another program saving it) can make them no longer fit.
    if (spec.initialWeights().isPresent()
        && !spec.initialWeights().get().architecture().equals(architecture)) {
      throw new SceneException(
          String.format(
              "%s: the scene's weights are for a %s network, but its points now need %s (%d"
                  + " classes): the points' file changed while the scene was being opened; open it"
                  + " again",
              spec.dataset().csvFile().map(Path::toString).orElse(spec.title()),
              spec.initialWeights().get().architecture().describe(),
              architecture.describe(),
              dataset.classCount()));
    }
    return new LoadedScene(spec, dataset, architecture);
  }

  /** True for names the program opens as scenes: .yaml, .yml and .csv files. */
  public static boolean isSceneFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".csv");
  }
}
