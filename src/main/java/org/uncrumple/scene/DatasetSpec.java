package org.uncrumple.scene;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.uncrumple.data.ImageShape;
import org.uncrumple.data.Scaling;

/**
 * Where a scene's points come from: a named generator with its parameters, or a CSV file.
 *
 * @param generator a generator id such as {@code paper-ball}, or null when {@code csv} is set
 * @param parameters the generator's parameters as written in the file (missing ones take defaults)
 * @param csv the CSV file, resolved against the scene file's folder, or null
 * @param features what the scene says about a CSV file's columns; {@link Features#DEFAULT} for a
 *     generator
 */
public record DatasetSpec(
    String generator, Map<String, Number> parameters, Path csv, Features features) {
  public DatasetSpec {
    parameters = Map.copyOf(parameters);
    features = features == null ? Features.DEFAULT : features;
  }

  /**
   * What a scene says about the columns of its CSV file: {@code dataset.label}, {@code
   * dataset.scale} and {@code dataset.image}.
   *
   * @param label the class column's name, or null to find it by name
   * @param scale how to normalise the features, or null for the default of their number
   * @param image the shape of the images when the features are pixels, or null
   */
  public record Features(String label, Scaling scale, ImageShape image) {
    /** Nothing said: the class column found by name, the default scaling, no pictures. */
    public static final Features DEFAULT = new Features(null, null, null);
  }

  public static DatasetSpec generated(String generator, Map<String, Number> parameters) {
    return new DatasetSpec(generator, parameters, null, Features.DEFAULT);
  }

  public static DatasetSpec fromCsv(Path csv) {
    return fromCsv(csv, Features.DEFAULT);
  }

  public static DatasetSpec fromCsv(Path csv, Features features) {
    return new DatasetSpec(null, Map.of(), csv, features);
  }

  public Optional<Path> csvFile() {
    return Optional.ofNullable(csv);
  }

  /**
   * The shape of the pictures the features make, when the scene says they are pixels.
   *
   * @return the image shape, or empty
   */
  public Optional<ImageShape> image() {
    return Optional.ofNullable(features.image());
  }
}
