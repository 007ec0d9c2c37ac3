package org.uncrumple.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects a generator's classes in raw coordinates (points and, where there are surfaces, grid
 * meshes), then normalises all of them together into [-1, 1]³ and builds the {@link Dataset}.
 * Held-out test points are normalised the same way but do not take part in fitting the
 * normalisation, so a data set's training points are the same with or without test points.
 */
final class DatasetBuilder {
  private final String name;
  private final List<String> classNames;
  private final List<double[]> points = new ArrayList<>();
  private final List<Integer> pointLabels = new ArrayList<>();
  private final List<double[]> testPoints = new ArrayList<>();
  private final List<Integer> testLabels = new ArrayList<>();
  private final List<double[]> sheetVertices = new ArrayList<>();
  private final List<int[]> sheetShapes = new ArrayList<>();

  /**
   * Starts a data set.
   *
   * @param name the data set's name
   * @param classNames the names of its classes, in label order
   */
  DatasetBuilder(String name, List<String> classNames) {
    this.name = name;
    this.classNames = List.copyOf(classNames);
  }

  /**
   * Adds points of one class.
   *
   * @param label the class
   * @param xyz row-major raw coordinates, kept (not copied) and later normalised in place
   * @return this builder
   */
  DatasetBuilder addPoints(int label, double[] xyz) {
    points.add(xyz);
    pointLabels.add(label);
    return this;
  }

  /**
   * Adds held-out test points of one class.
   *
   * @param label the class
   * @param xyz row-major raw coordinates, kept (not copied) and later normalised in place
   * @return this builder
   */
  DatasetBuilder addTestPoints(int label, double[] xyz) {
    testPoints.add(xyz);
    testLabels.add(label);
    return this;
  }

  /**
   * Adds one class's surface as a grid mesh.
   *
   * @param label the class
   * @param rows the grid rows
   * @param columns the grid columns
   * @param vertices row-major raw vertex coordinates, kept (not copied) and later normalised in
   *     place
   * @return this builder
   */
  DatasetBuilder addSheet(int label, int rows, int columns, double[] vertices) {
    sheetVertices.add(vertices);
    sheetShapes.add(new int[] {label, rows, columns});
    return this;
  }

  /**
   * Normalises everything added with one shared normalisation and builds the data set.
   *
   * @return the data set
   */
  Dataset build() {
    List<double[]> all = new ArrayList<>(points);
    all.addAll(sheetVertices);
    Normalisation normalisation = Normalisation.fitting(all.toArray(new double[0][]));
    double[] joined = join(points, normalisation);
    int[] labels = labels(points, pointLabels);
    List<Sheet> sheets = new ArrayList<>();
    for (int k = 0; k < sheetVertices.size(); k++) {
      double[] vertices = sheetVertices.get(k);
      normalisation.normaliseInPlace(vertices);
      int[] shape = sheetShapes.get(k);
      sheets.add(
          new Sheet(
              shape[0], shape[1], shape[2], vertices, Sheet.gridTriangles(shape[1], shape[2])));
    }
    return new Dataset(
        name,
        joined,
        labels,
        classNames,
        sheets,
        normalisation,
        Dataset.XYZ,
        List.of(),
        join(testPoints, normalisation),
        labels(testPoints, testLabels));
  }

  /** Normalises each block in place and joins them, in the order they were added. */
  private static double[] join(List<double[]> blocks, Normalisation normalisation) {
    int size = 0;
    for (double[] xyz : blocks) {
      size += xyz.length;
    }
    double[] joined = new double[size];
    int at = 0;
    for (double[] xyz : blocks) {
      normalisation.normaliseInPlace(xyz);
      System.arraycopy(xyz, 0, joined, at, xyz.length);
      at += xyz.length;
    }
    return joined;
  }

  /** One label per point of each block. */
  private static int[] labels(List<double[]> blocks, List<Integer> blockLabels) {
    int size = 0;
    for (double[] xyz : blocks) {
      size += xyz.length / 3;
    }
    int[] labels = new int[size];
    int at = 0;
    for (int k = 0; k < blocks.size(); k++) {
      int count = blocks.get(k).length / 3;
      Arrays.fill(labels, at, at + count, blockLabels.get(k));
      at += count;
    }
    return labels;
  }
}
