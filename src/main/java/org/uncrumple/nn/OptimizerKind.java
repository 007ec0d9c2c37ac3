package org.uncrumple.nn;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Which update rule a {@link Learner} applies; see {@link OptimizerSettings} for the formulas. */
public enum OptimizerKind {
  /** Stochastic gradient descent with (heavy-ball) momentum, id {@code "sgd"}. */
  SGD("sgd"),
  /** Adam, id {@code "adam"}. */
  ADAM("adam");

  private final String id;

  OptimizerKind(String id) {
    this.id = id;
  }

  /**
   * The name used in scene files and on the command line.
   *
   * @return "sgd" or "adam"
   */
  public String id() {
    return id;
  }

  /**
   * The kind with the given {@link #id()}.
   *
   * @param id "sgd" or "adam"
   * @return the kind
   * @throws IllegalArgumentException naming the unknown id and listing the allowed ones
   */
  public static OptimizerKind fromId(String id) {
    for (OptimizerKind kind : values()) {
      if (kind.id.equals(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown optimizer '"
            + id
            + "'; allowed: "
            + Arrays.stream(values()).map(OptimizerKind::id).collect(Collectors.joining(", ")));
  }
}
