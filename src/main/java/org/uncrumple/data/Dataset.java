package org.uncrumple.data;

import java.util.Arrays;
import java.util.List;

/**
 * Labelled points in 3D, normalised into [-1, 1]³, with the surfaces they were drawn from when they
 * lie on surfaces (generated paper sheets, spheres, rings...).
 *
 * <p>Point {@code i} has coordinates {@code points[3i], points[3i + 1], points[3i + 2]} and class
 * {@code labels[i]}, an index into {@code classNames}. The {@link Normalisation} tells how the raw
 * coordinates (of a CSV file, or of a generator's own construction) were shifted and scaled; map a
 * normalised point back with {@link Normalisation#toRaw(double[])}.
 *
 * <p>The arrays are not copied: a data set must not be mutated once built. The lists are immutable
 * copies.
 *
 * @param name what the data set is called: a generator id or a file name
 * @param points row-major {@code size × 3} normalised coordinates
 * @param labels one class index per point, each in {@code [0, classCount())}
 * @param classNames one name per class, in class-index order
 * @param sheets the classes' surfaces as meshes; empty when the points do not lie on surfaces
 * @param normalisation how raw coordinates became the normalised ones
 */
public record Dataset(
    String name,
    double[] points,
    int[] labels,
    List<String> classNames,
    List<Sheet> sheets,
    Normalisation normalisation) {

  /** Checks the arrays agree in size and every label names a class. */
  public Dataset {
    if (points.length != labels.length * 3) {
      throw new IllegalArgumentException(
          labels.length
              + " labels need "
              + labels.length * 3
              + " coordinates, got "
              + points.length);
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
        && normalisation.equals(that.normalisation);
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
        + ", classes="
        + classNames
        + ", sheets="
        + sheets.size()
        + ", "
        + normalisation
        + "]";
  }
}
