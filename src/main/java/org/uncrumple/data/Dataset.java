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
 * <p>{@code points} and {@code labels} are the training points, the only ones a network learns
 * from. {@code testPoints} and {@code testLabels} are held-out test points, laid out the same way
 * and normalised with the same {@link Normalisation}: a generator draws them afresh from the same
 * surfaces, a CSV file gives up a seeded, stratified share of its rows (see {@link HeldOut}). They
 * are empty when nothing is held out. {@link #test()} gives them as a data set of their own.
 *
 * <p>The arrays are not copied: a data set must not be mutated once built. The lists are immutable
 * copies.
 *
 * @param name what the data set is called: a generator id or a file name
 * @param points row-major {@code size × d} normalised values of the training points
 * @param labels one class index per training point, each in {@code [0, classCount())}
 * @param classNames one name per class, in class-index order
 * @param sheets the classes' surfaces as meshes (3-D data only); empty when the points do not lie
 *     on surfaces
 * @param normalisation how raw values became the normalised ones; d features
 * @param featureNames the name of each feature, d of them, such as x, y, z or petal_length
 * @param notes things worth telling the user about the data, in plain sentences, such as columns
 *     that hold one value in every row; usually empty
 * @param testPoints row-major {@code testSize × d} normalised values of the held-out points
 * @param testLabels one class index per held-out point
 */
public record Dataset(
    String name,
    double[] points,
    int[] labels,
    List<String> classNames,
    List<Sheet> sheets,
    Normalisation normalisation,
    List<String> featureNames,
    List<String> notes,
    double[] testPoints,
    int[] testLabels) {

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
    checkShape(points, labels, d, "");
    checkShape(testPoints, testLabels, d, "test ");
    if (d != 3 && !sheets.isEmpty()) {
      throw new IllegalArgumentException("sheets need 3-D points, not " + d + "-D");
    }
    classNames = List.copyOf(classNames);
    sheets = List.copyOf(sheets);
    checkLabels(labels, classNames.size());
    checkLabels(testLabels, classNames.size());
    for (Sheet sheet : sheets) {
      if (sheet.label() >= classNames.size()) {
        throw new IllegalArgumentException("sheet label out of range: " + sheet.label());
      }
    }
  }

  /** Labelled points with their feature names and notes, nothing held out: every point trains. */
  public Dataset(
      String name,
      double[] points,
      int[] labels,
      List<String> classNames,
      List<Sheet> sheets,
      Normalisation normalisation,
      List<String> featureNames,
      List<String> notes) {
    this(
        name,
        points,
        labels,
        classNames,
        sheets,
        normalisation,
        featureNames,
        notes,
        new double[0],
        new int[0]);
  }

  /**
   * Labelled points in 3D, the coordinates named x, y, z, with nothing to note and nothing held
   * out.
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
   * Points in 3D, the coordinates named x, y, z, with held-out test points laid out the same way.
   */
  public Dataset(
      String name,
      double[] points,
      int[] labels,
      List<String> classNames,
      List<Sheet> sheets,
      Normalisation normalisation,
      double[] testPoints,
      int[] testLabels) {
    this(
        name,
        points,
        labels,
        classNames,
        sheets,
        normalisation,
        XYZ,
        List.of(),
        testPoints,
        testLabels);
  }

  private static void checkShape(double[] points, int[] labels, int d, String which) {
    if (points.length != (long) labels.length * d) {
      throw new IllegalArgumentException(
          labels.length
              + " "
              + which
              + "labels need "
              + (long) labels.length * d
              + " values, got "
              + points.length);
    }
  }

  private static void checkLabels(int[] labels, int classes) {
    for (int label : labels) {
      if (label < 0 || label >= classes) {
        throw new IllegalArgumentException(
            "label " + label + " out of range for " + classes + " classes");
      }
    }
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
   * Returns the number of training points.
   *
   * @return the number of points, {@code labels.length}
   */
  public int size() {
    return labels.length;
  }

  /**
   * Returns the number of held-out test points.
   *
   * @return {@code testLabels.length}
   */
  public int testSize() {
    return testLabels.length;
  }

  /**
   * Tells whether any points are held out.
   *
   * @return true when {@link #testSize()} is above 0
   */
  public boolean hasTest() {
    return testLabels.length > 0;
  }

  /**
   * The held-out points as a data set of their own (named after this one with " (test)"), with the
   * same classes, features and normalisation and no sheets, for code that takes a data set.
   *
   * @return the test points as training points of a new data set sharing this one's arrays
   */
  public Dataset test() {
    return new Dataset(
        name + " (test)",
        testPoints,
        testLabels,
        classNames,
        List.of(),
        normalisation,
        featureNames,
        notes);
  }

  /**
   * The same data with other held-out points.
   *
   * @param points row-major normalised values of the new test points
   * @param labels their classes
   * @return a new data set sharing this one's training arrays
   */
  public Dataset withTest(double[] points, int[] labels) {
    return new Dataset(
        name,
        this.points,
        this.labels,
        classNames,
        sheets,
        normalisation,
        featureNames,
        notes,
        points,
        labels);
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
        && notes.equals(that.notes)
        && Arrays.equals(testPoints, that.testPoints)
        && Arrays.equals(testLabels, that.testLabels);
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
        + ", test="
        + testSize()
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
