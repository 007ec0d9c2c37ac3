/**
 * The data a network learns from: labelled points in 3D, normalised into [-1, 1]³, and, when the
 * points lie on surfaces, those surfaces as triangle meshes ("sheets") to be sent through the
 * network with them.
 *
 * <p>{@link org.uncrumple.data.Generators} makes seeded data sets by id, the default being the
 * paper ball: two sheets crumpled together by a smooth invertible flow. {@link
 * org.uncrumple.data.CsvImport} reads a user's points. Both give a {@link
 * org.uncrumple.data.Dataset}; every problem a user can cause is a {@link
 * org.uncrumple.data.DataException} whose message names where it is and what is allowed. Nothing
 * here uses JavaFX or keeps state between calls.
 */
package org.uncrumple.data;
