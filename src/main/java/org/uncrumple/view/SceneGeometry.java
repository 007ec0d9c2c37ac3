package org.uncrumple.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Sheet;
import org.uncrumple.geometry.Lattice;
import org.uncrumple.lessons.Probes;
import org.uncrumple.nn.Network;
import org.uncrumple.scene.Show;

/**
 * What a scene sends through the network besides its points: the sheets' mesh vertices (all sheets
 * one after the other) and the lattice's lines, plus what the measures need.
 *
 * @param sheets the data set's sheets; empty when its points do not lie on surfaces
 * @param sheetVertices every sheet's vertices, sheet after sheet, row-major × 3
 * @param sheetStarts the first vertex of each sheet in {@code sheetVertices}, and the total last
 * @param lattice the lattice's lines, {@link #LATTICE_POINTS} points each, row-major × 3
 * @param labels each point's class, in the order the points are traced
 * @param carried which of the sheets, lattice, decision surface, probes and test points are carried
 *     through the stages: only what is drawn, since a trace costs the worker its share of a core
 *     (the surface also a grid of network evaluations); the sheets are measured for flatness either
 *     way; the lattice and surface only in a 3-D input space
 * @param probes probe points off the data ({@link Probes}), row-major × 3; empty when not wanted
 * @param testPoints the data set's held-out test points, row-major × the input's width; empty when
 *     none are held out
 * @param testLabels each test point's class
 */
public record SceneGeometry(
    List<Sheet> sheets,
    double[] sheetVertices,
    int[] sheetStarts,
    double[] lattice,
    int[] labels,
    int classes,
    Set<Show> carried,
    double[] probes,
    double[] testPoints,
    int[] testLabels) {

  /** What can be carried besides the points. */
  static final Set<Show> OVERLAYS =
      EnumSet.of(Show.SHEETS, Show.LATTICE, Show.SURFACE, Show.PROBES, Show.TEST_POINTS);

  /** Keeps only the overlays, unmodifiable. */
  public SceneGeometry {
    EnumSet<Show> only = EnumSet.noneOf(Show.class);
    only.addAll(carried);
    only.retainAll(OVERLAYS);
    carried = Collections.unmodifiableSet(only);
  }

  /** Whether the decision surface is carried. */
  public boolean surface() {
    return carried.contains(Show.SURFACE);
  }

  /** How many probes, how far at least from every data point, and their seed. */
  public static final int PROBES = 1_500;

  public static final double PROBE_DISTANCE = 0.1;
  public static final long PROBE_SEED = 1;

  /** Lines of the lattice along each axis, per side. */
  static final int LATTICE_LINES = 9;

  /** Straight pieces each lattice line is cut into, so that it can bend. */
  static final int LATTICE_SEGMENTS = 12;

  /** Points along each lattice line. */
  static final int LATTICE_POINTS = Lattice.pointsPerLine(LATTICE_SEGMENTS);

  /** The lattice fills the data's cube, [−1, 1]³. */
  static final double LATTICE_HALF = 1.0;

  /** Nothing but the points (a scene seen by the caption tests). */
  static SceneGeometry none(int[] labels, int classes) {
    return new SceneGeometry(
        List.of(),
        new double[0],
        new int[] {0},
        new double[0],
        labels,
        classes,
        Set.of(),
        new double[0],
        new double[0],
        new int[0]);
  }

  /**
   * The sheets of {@code data}, a lattice, and the labels in the given order; all of them carried,
   * and the surface if asked for.
   */
  public static SceneGeometry of(Dataset data, int[] labels, boolean surface) {
    return of(data, labels, surface, null);
  }

  /**
   * The same with probe points off the data when {@code probesFor} is given: where they are does
   * not depend on the network, which only answers for them.
   */
  public static SceneGeometry of(Dataset data, int[] labels, boolean surface, Network probesFor) {
    List<Sheet> sheets = data.sheets();
    int[] starts = new int[sheets.size() + 1];
    for (int k = 0; k < sheets.size(); k++) {
      starts[k + 1] = starts[k] + sheets.get(k).vertices().length / 3;
    }
    double[] vertices = new double[3 * starts[sheets.size()]];
    for (int k = 0; k < sheets.size(); k++) {
      double[] v = sheets.get(k).vertices();
      System.arraycopy(v, 0, vertices, 3 * starts[k], v.length);
    }
    // The lattice fills the space around points in 3D; a wider input has none (yet).
    boolean space3 = data.dimensions() == 3;
    double[] lattice =
        space3 ? Lattice.lines(LATTICE_LINES, LATTICE_HALF, LATTICE_SEGMENTS) : new double[0];
    double[] probes =
        probesFor == null || probesFor.architecture().inputs() != 3
            ? new double[0]
            : Probes.sample(probesFor, data, PROBES, PROBE_DISTANCE, PROBE_SEED).points();
    Set<Show> carried = EnumSet.of(Show.SHEETS, Show.LATTICE, Show.PROBES, Show.TEST_POINTS);
    if (surface && space3) {
      carried.add(Show.SURFACE);
    }
    return new SceneGeometry(
        List.copyOf(sheets),
        vertices,
        starts,
        lattice,
        labels,
        data.classCount(),
        carried,
        probes,
        data.testPoints(),
        data.testLabels());
  }

  /** The same carrying only the overlays among {@code shown}. */
  SceneGeometry carrying(Set<Show> shown) {
    return new SceneGeometry(
        sheets,
        sheetVertices,
        sheetStarts,
        lattice,
        labels,
        classes,
        shown,
        probes,
        testPoints,
        testLabels);
  }

  /** Each sheet's vertices apart, for the flatness measure. */
  List<double[]> sheetBlocks() {
    List<double[]> blocks = new ArrayList<>();
    for (int k = 0; k < sheets.size(); k++) {
      blocks.add(sheets.get(k).vertices());
    }
    return blocks;
  }
}
