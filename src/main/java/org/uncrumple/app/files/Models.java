package org.uncrumple.app.files;

import org.uncrumple.nn.Architecture;

/** Whether a model's network fits a scene's, and if not, which layer differs, in words. */
final class Models {
  private Models() {}

  /** Null when {@code model} has the shape of {@code scene}; otherwise what differs. */
  static String mismatch(Architecture model, Architecture scene) {
    if (model.equals(scene)) {
      return null;
    }
    String both =
        "the model's network is " + model.describe() + ", the scene's is " + scene.describe();
    if (model.inputs() != scene.inputs()) {
      return both + ": the inputs differ";
    }
    if (model.hidden().size() != scene.hidden().size()) {
      return both
          + ": the model has "
          + model.hidden().size()
          + " hidden layers, the scene "
          + scene.hidden().size();
    }
    for (int l = 0; l < model.hidden().size(); l++) {
      if (!model.hidden().get(l).equals(scene.hidden().get(l))) {
        return String.format(
            "%s: hidden layer %d is %d wide with %s in the model, %d wide with %s in the scene",
            both,
            l + 1,
            model.hidden().get(l).width(),
            model.hidden().get(l).activation().id(),
            scene.hidden().get(l).width(),
            scene.hidden().get(l).activation().id());
      }
    }
    return both
        + ": the model has "
        + model.classes()
        + " classes, the scene's data "
        + scene.classes();
  }
}
