package org.uncrumple.scene;

import java.nio.file.Path;
import java.util.Locale;
import org.uncrumple.data.CsvImport;
import org.uncrumple.data.CsvSplitColumn;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.data.HeldOut;
import org.uncrumple.data.ReadProgress;
import org.uncrumple.nn.Architecture;

/**
 * A scene made real: its spec, the points it describes and the network shape that fits them (the
 * inputs are the data's features; the output layer has one logit per class of the dataset).
 */
public record LoadedScene(SceneSpec spec, Dataset dataset, Architecture architecture) {

  /**
   * Reads a scene or CSV file and builds its dataset. A CSV file is first seen along the direction
   * in which its points spread least ({@link DataAngle}); a scene file says where to look itself.
   */
  public static LoadedScene open(Path file) throws SceneException {
    LoadedScene loaded = load(SceneReader.read(file));
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return loaded;
    }
    SceneSpec spec = loaded.spec();
    ViewSpec view = DataAngle.lookingAlongLeastSpread(spec.view(), loaded.dataset());
    return new LoadedScene(spec.withView(view), loaded.dataset(), loaded.architecture());
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
      dataset = build(spec.dataset(), progress);
    } catch (DataException e) {
      throw new SceneException(e.getMessage(), e);
    }
    int pixels = spec.dataset().image().map(image -> image.pixels()).orElse(dataset.dimensions());
    if (pixels != dataset.dimensions()) {
      throw new SceneException(
          String.format(
              "%s: dataset.image has %,d pixels, but the file has %,d feature columns; it needs one"
                  + " column for each pixel",
              dataset.name(), pixels, dataset.dimensions()));
    }
    Architecture architecture =
        new Architecture(dataset.dimensions(), spec.hidden(), dataset.classCount());
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

  /**
   * Builds the points a dataset spec describes, with its test points held out: a generator draws
   * them afresh, a CSV file gives up the rows its split column marks test, or else a seeded,
   * stratified share of its rows (see {@link HeldOut}).
   *
   * @param source the spec
   * @return the training and test points
   * @throws DataException if the data cannot be made or read; the message says where and why
   */
  public static Dataset build(DatasetSpec source) throws DataException {
    return build(source, ReadProgress.NONE);
  }

  /**
   * As {@link #build(DatasetSpec)}, telling a watcher how far the reading of a CSV file is.
   *
   * @throws org.uncrumple.data.ReadCancelledException when {@code progress} cancelled the reading
   */
  public static Dataset build(DatasetSpec source, ReadProgress progress) throws DataException {
    if (source.csvFile().isEmpty()) {
      return Generators.generate(source.generator(), source.parameters(), source.testShare());
    }
    Path csv = source.csvFile().get();
    CsvImport.Options options =
        new CsvImport.Options(
            source.features().label(),
            source.features().scale(),
            source.splitColumn().orElse(null));
    if (source.splitColumn().isPresent()) {
      boolean[] test = CsvSplitColumn.read(csv, source.splitColumn().get());
      return HeldOut.marked(CsvImport.read(csv, options, progress), test);
    }
    // Without a split column, no column is left out of the features.
    return HeldOut.split(
        CsvImport.read(csv, options, progress), source.testShare(), DatasetSpec.CSV_SPLIT_SEED);
  }

  /** True for names the program opens as scenes: .yaml, .yml and .csv files. */
  public static boolean isSceneFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".csv");
  }
}
