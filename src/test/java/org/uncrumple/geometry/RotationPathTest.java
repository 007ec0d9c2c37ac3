package org.uncrumple.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RotationPathTest {
  private static final double[] TIMES = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1};

  static Stream<Arguments> rotations() {
    Random random = new Random(7);
    return Stream.of(
        Arguments.of("random 2D", Fixtures.randomRotation(random, 2)),
        Arguments.of("random 3D", Fixtures.randomRotation(random, 3)),
        Arguments.of("random 4D", Fixtures.randomRotation(random, 4)),
        Arguments.of("random 5D", Fixtures.randomRotation(random, 5)),
        Arguments.of("random 16D", Fixtures.randomRotation(random, 16)),
        Arguments.of("identity 4D", CommonOps_DDRM.identity(4)),
        Arguments.of("half turn about z", CommonOps_DDRM.diag(-1, -1, 1)),
        Arguments.of("minus identity 4D", CommonOps_DDRM.diag(-1, -1, -1, -1)),
        Arguments.of("half turn, oblique 5D", Fixtures.rotationWithAngles(random, 5, Math.PI)),
        Arguments.of("nearly a half turn", Fixtures.rotationWithAngles(random, 3, Math.PI - 1e-9)),
        Arguments.of("tiny angle", Fixtures.rotationWithAngles(random, 4, 1e-7)),
        Arguments.of("equal angles 4D", Fixtures.rotationWithAngles(random, 4, 0.8, 0.8)),
        Arguments.of(
            "nearly equal 6D", Fixtures.rotationWithAngles(random, 6, 1.1, 1.1 + 1e-10, 2)),
        Arguments.of("equal and opposite", Fixtures.rotationWithAngles(random, 5, 0.6, -0.6)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rotations")
  void startsAtIdentityAndEndsAtTheRotation(String name, DMatrixRMaj r) {
    RotationPath path = RotationPath.to(r);

    assertEquals(0, Fixtures.maxDifference(path.at(0), CommonOps_DDRM.identity(r.numRows)), 1e-12);
    assertEquals(0, Fixtures.maxDifference(path.at(1), r), 1e-12);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rotations")
  void staysAProperRotationAtEveryFraction(String name, DMatrixRMaj r) {
    RotationPath path = RotationPath.to(r);

    for (double t : TIMES) {
      DMatrixRMaj rt = path.at(t);
      assertEquals(0, Fixtures.orthogonalityError(rt), 1e-12, "t = " + t);
      assertEquals(1, CommonOps_DDRM.det(rt), 1e-12, "t = " + t);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rotations")
  void halfwayTakenTwiceIsTheWholeRotation(String name, DMatrixRMaj r) {
    DMatrixRMaj half = RotationPath.to(r).at(0.5);

    assertEquals(0, Fixtures.maxDifference(Fixtures.multiply(half, half), r), 1e-9);
  }

  @Test
  void inThreeDimensionsTurnsAboutOneAxisAtConstantSpeed() {
    Random random = new Random(11);
    for (int trial = 0; trial < 20; trial++) {
      DMatrixRMaj r = Fixtures.randomRotation(random, 3);
      RotationPath path = RotationPath.to(r);
      for (double t : TIMES) {
        assertEquals(0, Fixtures.maxDifference(path.at(t), axisAngleReference(r, t)), 1e-10);
      }
    }
  }

  @Test
  void rejectsAReflection() {
    assertThrows(
        IllegalArgumentException.class, () -> RotationPath.to(CommonOps_DDRM.diag(1, 1, -1)));
  }

  @Test
  void rejectsAMatrixThatIsNotOrthogonal() {
    assertThrows(IllegalArgumentException.class, () -> RotationPath.to(CommonOps_DDRM.diag(1, 2)));
  }

  @Test
  void knowsTheAngleOfAPlaneTurn() {
    RotationPath path = RotationPath.to(Fixtures.rotationWithAngles(new Random(3), 4, 0.7));

    double largest = 0;
    for (double angle : path.planeAngles()) {
      largest = Math.max(largest, Math.abs(angle));
    }
    assertTrue(Math.abs(largest - 0.7) < 1e-12, "angle " + largest);
  }

  /**
   * Rodrigues' formula, the reference for k = 3: with axis a and angle θ read off R, R(t) = I +
   * sin(tθ)·[a]× + (1 − cos(tθ))·[a]×².
   */
  private static DMatrixRMaj axisAngleReference(DMatrixRMaj r, double t) {
    double theta = Math.acos(Math.max(-1, Math.min(1, (CommonOps_DDRM.trace(r) - 1) / 2)));
    double[] axis = {
      r.get(2, 1) - r.get(1, 2), r.get(0, 2) - r.get(2, 0), r.get(1, 0) - r.get(0, 1)
    };
    double length = Math.sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
    DMatrixRMaj cross =
        new DMatrixRMaj(
            3,
            3,
            true,
            0,
            -axis[2] / length,
            axis[1] / length,
            axis[2] / length,
            0,
            -axis[0] / length,
            -axis[1] / length,
            axis[0] / length,
            0);
    DMatrixRMaj out = CommonOps_DDRM.identity(3);
    CommonOps_DDRM.addEquals(out, Math.sin(t * theta), cross);
    CommonOps_DDRM.addEquals(out, 1 - Math.cos(t * theta), Fixtures.multiply(cross, cross));
    return out;
  }
}
