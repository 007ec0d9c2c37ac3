package org.uncrumple.geometry;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * A grand tour: a smooth, endless turning of the 3-D view of a stage wider than three, so that in
 * time it looks at the stage from every direction and shows structure its three main directions
 * (PCA) hide. A linear projection at every moment: a rotation stays a rotation in the picture.
 *
 * <p>Frames are 3×N, row-major, with orthonormal rows, as {@link StagePath#projection} gives them:
 * a point x of the stage is drawn at P·x. The tour is random targets joined by geodesics (Buja,
 * Cook, Asimov and Hurley, "Computational methods for high-dimensional rotations in data
 * visualization", 2005; the default of tourr, Wickham, Cook, Hofmann and Buja 2011): from the
 * current frame it draws a target frame uniformly at random (an N×3 Gaussian matrix
 * orthonormalised), turns along the {@link FrameGeodesic} to the target's plane, then draws the
 * next target. See /work/shared/reading/grand-tour.md for why this rather than Asimov's torus
 * method.
 *
 * <p>The tour is a function of its arc length t in radians: {@link #frameAt(double)} gives the
 * frame after the view has turned by t, so a caller that advances t by ω·Δt while playing (see
 * {@link TourPlayer}) turns the view at exactly ω radians a second whatever N is, pauses by not
 * advancing, and replays an export exactly. The targets come from a {@link SplittableRandom} of the
 * given seed, so the same seed gives the same tour. Frames are computed in closed form from their
 * segment, so rounding does not build up; each segment starts from its predecessor's end frame,
 * orthonormalised. Cost: O(N) a frame, and a 3×3 SVD and O(N) a segment (about every 5 s at the
 * default speed).
 *
 * <p>A stage of width ≤ 3 needs no tour: its frame is the canonical one (shown as it is) at every
 * t. Across stages of different widths, {@link #resized} carries a frame (padding with zero columns
 * when the stage widens, which is exact; cropping and repairing when it narrows), {@link #turned}
 * moves it with a rotation step so that the picture stays still, and {@link #glide} joins two
 * frames exactly, for example the tour's frame and the PCA frame.
 *
 * <p>Not thread-safe: the tour caches the segment it is on. Asking for an earlier t than the
 * current segment's start replays the tour from its start, so a caller going forward pays O(N) a
 * frame.
 */
public final class GrandTour {
  /** Targets nearer than this to the current frame, in radians, are drawn again (as tourr does). */
  private static final double NEAR_TARGET = 1e-3;

  private final int width;
  private final long seed;
  private final double[] start;
  private SplittableRandom random;
  private FrameGeodesic segment;
  private double segmentStart;

  private GrandTour(int width, long seed, double[] start) {
    this.width = width;
    this.seed = seed;
    this.start = start;
    restart();
  }

  /**
   * A tour of ℝᴺ starting on the first three axes.
   *
   * @param width N ≥ 1
   * @param seed fixes the targets
   * @return the tour
   */
  public static GrandTour of(int width, long seed) {
    return new GrandTour(requireWidth(width), seed, canonical(width));
  }

  /**
   * A tour starting at a given frame, such as a stage's PCA frame ({@link StagePath#projection}).
   *
   * @param frame 3×N row-major with orthonormal rows (to 10⁻⁶)
   * @param seed fixes the targets
   * @return the tour; {@code frameAt(0)} is the frame
   * @throws IllegalArgumentException when the frame is not 3×N or its rows are not orthonormal
   */
  public static GrandTour from(double[] frame, long seed) {
    Objects.requireNonNull(frame, "frame");
    if (frame.length == 0 || frame.length % 3 != 0) {
      throw new IllegalArgumentException("a frame has 3 rows: " + frame.length + " values");
    }
    int width = frame.length / 3;
    if (width > 3) {
      requireOrthonormal(frame, width);
    }
    return new GrandTour(width, seed, width <= 3 ? canonical(width) : frame.clone());
  }

  /**
   * A seed for the tour of one stage of one scene, so that an export replays the window's tour.
   *
   * @param sceneSeed the scene's seed
   * @param stage the stage's index
   * @param width the stage's width
   * @return a seed mixing the three
   */
  public static long seed(long sceneSeed, int stage, int width) {
    return new SplittableRandom(sceneSeed ^ ((long) stage << 32) ^ width).nextLong();
  }

  /** N, the width of the space toured. */
  public int width() {
    return width;
  }

  /**
   * The frame after the view has turned through {@code arc} radians from the start.
   *
   * @param arc t ≥ 0; values below 0 give the start
   * @return a new 3×N row-major frame with orthonormal rows
   */
  public double[] frameAt(double arc) {
    double[] out = new double[3 * width];
    frameAt(arc, out);
    return out;
  }

  /**
   * Writes the frame after {@code arc} radians into {@code out}, allocating nothing on the way
   * except when a new segment starts.
   *
   * @param arc t ≥ 0; values below 0 give the start
   * @param out at least 3·N values
   */
  public void frameAt(double arc, double[] out) {
    if (Double.isNaN(arc)) {
      throw new IllegalArgumentException("arc is NaN");
    }
    if (width <= 3) {
      System.arraycopy(start, 0, out, 0, start.length);
      return;
    }
    double t = Math.max(0, arc);
    if (t < segmentStart) {
      restart();
    }
    while (t > segmentStart + segment.length()) {
      segmentStart += segment.length();
      segment = next(segment.at(1));
    }
    segment.at((t - segmentStart) / segment.length(), out);
  }

  /**
   * Carries a frame to a stage of another width: padded with zero columns when the stage is wider
   * (exact: the picture of every point is unchanged), or cropped to the first {@code newWidth}
   * columns and repaired to the nearest frame with orthonormal rows when it is narrower, any row
   * lost entirely being refilled at random; the canonical frame for a width ≤ 3, or from one.
   *
   * @param frame 3×N row-major
   * @param newWidth the new stage's width, at least 1
   * @param seed fixes the refilled rows
   * @return a new 3×newWidth frame
   */
  public static double[] resized(double[] frame, int newWidth, long seed) {
    int old = frame.length / 3;
    requireWidth(newWidth);
    if (newWidth <= 3 || old <= 3) {
      return canonical(newWidth);
    }
    double[] out = new double[3 * newWidth];
    int kept = Math.min(old, newWidth);
    for (int r = 0; r < 3; r++) {
      System.arraycopy(frame, r * old, out, r * newWidth, kept);
    }
    return newWidth >= old ? out : nearestFrame(out, newWidth, new SplittableRandom(seed));
  }

  /**
   * The frame that moves with a rotation step x ↦ R·x, so that the picture does not change: P·Rᵀ,
   * since (P·Rᵀ)·(R·x) = P·x ("co-moving", Li, Zhao and Scheidegger 2020).
   *
   * @param frame 3×N row-major
   * @param rotation R, N×N orthogonal
   * @return a new 3×N frame
   */
  public static double[] turned(double[] frame, DMatrixRMaj rotation) {
    int n = frame.length / 3;
    if (rotation.numRows != n || rotation.numCols != n) {
      throw new IllegalArgumentException(
          "a " + n + "-wide frame turns with an " + n + "×" + n + " rotation");
    }
    DMatrixRMaj p = new DMatrixRMaj(3, n, true, frame);
    DMatrixRMaj out = new DMatrixRMaj(3, n);
    // P' = P·Rᵀ
    CommonOps_DDRM.multTransB(p, rotation, out);
    return out.data;
  }

  /**
   * A point of the shortest smooth way from one frame to another of the same width: the plane turns
   * along its principal angles while the frame turns within it, ending on {@code to} itself (to
   * 10⁻⁶). For going back from the tour to the PCA frame, or gliding to a {@link #resized} frame
   * during a stretch.
   *
   * @param from 3×N row-major with orthonormal rows
   * @param to 3×N row-major with orthonormal rows
   * @param fraction 0 … 1; values outside are clamped
   * @return a new 3×N frame with orthonormal rows
   */
  public static double[] glide(double[] from, double[] to, double fraction) {
    if (from.length != to.length || from.length % 3 != 0) {
      throw new IllegalArgumentException("frames of different shapes cannot be joined");
    }
    int n = from.length / 3;
    if (n <= 3) {
      return canonical(n);
    }
    return FrameGeodesic.between(from, to, n, true).at(Math.max(0, Math.min(1, fraction)));
  }

  private void restart() {
    random = new SplittableRandom(seed);
    segmentStart = 0;
    if (width > 3) {
      segment = next(start);
    }
  }

  /** The segment from {@code frame} to the next random target far enough from it. */
  private FrameGeodesic next(double[] frame) {
    double[][] rows = new double[3][width];
    for (int r = 0; r < 3; r++) {
      System.arraycopy(frame, r * width, rows[r], 0, width);
    }
    FrameGeodesic.orthonormalise(rows, null, width);
    double[] from = new double[3 * width];
    for (int r = 0; r < 3; r++) {
      System.arraycopy(rows[r], 0, from, r * width, width);
    }
    while (true) {
      double[] target = randomFrame(width, random);
      if (target == null) {
        continue;
      }
      FrameGeodesic path = FrameGeodesic.between(from, target, width, false);
      if (path.length() >= NEAR_TARGET) {
        return path;
      }
    }
  }

  /**
   * A frame drawn uniformly: three Gaussian rows orthonormalised in turn (QR with a positive
   * diagonal); null in the rare case they are nearly dependent.
   */
  private static double[] randomFrame(int n, SplittableRandom random) {
    double[][] rows = new double[3][n];
    for (double[] row : rows) {
      for (int j = 0; j < n; j++) {
        row[j] = random.nextGaussian();
      }
    }
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < i; k++) {
        FrameGeodesic.subtractProjection(rows[i], rows[k], n);
      }
      double norm = Math.sqrt(FrameGeodesic.dot(rows[i], rows[i], n));
      if (norm < 1e-6 * Math.sqrt(n)) {
        return null;
      }
      for (int j = 0; j < n; j++) {
        rows[i][j] /= norm;
      }
    }
    double[] frame = new double[3 * n];
    for (int r = 0; r < 3; r++) {
      System.arraycopy(rows[r], 0, frame, r * n, n);
    }
    return frame;
  }

  /**
   * The 3×n frame with orthonormal rows nearest to y (Frobenius): with y = U·Σ·Wᵀ, U·Wᵀ; a right
   * singular vector whose singular value is about 0 (a row lost in cropping) is replaced by a
   * random direction orthogonal to the others.
   */
  private static double[] nearestFrame(double[] y, int n, SplittableRandom random) {
    SingularValueDecomposition_F64<DMatrixRMaj> svd =
        DecompositionFactory_DDRM.svd(3, n, true, true, true);
    if (!svd.decompose(new DMatrixRMaj(3, n, true, y))) {
      throw new ArithmeticException("singular value decomposition of a frame failed");
    }
    DMatrixRMaj u = svd.getU(null, false);
    DMatrixRMaj wt = svd.getV(null, true);
    double[] sigma = svd.getSingularValues();
    double[][] w = new double[3][n];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < n; j++) {
        w[i][j] = wt.get(i, j);
      }
    }
    for (int i = 0; i < 3; i++) {
      if (sigma[i] < 1e-8) {
        for (int j = 0; j < n; j++) {
          w[i][j] = random.nextGaussian();
        }
      }
    }
    // keep the well-defined directions first, then orthonormalise the refilled ones against them
    Integer[] order = {0, 1, 2};
    Arrays.sort(order, (p, q) -> Double.compare(sigma[q], sigma[p]));
    double[][] sorted = {w[order[0]], w[order[1]], w[order[2]]};
    FrameGeodesic.orthonormalise(sorted, null, n);
    double[] out = new double[3 * n];
    for (int r = 0; r < 3; r++) {
      for (int i = 0; i < 3; i++) {
        double weight = u.get(r, order[i]);
        for (int j = 0; j < n; j++) {
          out[r * n + j] += weight * sorted[i][j];
        }
      }
    }
    return out;
  }

  private static double[] canonical(int n) {
    return Frames.canonical(n).data;
  }

  private static int requireWidth(int width) {
    if (width < 1) {
      throw new IllegalArgumentException("a tour needs a width of at least 1, not " + width);
    }
    return width;
  }

  private static void requireOrthonormal(double[] frame, int n) {
    for (int r = 0; r < 3; r++) {
      for (int s = r; s < 3; s++) {
        double d = 0;
        for (int j = 0; j < n; j++) {
          d += frame[r * n + j] * frame[s * n + j];
        }
        if (Math.abs(d - (r == s ? 1 : 0)) > 1e-6) {
          throw new IllegalArgumentException("the frame's rows are not orthonormal");
        }
      }
    }
  }
}
