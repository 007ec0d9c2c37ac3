package org.uncrumple.data;

import java.util.Arrays;
import java.util.List;

/**
 * Labelled points with d features each, normalised (see {@link Normalisation}), with the surfaces
 * they were drawn from when they lie on surfaces (generated paper sheets, spheres, rings...).
 * Generated data sets and CSV files of coordinates have d = 3 (x, y, z); a CSV file of measurements
 * or pixels has as many features as it has feature columns, 1 to {@link CsvImport#MAX_FEATURES}.
 *
 * <p>Point {@code i} has the features {@code points[d·i] … points[d·i + d − 1]} and class {@code
 * labels[i]}, an index into {@code classNames}. The {@link Normalisation} tells how the raw values
 * (of a CSV file, or of a generator's own construction) were shifted and scaled; map a normalised
 * point back with {@link Normalisation#toRaw(double[])}.
 *
 * <p>The arrays are not copied: a data set must not be mutated once built. The lists are immutable
 * copies.
 *
 * @param name what the data set is called: a generator id or a file name
 * @param points row-major {@code size × d} normalised values
 * @param labels one class index per point, each in {@code [0, classCount())}
 * @param classNames one name per class, in class-index order
 * @param sheets the classes' surfaces as meshes (3-D data only); empty when the points do not lie
 *     on surfaces
 * @param normalisation how raw values became the normalised ones; d features
 * @param featureNames the name of each feature, d of them, such as x, y, z or petal_length
 * @param notes things worth telling the user about the data, in plain sentences, such as columns
 *     that hold one value in every row; usually empty
 */
public record Dataset(
    String name,
    double[] points,
    int[] labels,
    List<String> classNames,
    List<Sheet> sheets,
    Normalisation normalisation,
    List<String> featureNames,
    List<String> notes) {

  /** The feature names of coordinates in 3D. */
  public static final List<String> XYZ = List.of("x", "y", "z");

  /** Checks the arrays agree in size and every label names a class. */
  public Dataset {
    featureNames = List.copyOf(featureNames);
    notes = List.copyOf(notes);
    int d = featureNames.size();
    if (d < 1 || normalisation.dimensions() != d) {
      throw new IllegalArgumentException(
          d + " feature names for a normalisation of " + normalisation.dimensions() + " features");
    }
    if (points.length != (long) labels.length * d) {
      throw new IllegalArgumentException(
          labels.length
              + " labels need "
              + (long) labels.length * d
              + " values, got "
              + points.length);
    }
    if (d != 3 && !sheets.isEmpty()) {
      throw new IllegalArgumentException("sheets need 3-D points, not " + d + "-D");
    }
    classNames = List.copyOf(classNames);
    sheets = List.copyOf(sheets);
    for (int label : labels) {
      if (label < 0 || label >= classNames.size()) {
        throw new IllegalArgumentException(
            "label " + label + " out of range for " + classNames.size() + " classes");
      }
    }
    for (Sheet sheet : sheets) {
      if (sheet.label() >= classNames.size()) {
        throw new IllegalArgumentException("sheet label out of range: " + sheet.label());
      }
    }
  }

  /**
   * Labelled points in 3D, the coordinates named x, y, z, with nothing to note.
   *
   * @param name what the data set is called
   * @param points row-major {@code size × 3} normalised coordinates
   * @param labels one class index per point
   * @param classNames one name per class
   * @param sheets the classes' surfaces as meshes, or empty
   * @param normalisation how raw coordinates became the normalised ones
   */
  public Dataset(
      String name,
      double[] points,
      int[] labels,
      List<String> classNames,
      List<Sheet> sheets,
      Normalisation normalisation) {
    this(name, points, labels, classNames, sheets, normalisation, XYZ, List.of());
  }

  /**
   * Returns the number of features of each point, d.
   *
   * @return the number of feature names; 3 for coordinates in space
   */
  public int dimensions() {
    return featureNames.size();
  }

  /**
   * Returns the number of points.
   *
   * @return the number of points, {@code labels.length}
   */
  public int size() {
    return labels.length;
  }

  /**
   * Returns the number of classes.
   *
   * @return the number of class names
   */
  public int classCount() {
    return classNames.size();
  }

  /**
   * Tells whether the data set comes with its surfaces as meshes.
   *
   * @return true when {@link #sheets()} is not empty
   */
  public boolean hasSheets() {
    return !sheets.isEmpty();
  }

  /**
   * Counts the points of each class.
   *
   * @return a new array with {@code classCount()} counts
   */
  public int[] classCounts() {
    int[] counts = new int[classNames.size()];
    for (int label : labels) {
      counts[label]++;
    }
    return counts;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Dataset that
        && name.equals(that.name)
        && Arrays.equals(points, that.points)
        && Arrays.equals(labels, that.labels)
        && classNames.equals(that.classNames)
        && sheets.equals(that.sheets)
        && normalisation.equals(that.normalisation)
        && featureNames.equals(that.featureNames)
        && notes.equals(that.notes);
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + Arrays.hashCode(points)) * 31 + Arrays.hashCode(labels);
  }

  @Override
  public String toString() {
    return "Dataset[name="
        + name
        + ", size="
        + size()
        + ", features="
        + dimensions()
        + ", classes="
        + classNames
        + ", sheets="
        + sheets.size()
        + ", "
        + normalisation
        + "]";
  }
}
