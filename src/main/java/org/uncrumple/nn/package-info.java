/**
 * The compute core: small dense classifiers on EJML matrices, trained by minibatch gradient steps,
 * and traced stage by stage for the geometric view.
 *
 * <p>{@link org.uncrumple.nn.Network} holds the layers (z = W·a + b, a′ = f(z), a linear output
 * layer giving logits), {@link org.uncrumple.nn.Learner} trains one in place with SGD or Adam on
 * softmax cross-entropy, and {@link org.uncrumple.nn.Network#trace} returns every point after every
 * linear map, shift and activation as a {@link org.uncrumple.nn.Trace}. Samples are rows; batches
 * run through reused work matrices and a training step allocates nothing. Nothing here uses JavaFX
 * or prints.
 */
package org.uncrumple.nn;
