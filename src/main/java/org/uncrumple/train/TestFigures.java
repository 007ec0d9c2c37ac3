package org.uncrumple.train;

/**
 * How the network did on the held-out test points, which it never trains on.
 *
 * @param step the training step whose weights were measured; a snapshot taken while training runs
 *     may carry the newest figures measured a little earlier, so compare this with {@link
 *     Snapshot#step()}
 * @param loss mean cross-entropy over the test points (natural log, no weight-decay term)
 * @param accuracy share of test points classified correctly, 0 to 1
 * @param points how many test points were measured
 */
public record TestFigures(long step, double loss, double accuracy, int points) {}
