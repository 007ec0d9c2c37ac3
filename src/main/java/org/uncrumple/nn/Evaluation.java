package org.uncrumple.nn;

/**
 * How well a network classifies a set of rows.
 *
 * @param loss mean softmax cross-entropy over the rows (natural log; without the weight-decay term)
 * @param accuracy fraction of rows whose largest logit is at the true class, in [0, 1]
 */
public record Evaluation(double loss, double accuracy) {}
