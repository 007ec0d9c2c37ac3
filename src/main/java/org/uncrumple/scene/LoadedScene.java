package org.uncrumple.scene;

import java.nio.file.Path;
import java.util.Locale;
import org.uncrumple.data.CsvImport;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.data.ReadProgress;
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

  /**
   * Reads a scene or CSV file and builds its dataset, telling a watcher how far the reading of a
   * CSV file is.
   *
   * @throws org.uncrumple.data.ReadCancelledException when {@code progress} cancelled the reading
   */
  public static LoadedScene open(Path file, ReadProgress progress) throws SceneException {
    return load(SceneReader.read(file), progress);
  }

  /** Builds the dataset a spec describes. */
  public static LoadedScene load(SceneSpec spec) throws SceneException {
    return load(spec, ReadProgress.NONE);
  }

  /**
   * Builds the dataset a spec describes, telling a watcher how far the reading of a CSV file is.
   *
   * @throws org.uncrumple.data.ReadCancelledException when {@code progress} cancelled the reading
   */
  public static LoadedScene load(SceneSpec spec, ReadProgress progress) throws SceneException {
    Dataset dataset;
    try {
      DatasetSpec source = spec.dataset();
      dataset =
          source.csvFile().isPresent()
              ? CsvImport.read(
                  source.csvFile().get(),
                  new CsvImport.Options(source.features().label(), source.features().scale()),
                  progress)
              : Generators.generate(source.generator(), source.parameters());
    } catch (DataException e) {
      throw new SceneException(e.getMessage(), e);
    }
    Architecture architecture =
        new Architecture(dataset.dimensions(), spec.hidden(), dataset.classCount());
    return new LoadedScene(spec, dataset, architecture);
  }

  /** True for names the program opens as scenes: .yaml, .yml and .csv files. */
  public static boolean isSceneFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".csv");
  }
}
