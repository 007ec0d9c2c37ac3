package org.uncrumple.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.uncrumple.geometry.Fixtures.Activation;

class StagePathTest {
  private static final int COUNT = 400;

  /** Networks as widths and one activation per layer. */
  static Stream<Arguments> networks() {
    return Stream.of(
        network(
            "paper ball 3-3-3-2",
            new int[] {3, 3, 3, 2},
            Activation.TANH,
            Activation.TANH,
            Activation.LINEAR),
        network(
            "wide 3-16-16-2",
            new int[] {3, 16, 16, 2},
            Activation.TANH,
            Activation.RELU,
            Activation.SIGMOID),
        network("wide input 5-8-3", new int[] {5, 8, 3}, Activation.TANH, Activation.TANH),
        network("plane to line 2-8-1", new int[] {2, 8, 1}, Activation.RELU, Activation.LINEAR),
        network(
            "narrowing above 3 6-4-7-3",
            new int[] {6, 4, 7, 3},
            Activation.TANH,
            Activation.SIGMOID,
            Activation.TANH));
  }

  @Test
  void namesAndMeasuresEveryStage() {
    StagePath path =
        build(
            new int[] {3, 16, 16, 2}, 1, null, Activation.TANH, Activation.TANH, Activation.LINEAR);

    assertEquals(16, path.stageCount());
    assertEquals("input", path.stageId(0));
    assertEquals("layer1.rotate1", path.stageId(1));
    assertEquals("layer2.stretch", path.stageId(7));
    assertEquals("layer3.squash", path.stageId(15));
    assertEquals(0, path.layerOf(0));
    assertNull(path.stepOf(0));
    assertEquals(3, path.layerOf(15));
    assertEquals(Step.ROTATE_OUT, path.stepOf(8));
    int[] widths = new int[16];
    for (int s = 0; s < 16; s++) {
      widths[s] = path.widthOf(s);
    }
    assertArrayEquals(new int[] {3, 3, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 2, 2, 2, 2}, widths);
    assertEquals("3D", path.shownAs(0));
    assertEquals("3D view of 16 dimensions (PCA)", path.shownAs(2));
    assertEquals("plane", path.shownAs(15));
    assertTrue(path.isIdentity(15), "the squash of a linear layer changes nothing");
    assertFalse(path.isIdentity(14));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void aPrefixOfThePointsMovesExactlyLikeTheWhole(
      String name, int[] widths, Activation[] activations) {
    Random random = new Random(name.hashCode());
    StagePath path =
        StagePath.build(
            layers(random, widths, activations),
            Fixtures.points(random, COUNT, widths[0]),
            COUNT,
            null);
    float[] all = new float[3 * COUNT];
    float[] prefix = new float[3 * COUNT];
    java.util.Arrays.fill(prefix, Float.NaN);

    for (double p = 0; p <= path.stageCount() - 1; p += 0.35) {
      path.positionsAt(p, all);
      path.positionsAt(p, prefix, COUNT / 3);
      assertArrayEquals(
          java.util.Arrays.copyOf(all, 3 * (COUNT / 3)),
          java.util.Arrays.copyOf(prefix, 3 * (COUNT / 3)),
          "position " + p);
      assertTrue(Float.isNaN(prefix[3 * (COUNT / 3)]), "points past the prefix are not written");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void integerPositionsShowTheStageCoordinatesThroughTheStageFrame(
      String name, int[] widths, Activation[] activations) {
    Random random = new Random(name.hashCode());
    List<LayerParams> layers = layers(random, widths, activations);
    double[] input = Fixtures.points(random, COUNT, widths[0]);
    StagePath path = StagePath.build(layers, input, COUNT, null);
    List<double[][]> stages = referenceStages(layers, input, COUNT);
    float[] out = new float[3 * COUNT];

    for (int s = 0; s < path.stageCount(); s++) {
      path.positionsAt(s, out);
      double[][] expected = project(path.projection(s), stages.get(s));
      for (int i = 0; i < COUNT; i++) {
        for (int axis = 0; axis < 3; axis++) {
          double want = expected[i][axis];
          assertEquals(
              want,
              out[3 * i + axis],
              1e-5 * (1 + Math.abs(want)),
              path.stageId(s) + " point " + i + " axis " + axis);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void aLayerBoundarySeenThroughItsOwnFrameIsThePathsPicture(
      String name, int[] widths, Activation[] activations) {
    StagePath path = build(widths, name.hashCode(), null, activations);
    float[] along = new float[3 * COUNT];
    float[] through = new float[3 * COUNT];

    for (int s = 0; s < path.stageCount(); s += 5) {
      assertTrue(path.isLayerBoundary(s), path.stageId(s));
      path.positionsAt(s, along);
      path.positionsThrough(s, path.projection(s), through, COUNT);
      for (int i = 0; i < 3 * COUNT; i++) {
        assertEquals(along[i], through[i], 1e-6 * (1 + Math.abs(along[i])), path.stageId(s));
      }
    }
  }

  @Test
  void onlyLayerBoundariesCanBeSeenThroughAFrame() {
    StagePath path = build(new int[] {5, 8, 3}, 3, null, Activation.TANH, Activation.TANH);
    float[] out = new float[3 * COUNT];
    double[] frame = path.projection(1);

    assertFalse(path.isLayerBoundary(1));
    assertThrows(IllegalArgumentException.class, () -> path.positionsThrough(1, frame, out, COUNT));
    assertThrows(
        IllegalArgumentException.class,
        () -> path.positionsThrough(5, path.projection(0), out, COUNT),
        "a 5-wide frame does not fit an 8-wide stage");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void narrowStagesAreShownAsTheyAre(String name, int[] widths, Activation[] activations) {
    Random random = new Random(name.hashCode());
    List<LayerParams> layers = layers(random, widths, activations);
    double[] input = Fixtures.points(random, COUNT, widths[0]);
    StagePath path = StagePath.build(layers, input, COUNT, null);
    List<double[][]> stages = referenceStages(layers, input, COUNT);
    float[] out = new float[3 * COUNT];

    for (int s = 0; s < path.stageCount(); s++) {
      int width = path.widthOf(s);
      if (width > 3) {
        continue;
      }
      path.positionsAt(s, out);
      for (int i = 0; i < COUNT; i++) {
        for (int axis = 0; axis < 3; axis++) {
          double want = axis < width ? stages.get(s)[i][axis] : 0;
          assertEquals(want, out[3 * i + axis], 1e-5 * (1 + Math.abs(want)), path.stageId(s));
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void thePictureNeverJumps(String name, int[] widths, Activation[] activations) {
    StagePath path = build(widths, name.hashCode(), null, activations);
    float[] here = new float[3 * COUNT];
    float[] near = new float[3 * COUNT];
    List<Double> positions = new ArrayList<>();
    for (int s = 0; s < path.stageCount(); s++) {
      positions.add((double) s);
    }
    for (double p = 0.0137; p < path.stageCount() - 1; p += 0.0731) {
      positions.add(p);
    }

    for (double p : positions) {
      path.positionsAt(p, here);
      double scale = 1 + maxAbs(here);
      for (double delta : new double[] {-1e-6, 1e-6}) {
        double q = p + delta;
        if (q < 0 || q > path.stageCount() - 1) {
          continue;
        }
        path.positionsAt(q, near);
        double jump = 0;
        for (int i = 0; i < here.length; i++) {
          jump = Math.max(jump, Math.abs(here[i] - near[i]));
        }
        assertTrue(jump <= 1e-4 * scale, "position " + p + " → " + q + " jumps by " + jump);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void rotationStepsTurnThePictureRigidly(String name, int[] widths, Activation[] activations) {
    StagePath path = build(widths, name.hashCode(), null, activations);
    float[] start = new float[3 * COUNT];
    float[] moved = new float[3 * COUNT];

    for (int s = 1; s < path.stageCount(); s++) {
      if (path.stepOf(s) != Step.ROTATE_IN && path.stepOf(s) != Step.ROTATE_OUT) {
        continue;
      }
      path.positionsAt(s - 1, start);
      double scale = 1 + maxAbs(start);
      for (double t = 0.1; t <= 1; t += 0.1) {
        path.positionsAt(s - 1 + t, moved);
        for (int i = 0; i < 12; i++) {
          for (int j = i + 1; j < 12; j++) {
            assertEquals(
                distance(start, i, j),
                distance(moved, i, j),
                1e-5 * scale,
                path.stageId(s) + " at t = " + t);
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void wideStagesAreSeenAlongTheirTopThreePrincipalDirections(
      String name, int[] widths, Activation[] activations) {
    Random random = new Random(name.hashCode());
    List<LayerParams> layers = layers(random, widths, activations);
    double[] input = Fixtures.points(random, COUNT, widths[0]);
    StagePath path = StagePath.build(layers, input, COUNT, null);
    List<double[][]> stages = referenceStages(layers, input, COUNT);

    for (int s = 0; s < path.stageCount(); s++) {
      int width = path.widthOf(s);
      if (width <= 3) {
        continue;
      }
      DMatrixRMaj frame = new DMatrixRMaj(3, width, true, path.projection(s));
      DMatrixRMaj gram = new DMatrixRMaj(3, 3);
      CommonOps_DDRM.multTransB(frame, frame, gram);
      assertEquals(0, Fixtures.maxDifference(gram, CommonOps_DDRM.identity(3)), 1e-9);
      DMatrixRMaj covariance = covariance(stages.get(s));
      double[] eigenvalues = descendingEigenvalues(covariance);
      double best = eigenvalues[0] + eigenvalues[1] + eigenvalues[2];
      double seen =
          CommonOps_DDRM.trace(
              Fixtures.multiply(
                  Fixtures.multiply(frame, covariance), CommonOps_DDRM.transpose(frame, null)));
      assertEquals(best, seen, 1e-6 * best, path.stageId(s) + " variance shown");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void everyStageSaysWhatShareOfItsSpreadItShows(
      String name, int[] widths, Activation[] activations) {
    Random random = new Random(name.hashCode());
    List<LayerParams> layers = layers(random, widths, activations);
    double[] input = Fixtures.points(random, COUNT, widths[0]);
    StagePath path = StagePath.build(layers, input, COUNT, null);
    List<double[][]> stages = referenceStages(layers, input, COUNT);

    for (int s = 0; s < path.stageCount(); s++) {
      int width = path.widthOf(s);
      DMatrixRMaj frame = new DMatrixRMaj(3, width, true, path.projection(s));
      DMatrixRMaj covariance = covariance(stages.get(s));
      double seen =
          CommonOps_DDRM.trace(
              Fixtures.multiply(
                  Fixtures.multiply(frame, covariance), CommonOps_DDRM.transpose(frame, null)));
      double expected = width <= 3 ? 1 : seen / CommonOps_DDRM.trace(covariance);
      assertEquals(expected, path.spreadShown(s), 1e-6, path.stageId(s));
      if (width > 3) {
        assertEquals(
            width + "-D seen in 3D · " + Math.round(100 * expected) + " % of the spread",
            path.seenAs(s));
      } else {
        assertEquals(path.shownAs(s), path.seenAs(s));
      }
    }
  }

  @Test
  void aWideInputKeepsItsPrincipalFrameWhileTheWeightsTrain() {
    Random random = new Random(64);
    int[] widths = {64, 32, 10};
    List<LayerParams> layers =
        layers(random, widths, new Activation[] {Activation.TANH, Activation.LINEAR});
    double[] input = Fixtures.points(random, COUNT, 64);
    StagePath path = StagePath.build(layers, input, COUNT, null);
    double shareBefore = path.spreadShown(0);

    for (int update = 0; update < 5; update++) {
      List<LayerParams> trained = new ArrayList<>();
      for (LayerParams layer : layers) {
        DMatrixRMaj w = layer.weights().copy();
        CommonOps_DDRM.addEquals(w, Fixtures.gaussian(random, w.numRows, w.numCols, 0.05));
        trained.add(
            new LayerParams(w, layer.bias(), layer.activation(), layer.activationIsIdentity()));
      }
      StagePath next = StagePath.build(trained, input, COUNT, path);

      double[] before = path.projection(0);
      double[] after = next.projection(0);
      for (int i = 0; i < before.length; i++) {
        assertEquals(before[i], after[i], 1e-9, "input frame entry " + i + " at update " + update);
      }
      assertEquals(shareBefore, next.spreadShown(0), 1e-12);
      layers = trained;
      path = next;
    }
    assertTrue(shareBefore > 3.0 / 64 && shareBefore < 1, "share " + shareBefore);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void theViewStaysPutWhenTheWeightsChangeSlightly(
      String name, int[] widths, Activation[] activations) {
    Random random = new Random(name.hashCode());
    List<LayerParams> layers = layers(random, widths, activations);
    double[] input = Fixtures.points(random, COUNT, widths[0]);
    StagePath before = StagePath.build(layers, input, COUNT, null);
    List<LayerParams> nudged = new ArrayList<>();
    for (LayerParams layer : layers) {
      DMatrixRMaj w = layer.weights().copy();
      CommonOps_DDRM.addEquals(w, Fixtures.gaussian(random, w.numRows, w.numCols, 1e-4));
      nudged.add(
          new LayerParams(w, layer.bias(), layer.activation(), layer.activationIsIdentity()));
    }

    StagePath after = StagePath.build(nudged, input, COUNT, before);

    float[] a = new float[3 * COUNT];
    float[] b = new float[3 * COUNT];
    for (int s = 0; s < before.stageCount(); s++) {
      double[] frameBefore = before.projection(s);
      double[] frameAfter = after.projection(s);
      for (int i = 0; i < frameBefore.length; i++) {
        assertEquals(frameBefore[i], frameAfter[i], 1e-2, before.stageId(s) + " frame entry " + i);
      }
      for (double p : new double[] {s, s + 0.5}) {
        if (p <= before.stageCount() - 1) {
          before.positionsAt(p, a);
          after.positionsAt(p, b);
          double scale = 1 + maxAbs(a);
          for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-2 * scale, "position " + p);
          }
        }
      }
    }
  }

  @Test
  void theViewFollowsThePreviousSnapshotWhenTwoSingularValuesCross() {
    Random random = new Random(12);
    DMatrixRMaj u = Fixtures.randomRotation(random, 3);
    DMatrixRMaj v = Fixtures.randomRotation(random, 3);
    double[] input = Fixtures.points(random, COUNT, 3);
    StagePath before = StagePath.build(List.of(crossing(u, v, 2.0, 1.99)), input, COUNT, null);
    List<LayerParams> crossed = List.of(crossing(u, v, 1.99, 2.0));

    StagePath followed = StagePath.build(crossed, input, COUNT, before);
    StagePath afresh = StagePath.build(crossed, input, COUNT, null);

    float[] a = new float[3 * COUNT];
    float[] b = new float[3 * COUNT];
    float[] c = new float[3 * COUNT];
    before.positionsAt(1, a);
    followed.positionsAt(1, b);
    afresh.positionsAt(1, c);
    double scale = 1 + maxAbs(a);
    assertTrue(maxDifference(a, b) < 0.05 * scale, "followed: " + maxDifference(a, b));
    assertTrue(maxDifference(a, c) > 0.5 * scale, "afresh the axes swap: " + maxDifference(a, c));
  }

  @Test
  void aMirroringLayerFlattensThePictureHalfwayThroughItsStretch() {
    Random random = new Random(17);
    DMatrixRMaj w =
        Fixtures.multiply(Fixtures.randomRotation(random, 3), CommonOps_DDRM.diag(2, 1, -0.5));
    StagePath path =
        StagePath.build(
            List.of(LayerParams.linear(w, new DMatrixRMaj(3, 1))),
            Fixtures.points(random, COUNT, 3),
            COUNT,
            null);
    double[] sigma = path.decomposition(1).sigma();
    int mirrored = sigma[0] < 0 ? 0 : sigma[1] < 0 ? 1 : 2;
    float[] out = new float[3 * COUNT];

    path.positionsAt(1 + 1 / (1 - sigma[mirrored]), out);

    assertEquals(-0.5, sigma[mirrored], 1e-12);
    for (int i = 0; i < COUNT; i++) {
      assertEquals(0, out[3 * i + mirrored], 1e-6, "point " + i);
    }
  }

  @Test
  void otherPointsMoveWithThePath() {
    Random random = new Random(3);
    List<LayerParams> layers =
        layers(random, new int[] {3, 16, 2}, new Activation[] {Activation.TANH, Activation.TANH});
    double[] input = Fixtures.points(random, COUNT, 3);
    StagePath path = StagePath.build(layers, input, COUNT, null);
    StagePath some = path.forPoints(Arrays.copyOf(input, 3 * 50), 50);
    float[] all = new float[3 * COUNT];
    float[] few = new float[3 * 50];

    for (double p : new double[] {0, 0.3, 2.5, 4.99, 5, 7.25, 10}) {
      path.positionsAt(p, all);
      some.positionsAt(p, few);
      assertArrayEquals(Arrays.copyOf(all, 3 * 50), few, "position " + p);
    }
    assertEquals(50, some.pointCount());
  }

  @Test
  void positionsOutsideThePathAreClamped() {
    StagePath path = build(new int[] {3, 4, 2}, 8, null, Activation.TANH, Activation.TANH);
    float[] inside = new float[3 * COUNT];
    float[] outside = new float[3 * COUNT];

    path.positionsAt(0, inside);
    path.positionsAt(-3, outside);
    assertArrayEquals(inside, outside);
    path.positionsAt(path.stageCount() - 1, inside);
    path.positionsAt(1e9, outside);
    assertArrayEquals(inside, outside);
  }

  @Test
  void rejectsLayersThatDoNotChain() {
    Random random = new Random(1);
    List<LayerParams> layers =
        List.of(
            Fixtures.layer(random, 3, 4, Activation.TANH),
            Fixtures.layer(random, 5, 2, Activation.TANH));

    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> StagePath.build(layers, new double[30], 10, null));
    assertEquals("layer 2 takes 5 inputs but layer 1 gives 4 outputs", error.getMessage());
  }

  @Test
  void rejectsTooFewInputNumbersAndTooSmallAnOutput() {
    Random random = new Random(1);
    List<LayerParams> layers = List.of(Fixtures.layer(random, 3, 4, Activation.TANH));

    assertThrows(
        IllegalArgumentException.class, () -> StagePath.build(layers, new double[29], 10, null));
    StagePath path = StagePath.build(layers, new double[30], 10, null);
    assertThrows(IllegalArgumentException.class, () -> path.positionsAt(1, new float[29]));
  }

  @Test
  void followsNoPointsWithoutFailing() {
    StagePath path =
        StagePath.build(
            layers(
                new Random(2),
                new int[] {5, 6, 2},
                new Activation[] {Activation.TANH, Activation.TANH}),
            new double[0],
            0,
            null);

    path.positionsAt(4.5, new float[0]);
    assertEquals(0, path.pointCount());
  }

  private static Arguments network(String name, int[] widths, Activation... activations) {
    return Arguments.of(name, widths, activations);
  }

  private static StagePath build(
      int[] widths, long seed, StagePath previous, Activation... activations) {
    Random random = new Random(seed);
    List<LayerParams> layers = layers(random, widths, activations);
    return StagePath.build(layers, Fixtures.points(random, COUNT, widths[0]), COUNT, previous);
  }

  private static List<LayerParams> layers(Random random, int[] widths, Activation[] activations) {
    List<LayerParams> layers = new ArrayList<>();
    for (int l = 0; l + 1 < widths.length; l++) {
      layers.add(Fixtures.layer(random, widths[l], widths[l + 1], activations[l]));
    }
    return layers;
  }

  /**
   * The slow reference: every stage's coordinates of every point, in double, by playing each
   * layer's steps to the end one point at a time.
   */
  private static List<double[][]> referenceStages(
      List<LayerParams> layers, double[] input, int count) {
    List<double[][]> stages = new ArrayList<>();
    int n0 = layers.get(0).inputWidth();
    double[][] a = new double[count][];
    for (int i = 0; i < count; i++) {
      a[i] = Arrays.copyOfRange(input, i * n0, (i + 1) * n0);
    }
    stages.add(a);
    for (LayerParams layer : layers) {
      LayerDecomposition d = LayerDecomposition.of(layer);
      double[][] x = new double[count][];
      for (int i = 0; i < count; i++) {
        x[i] = Arrays.copyOf(a[i], d.workingWidth());
      }
      for (Step step : Step.values()) {
        int width = step == Step.ROTATE_IN ? d.inputWidth() : d.outputWidth();
        double[][] stage = new double[count][];
        for (int i = 0; i < count; i++) {
          d.applyStep(step, 1, x[i]);
          stage[i] = Arrays.copyOf(x[i], width);
        }
        stages.add(stage);
      }
      a = stages.get(stages.size() - 1);
    }
    return stages;
  }

  private static double[][] project(double[] frame, double[][] points) {
    int width = frame.length / 3;
    double[][] out = new double[points.length][3];
    for (int i = 0; i < points.length; i++) {
      for (int r = 0; r < 3; r++) {
        for (int j = 0; j < width; j++) {
          out[i][r] += frame[r * width + j] * points[i][j];
        }
      }
    }
    return out;
  }

  private static DMatrixRMaj covariance(double[][] points) {
    int w = points[0].length;
    double[] mean = new double[w];
    for (double[] p : points) {
      for (int j = 0; j < w; j++) {
        mean[j] += p[j] / points.length;
      }
    }
    DMatrixRMaj c = new DMatrixRMaj(w, w);
    for (double[] p : points) {
      for (int i = 0; i < w; i++) {
        for (int j = 0; j < w; j++) {
          c.add(i, j, (p[i] - mean[i]) * (p[j] - mean[j]) / points.length);
        }
      }
    }
    return c;
  }

  private static double[] descendingEigenvalues(DMatrixRMaj symmetric) {
    var eig =
        org.ejml.dense.row.factory.DecompositionFactory_DDRM.eig(symmetric.numRows, false, true);
    eig.decompose(symmetric.copy());
    double[] values = new double[symmetric.numRows];
    for (int i = 0; i < values.length; i++) {
      values[i] = -eig.getEigenvalue(i).real;
    }
    Arrays.sort(values);
    for (int i = 0; i < values.length; i++) {
      values[i] = -values[i];
    }
    return values;
  }

  private static double distance(float[] xyz, int i, int j) {
    double dx = xyz[3 * i] - xyz[3 * j];
    double dy = xyz[3 * i + 1] - xyz[3 * j + 1];
    double dz = xyz[3 * i + 2] - xyz[3 * j + 2];
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }

  private static LayerParams crossing(DMatrixRMaj u, DMatrixRMaj v, double first, double second) {
    DMatrixRMaj w = new DMatrixRMaj(3, 3);
    CommonOps_DDRM.multTransB(Fixtures.multiply(u, CommonOps_DDRM.diag(first, second, 0.5)), v, w);
    return new LayerParams(w, new DMatrixRMaj(3, 1), Math::tanh, false);
  }

  private static double maxDifference(float[] a, float[] b) {
    double max = 0;
    for (int i = 0; i < a.length; i++) {
      max = Math.max(max, Math.abs(a[i] - b[i]));
    }
    return max;
  }

  private static double maxAbs(float[] values) {
    double max = 0;
    for (float v : values) {
      max = Math.max(max, Math.abs(v));
    }
    return max;
  }
}
