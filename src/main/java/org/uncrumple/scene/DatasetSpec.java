package org.uncrumple.scene;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.uncrumple.data.HeldOut;
import org.uncrumple.data.ImageShape;
import org.uncrumple.data.Scaling;

/**
 * Where a scene's points come from: a named generator with its parameters, or a CSV file with what
 * the scene says about its columns; and which of the points are held out for testing.
 *
 * @param generator a generator id such as {@code paper-ball}, or null when {@code csv} is set
 * @param parameters the generator's parameters as written in the file (missing ones take defaults);
 *     whole numbers are kept as {@link Long}s and others as {@link Double}s, so specs that say the
 *     same compare equal however their numbers were typed
 * @param csv the CSV file, resolved against the scene file's folder, or null
 * @param features what the scene says about a CSV file's columns; {@link Features#DEFAULT} for a
 *     generator
 * @param testShare the share of all points held out for testing, 0 to {@link HeldOut#MAX_SHARE}: a
 *     generator draws that many more points, a CSV file gives up that share of its rows (see {@link
 *     HeldOut}); not used when {@code split} is set
 * @param split the CSV column that marks each row train or test, or null to split by {@code
 *     testShare}
 */
public record DatasetSpec(
    String generator,
    Map<String, Number> parameters,
    Path csv,
    Features features,
    double testShare,
    String split) {

  /** The seed of a CSV file's split: fixed, so the same file always splits the same way. */
  public static final long CSV_SPLIT_SEED = 1;

  public DatasetSpec {
    parameters = canonical(parameters);
    features = features == null ? Features.DEFAULT : features;
    if (!HeldOut.allowed(testShare)) {
      throw new IllegalArgumentException(
          "the test share must be a number from 0 to " + HeldOut.MAX_SHARE + ", not " + testShare);
    }
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

  private static Map<String, Number> canonical(Map<String, Number> parameters) {
    Map<String, Number> values = new LinkedHashMap<>();
    parameters.forEach(
        (name, value) ->
            values.put(
                name,
                value instanceof Integer || value instanceof Short || value instanceof Byte
                    ? (Number) value.longValue()
                    : value instanceof Float ? (Number) value.doubleValue() : value));
    return Collections.unmodifiableMap(values);
  }

  /** A generated data set holding out the default share. */
  public static DatasetSpec generated(String generator, Map<String, Number> parameters) {
    return new DatasetSpec(
        generator, parameters, null, Features.DEFAULT, HeldOut.DEFAULT_SHARE, null);
  }

  /** A CSV file holding out the default share of its rows. */
  public static DatasetSpec fromCsv(Path csv) {
    return fromCsv(csv, Features.DEFAULT);
  }

  /** A CSV file with what the scene says of its columns, holding out the default share. */
  public static DatasetSpec fromCsv(Path csv, Features features) {
    return new DatasetSpec(null, Map.of(), csv, features, HeldOut.DEFAULT_SHARE, null);
  }

  public Optional<Path> csvFile() {
    return Optional.ofNullable(csv);
  }

  /** The CSV column marking rows train or test, when the file says which rows are which. */
  public Optional<String> splitColumn() {
    return Optional.ofNullable(split);
  }

  /**
   * The shape of the pictures the features make, when the scene says they are pixels.
   *
   * @return the image shape, or empty
   */
  public Optional<ImageShape> image() {
    return Optional.ofNullable(features.image());
  }

  /** The same data with another test share (and no split column). */
  public DatasetSpec withTestShare(double value) {
    return new DatasetSpec(generator, parameters, csv, features, value, null);
  }

  /** The same CSV file with its rows marked train or test by a column. */
  public DatasetSpec withSplit(String column) {
    return new DatasetSpec(generator, parameters, csv, features, testShare, column);
  }

  /** The same generator with other parameters, such as more points or a new seed. */
  public DatasetSpec withParameters(Map<String, Number> values) {
    return new DatasetSpec(generator, values, csv, features, testShare, split);
  }
}
