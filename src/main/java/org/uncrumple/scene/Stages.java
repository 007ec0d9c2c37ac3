package org.uncrumple.scene;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of a network's stages, in order: {@code input}; for each hidden layer N its five steps
 * {@code layerN.rotate1}, {@code layerN.stretch}, {@code layerN.rotate2}, {@code layerN.shift},
 * {@code layerN.squash}; then {@code output}, where the last layer's decision boundary is drawn.
 */
public final class Stages {
  /** The five steps of a dense layer, in the order they are played. */
  public static final List<String> STEPS =
      List.of("rotate1", "stretch", "rotate2", "shift", "squash");

  private Stages() {}

  /** All stage names of a network with {@code hiddenLayers} hidden layers. */
  public static List<String> names(int hiddenLayers) {
    List<String> names = new ArrayList<>(2 + STEPS.size() * hiddenLayers);
    names.add("input");
    for (int layer = 1; layer <= hiddenLayers; layer++) {
      for (String step : STEPS) {
        names.add("layer" + layer + "." + step);
      }
    }
    names.add("output");
    return names;
  }

  /** The position of a stage by name, or −1. */
  public static int indexOf(String name, int hiddenLayers) {
    return names(hiddenLayers).indexOf(name);
  }
}
