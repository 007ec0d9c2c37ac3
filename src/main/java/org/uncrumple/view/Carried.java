package org.uncrumple.view;

import org.uncrumple.geometry.StagePath;

/**
 * What one snapshot carries through its layers besides the points, each followed exactly as the
 * points are and drawn through the same view ({@link StagePath#forPoints}).
 *
 * @param sheets every sheet's mesh vertices, sheet after sheet (see {@link SceneGeometry}); null
 *     when the data set has no sheets
 * @param lattice the lattice's lines
 * @param surface the vertices of the decision surface, found in input space where the network
 *     changes its mind; null when it was not asked for or the network never changes its mind inside
 *     the cube
 * @param surfaceTriangles the surface's triangles, vertex index triples
 * @param probes the probe points off the data; null when there are none
 * @param testPoints the held-out test points; null when none are held out
 */
public record Carried(
    StagePath sheets,
    StagePath lattice,
    StagePath surface,
    int[] surfaceTriangles,
    StagePath probes,
    StagePath testPoints) {

  static final Carried NOTHING = new Carried(null, null, null, new int[0], null, null);
}
