package org.uncrumple.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.uncrumple.nn.Network;

/**
 * An adversarial nudge: moves one input point, in small steps, in the direction that most quickly
 * makes the network prefer another class, until its prediction changes.
 *
 * <p>Symbols: x the point, c the class the network gives the starting point, t the target class,
 * z(x) the logits, η the step length. Each step is normalised gradient ascent on the logit
 * difference, x ← x + η·g/‖g‖ with g = ∇ₓ(z_t − z_c) (see {@link Network#inputGradient}), until
 * argmax z(x) = t; then {@value #MARGIN_STEPS} more steps so the point sits clearly across the
 * boundary rather than on it.
 *
 * <p>This is the input-space gradient ascent the essays describe for images (Szegedy et al.,
 * "Intriguing properties of neural networks", ICLR 2014; Goodfellow, Shlens and Szegedy,
 * "Explaining and harnessing adversarial examples", ICLR 2015), in 3D where the move can be seen.
 * The network keeps no record of which points are "real": it only has a boundary. Gradient ascent
 * climbs the steepest slope of the logit difference, which is not always the shortest way across.
 * In many dimensions the way across can be far shorter than the gap between neighbouring examples;
 * on the 3D paper ball it is a few times that gap.
 */
public final class Nudge {
  /** Step length η in normalised coordinates (the data fill [−1, 1]³). */
  public static final double STEP = 0.005;

  /** Most steps taken before giving up: a path of at most 6 units, three times the cube's side. */
  public static final int MAX_STEPS = 1200;

  /** Steps taken past the boundary once the prediction has changed. */
  public static final int MARGIN_STEPS = 2;

  private Nudge() {}

  /**
   * Where one nudge went.
   *
   * @param path every position, the start first and the end last, each a new array of d values
   * @param fromClass the class the network gave the starting point
   * @param targetClass the class the nudge pushed towards
   * @param finalClass the class the network gives the end point
   * @param flipped whether the end point is predicted as {@code targetClass}
   * @param distance the straight-line distance from the start to the end
   */
  public record Result(
      List<double[]> path,
      int fromClass,
      int targetClass,
      int finalClass,
      boolean flipped,
      double distance) {

    public Result {
      path = List.copyOf(path);
    }

    /** The starting point. */
    public double[] start() {
      return path.get(0).clone();
    }

    /** Where the nudge ended. */
    public double[] end() {
      return path.get(path.size() - 1).clone();
    }

    /** The path row-major, path().size() × d, ready for {@link Network#trace}. */
    public double[] pathPoints() {
      int width = path.get(0).length;
      double[] rows = new double[path.size() * width];
      for (int i = 0; i < path.size(); i++) {
        System.arraycopy(path.get(i), 0, rows, i * width, width);
      }
      return rows;
    }
  }

  /**
   * Nudges a point towards the class the network ranks second there (for two classes: the other
   * one).
   *
   * @param network read only; a snapshot's copy may be shared
   * @param point the starting input, d coordinates
   * @return the path and what happened
   */
  public static Result towardsOtherClass(Network network, double[] point) {
    double[] logits = network.logits(point, 1);
    int first = argmax(logits, -1);
    return towards(network, point, argmax(logits, first), STEP, MAX_STEPS);
  }

  /**
   * Nudges a point towards a chosen class with the default step.
   *
   * @param target the class to reach; must differ from the point's predicted class
   */
  public static Result towards(Network network, double[] point, int target) {
    return towards(network, point, target, STEP, MAX_STEPS);
  }

  /**
   * Nudges a point towards a chosen class.
   *
   * @param network read only
   * @param point the starting input, d coordinates
   * @param target the class to reach; must differ from the point's predicted class
   * @param step η, above 0
   * @param maxSteps the most steps before giving up (then {@code flipped} is false)
   * @return the path and what happened
   */
  public static Result towards(
      Network network, double[] point, int target, double step, int maxSteps) {
    Objects.requireNonNull(network, "network");
    int inputs = network.architecture().inputs();
    if (point.length != inputs) {
      throw new IllegalArgumentException(
          "the network takes " + inputs + " coordinates, the point has " + point.length);
    }
    if (!(step > 0)) {
      throw new IllegalArgumentException("the step must be above 0, was " + step);
    }
    int from = network.predict(point, 1)[0];
    if (target == from) {
      throw new IllegalArgumentException("the point is already predicted as class " + target);
    }
    List<double[]> path = new ArrayList<>();
    double[] x = point.clone();
    path.add(x.clone());
    int predicted = from;
    int margin = 0;
    for (int s = 0; s < maxSteps && margin < MARGIN_STEPS; s++) {
      // g = ∇ₓ(z_t − z_c); x ← x + η·g/‖g‖
      double[] g = network.inputGradient(x, from, target);
      double norm = norm(g);
      if (!(norm > 0) || !Double.isFinite(norm)) {
        break;
      }
      for (int i = 0; i < inputs; i++) {
        x[i] += step * g[i] / norm;
      }
      path.add(x.clone());
      predicted = network.predict(x, 1)[0];
      if (predicted == target) {
        margin++;
      }
    }
    double distance = norm(difference(x, point));
    return new Result(path, from, target, predicted, predicted == target, distance);
  }

  private static int argmax(double[] values, int skip) {
    int best = -1;
    for (int c = 0; c < values.length; c++) {
      if (c != skip && (best < 0 || values[c] > values[best])) {
        best = c;
      }
    }
    return best;
  }

  private static double[] difference(double[] a, double[] b) {
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i] - b[i];
    }
    return d;
  }

  private static double norm(double[] v) {
    double sum = 0.0;
    for (double value : v) {
      sum += value * value;
    }
    return Math.sqrt(sum);
  }
}
