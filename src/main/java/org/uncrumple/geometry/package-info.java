/**
 * The geometric view of a dense network: each layer a' = f(W·a + b) taken apart into a rotation, a
 * stretch, a rotation, a shift and a squash, and the points followed through all of them in 3D.
 * Pure math over EJML; no JavaFX.
 *
 * <p>Use: on a worker thread, for each weight snapshot, {@link
 * org.uncrumple.geometry.StagePath#build} (passing the previous path so that the picture changes
 * smoothly between training updates) and {@link org.uncrumple.geometry.StagePath#forPoints} for
 * sheet meshes or a lattice; hand the immutable paths to the FX thread, which calls {@link
 * org.uncrumple.geometry.StagePath#positionsAt} every frame into the float arrays of its meshes.
 *
 * <p>Decisions a reader should know:
 *
 * <ul>
 *   <li>Rotations play along the geodesic R(t) = exp(t·log R) in any dimension, found from the
 *       block form of R and made exact by a Givens factor of the rounding residual ({@link
 *       org.uncrumple.geometry.RotationPath}); for k = 3 this is the axis–angle path.
 *   <li>Both rotations are proper; the mirror of a square W with det W &lt; 0 is carried by one
 *       negative singular value, crossed through 0 by the stretch, and no other W has a negative
 *       one. Within that, the decomposition follows the previous snapshot's order, signs and null
 *       spaces ({@link org.uncrumple.geometry.SingularGauge}).
 *   <li>Stages wider than 3 are seen through a frame spanning their top-3 principal subspace,
 *       chosen nearest to the previous stage's frame; the frame turns with the points in rotation
 *       steps (so a rotation of 16 dimensions is seen as a rigid 3D turn) and glides in stretch and
 *       squash steps. The picture is continuous along the whole path, without a jump at any stage
 *       boundary ({@link org.uncrumple.geometry.StagePlan}). Each stage says how much of its spread
 *       the picture holds ({@link org.uncrumple.geometry.StagePath#spreadShown}).
 *   <li>The second way to look at a wide stage is a grand tour ({@link
 *       org.uncrumple.geometry.GrandTour}): random target frames joined by geodesics, a pure
 *       function of the arc turned, advanced by a {@link org.uncrumple.geometry.TourPlayer}. Only
 *       linear projections are used, never t-SNE or UMAP, which would bend space.
 * </ul>
 *
 * <p>Around the path, for views and captions: {@link org.uncrumple.geometry.DecisionSurface} (where
 * the network changes its mind, in input space, by {@link org.uncrumple.geometry.IsoSurface}'s
 * marching tetrahedra), {@link org.uncrumple.geometry.Lattice} (straight lines of space to carry
 * through the layers), and per-layer measures: {@link org.uncrumple.geometry.Separability} (how
 * well one flat cut splits the classes), {@link org.uncrumple.geometry.Flatness} (how flat a sheet
 * is) and {@link org.uncrumple.geometry.LayerCharacter} (what a layer's weights and activation do
 * to space, in plain sentences). All of them are pure functions of their arguments.
 */
package org.uncrumple.geometry;
