package org.uncrumple.geometry;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Multinomial logistic regression with a little L2, fitted by Newton's method: the linear
 * classifier behind {@link Separability}.
 *
 * <p>Symbols: n rows x_i ∈ ℝ^q (the last coordinate a constant 1 for the bias), K classes, y_i the
 * class of row i. Class K − 1 is the reference with scores fixed at 0, so the parameters are the (K
 * − 1) × q matrix Θ and the scores of row i are s_i = (Θ·x_i, 0). Objective
 *
 * <pre>
 *   J(Θ) = (1/n)·Σ_i [log Σ_c exp(s_ic) − s_{i,y_i}] + (λ/2)·‖Θ‖²,
 *   ∇_c J = (1/n)·Σ_i (p_ic − [y_i = c])·x_i + λ·Θ_c,
 *   ∇²_{ce} J = (1/n)·Σ_i p_ic·([c = e] − p_ie)·x_i·x_iᵀ + λ·[c = e]·I,
 * </pre>
 *
 * with p_i = softmax(s_i). J is strictly convex (the L2 term makes the Hessian positive definite
 * even when the classes can be separated and the unpenalised optimum runs off to infinity), so
 * damped Newton steps (Armijo backtracking) from Θ = 0 converge to its one minimum; see S. Boyd and
 * L. Vandenberghe, <i>Convex Optimization</i> (2004), §9.5. Once the Newton decrement −∇Jᵀ·Δ is
 * below {@value #PURE_NEWTON} the full step is taken unchecked: there Newton's method converges
 * quadratically, and the fall in J would be lost in its rounding. The fit stops when the decrement
 * is negligible or as soon as every row is classified correctly, since the accuracy cannot rise
 * further. Everything is deterministic.
 */
final class SoftmaxRegression {
  /** λ, small: with standardised features it bounds ‖Θ‖ without blunting a clean separation. */
  static final double DECAY = 1e-4;

  /** A bound that well-posed fits never reach (they take 5 to 10 steps). */
  static final int MAX_ITERATIONS = 60;

  /** Stop when ½·(−∇Jᵀ·Δ), the decrease of J still to come, is below this. */
  private static final double TOLERANCE = 1e-16;

  /** Below this Newton decrement −∇Jᵀ·Δ the iteration converges quadratically without damping. */
  private static final double PURE_NEWTON = 1e-6;

  private final DMatrixRMaj x;
  private final int[] y;
  private final int n;
  private final int q;
  private final int free;
  private final DMatrixRMaj scores;
  private final DMatrixRMaj probabilities;
  private final DMatrixRMaj theta;

  /** Work matrices of {@link #gradientAndHessian}: R, the weighted X and one q × q block. */
  private final DMatrixRMaj residual;

  private final DMatrixRMaj weighted;
  private final DMatrixRMaj block;
  private int correct;
  private int iterations;

  private SoftmaxRegression(DMatrixRMaj x, int[] y, int classes) {
    this.x = x;
    this.y = y;
    this.n = x.numRows;
    this.q = x.numCols;
    this.free = classes - 1;
    this.scores = new DMatrixRMaj(n, free);
    this.probabilities = new DMatrixRMaj(n, free);
    this.theta = new DMatrixRMaj(free, q);
    this.residual = new DMatrixRMaj(n, free);
    this.weighted = new DMatrixRMaj(n, q);
    this.block = new DMatrixRMaj(q, q);
  }

  /**
   * Fits the classifier.
   *
   * @param x n × q features, the last column all ones (not copied, not changed)
   * @param y n classes in 0 … K − 1, each class occurring
   * @param classes K ≥ 2
   * @return the fitted classifier
   */
  static SoftmaxRegression fit(DMatrixRMaj x, int[] y, int classes) {
    SoftmaxRegression regression = new SoftmaxRegression(x, y, classes);
    regression.minimise();
    return regression;
  }

  /**
   * The training accuracy: the share of rows whose largest score is their own class (a tie goes to
   * the lowest class).
   */
  double accuracy() {
    return (double) correct / n;
  }

  /** The Newton steps taken. */
  int iterations() {
    return iterations;
  }

  /** Θ, (K − 1) × q (a copy). */
  DMatrixRMaj parameters() {
    return theta.copy();
  }

  private void minimise() {
    int size = free * q;
    DMatrixRMaj gradient = new DMatrixRMaj(free, q);
    DMatrixRMaj hessian = new DMatrixRMaj(size, size);
    DMatrixRMaj rightSide = new DMatrixRMaj(size, 1);
    DMatrixRMaj step = new DMatrixRMaj(size, 1);
    DMatrixRMaj trial = new DMatrixRMaj(free, q);
    LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(size);
    double objective = evaluate(theta);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      if (correct() == n) {
        break;
      }
      gradientAndHessian(gradient, hessian);
      // H·Δ = −∇J
      if (!solver.setA(hessian)) {
        break;
      }
      double slope = 0;
      for (int i = 0; i < size; i++) {
        rightSide.data[i] = -gradient.data[i];
      }
      solver.solve(rightSide, step);
      for (int i = 0; i < size; i++) {
        slope += gradient.data[i] * step.data[i];
      }
      if (-slope / 2 < TOLERANCE) {
        break;
      }
      // Θ ← Θ + α·Δ, halving α until J falls by at least 10⁻⁴·α·|∇Jᵀ·Δ|; near the minimum,
      // where the fall is lost in the rounding of J, Newton's full step is safe and taken as is
      boolean nearMinimum = -slope < PURE_NEWTON;
      double alpha = 1;
      double next;
      while (true) {
        for (int i = 0; i < size; i++) {
          trial.data[i] = theta.data[i] + alpha * step.data[i];
        }
        next = evaluate(trial);
        if (nearMinimum || next <= objective + 1e-4 * alpha * slope || alpha < 1e-10) {
          break;
        }
        alpha /= 2;
      }
      if (!nearMinimum && !(next < objective)) {
        evaluate(theta);
        break;
      }
      theta.setTo(trial);
      objective = next;
      iterations++;
    }
    correct = correct();
  }

  /** J at some Θ; leaves the scores and probabilities there in the work matrices. */
  private double evaluate(DMatrixRMaj at) {
    // S = X·Θᵀ
    CommonOps_DDRM.multTransB(x, at, scores);
    double loss = 0;
    for (int i = 0; i < n; i++) {
      int row = i * free;
      double largest = 0;
      for (int c = 0; c < free; c++) {
        largest = Math.max(largest, scores.data[row + c]);
      }
      // log Σ_c exp(s_ic), the reference class contributing exp(0)
      double sum = Math.exp(-largest);
      for (int c = 0; c < free; c++) {
        double e = Math.exp(scores.data[row + c] - largest);
        probabilities.data[row + c] = e;
        sum += e;
      }
      for (int c = 0; c < free; c++) {
        probabilities.data[row + c] /= sum;
      }
      double own = y[i] < free ? scores.data[row + y[i]] : 0;
      loss += largest + Math.log(sum) - own;
    }
    double penalty = 0;
    for (int i = 0; i < at.getNumElements(); i++) {
      penalty += at.data[i] * at.data[i];
    }
    return loss / n + DECAY / 2 * penalty;
  }

  /** ∇J and ∇²J at Θ, from the probabilities {@link #evaluate} left there. */
  private void gradientAndHessian(DMatrixRMaj gradient, DMatrixRMaj hessian) {
    // R = P − Y, ∇J = Rᵀ·X / n + λ·Θ
    residual.setTo(probabilities);
    for (int i = 0; i < n; i++) {
      if (y[i] < free) {
        residual.data[i * free + y[i]] -= 1;
      }
    }
    CommonOps_DDRM.multTransA(residual, x, gradient);
    CommonOps_DDRM.scale(1.0 / n, gradient);
    CommonOps_DDRM.addEquals(gradient, DECAY, theta);
    // block (c, e) = Xᵀ·diag(w)·X, w_i = p_ic·([c = e] − p_ie) / n; then + λ·I. On the diagonal
    // w_i ≥ 0, so the block is AᵀA with rows a_i = √w_i·x_i, half the work of a general product.
    for (int c = 0; c < free; c++) {
      for (int e = c; e < free; e++) {
        boolean diagonal = c == e;
        for (int i = 0; i < n; i++) {
          double pc = probabilities.data[i * free + c];
          double pe = probabilities.data[i * free + e];
          double w = pc * ((diagonal ? 1 : 0) - pe) / n;
          double factor = diagonal ? Math.sqrt(Math.max(0, w)) : w;
          for (int j = 0; j < q; j++) {
            weighted.data[i * q + j] = factor * x.data[i * q + j];
          }
        }
        if (diagonal) {
          CommonOps_DDRM.multInner(weighted, block);
        } else {
          CommonOps_DDRM.multTransA(x, weighted, block);
        }
        CommonOps_DDRM.insert(block, hessian, c * q, e * q);
        if (e != c) {
          CommonOps_DDRM.transpose(block);
          CommonOps_DDRM.insert(block, hessian, e * q, c * q);
        }
      }
    }
    for (int i = 0; i < hessian.numRows; i++) {
      hessian.add(i, i, DECAY);
    }
  }

  /** The rows whose largest score, in the work matrices, is their own class. */
  private int correct() {
    int count = 0;
    for (int i = 0; i < n; i++) {
      int row = i * free;
      int best = free;
      double bestScore = 0;
      for (int c = 0; c < free; c++) {
        double score = scores.data[row + c];
        if (score > bestScore || (score == bestScore && c < best)) {
          best = c;
          bestScore = score;
        }
      }
      if (best == y[i]) {
        count++;
      }
    }
    return count;
  }
}
