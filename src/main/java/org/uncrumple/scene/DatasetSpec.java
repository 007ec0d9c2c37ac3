package org.uncrumple.scene;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a scene's points come from: a named generator with its parameters, or a CSV file.
 *
 * @param generator a generator id such as {@code paper-ball}, or null when {@code csv} is set
 * @param parameters the generator's parameters as written in the file (missing ones take defaults)
 * @param csv the CSV file, resolved against the scene file's folder, or null
 */
public record DatasetSpec(String generator, Map<String, Number> parameters, Path csv) {
  public DatasetSpec {
    parameters = Map.copyOf(parameters);
  }

  public static DatasetSpec generated(String generator, Map<String, Number> parameters) {
    return new DatasetSpec(generator, parameters, null);
  }

  public static DatasetSpec fromCsv(Path csv) {
    return new DatasetSpec(null, Map.of(), csv);
  }

  public Optional<Path> csvFile() {
    return Optional.ofNullable(csv);
  }
}
