package org.uncrumple.scene;

import java.util.List;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.train.TrainingSettings;

/**
 * A lesson: what data, which network, how it trains.
 *
 * @param hidden the hidden layers; the output layer (one logit per class) is added by the program
 * @param steps how many steps {@code uncrumple train} takes by default
 * @param running whether training starts as soon as the window opens
 */
public record SceneSpec(
    String title,
    String description,
    DatasetSpec dataset,
    List<LayerSpec> hidden,
    TrainingSettings training,
    long steps,
    boolean running) {
  public SceneSpec {
    hidden = List.copyOf(hidden);
  }
}
