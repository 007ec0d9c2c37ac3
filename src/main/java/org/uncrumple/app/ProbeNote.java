package org.uncrumple.app;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.data.Dataset;
import org.uncrumple.lessons.Probes;
import org.uncrumple.nn.Network;
import org.uncrumple.view.SceneGeometry;
import org.uncrumple.view.Traced;

/**
 * What the network says about the probes off the paper, written under the view while they are
 * shown. The answers are worked out on the loader thread (finding each probe's distance to the data
 * grows with the points); at most one such job is queued at a time.
 *
 * <p>FX thread only, apart from the job on the loader thread.
 */
final class ProbeNote extends Label {
  private final Explorer explorer;
  private final Executor loader;
  private boolean describing;

  ProbeNote(Explorer explorer, Executor loader) {
    this.explorer = explorer;
    this.loader = loader;
    StackPane.setAlignment(this, Pos.BOTTOM_LEFT);
    getStyleClass().add("probe-note");
    setWrapText(true);
    setMaxWidth(420);
    setMaxHeight(Region.USE_PREF_SIZE);
    setMouseTransparent(true);
    setVisible(false);
  }

  /**
   * Shows or hides the note and, while shown, asks the probes again about {@code now}'s weights.
   */
  void describe(Traced now, SceneGeometry geometry, boolean shown) {
    boolean on = shown && geometry != null && geometry.probes().length > 0;
    setVisible(on);
    if (!on || describing) {
      return;
    }
    describing = true;
    Network network = now.snapshot().copyOfNetwork();
    Dataset data = explorer.scene().dataset();
    loader.execute(
        () -> {
          String text;
          try {
            text =
                Probes.caption(
                    Probes.sample(
                            network,
                            data,
                            SceneGeometry.PROBES,
                            SceneGeometry.PROBE_DISTANCE,
                            SceneGeometry.PROBE_SEED)
                        .summary());
          } catch (RuntimeException e) {
            text = "The probes could not be asked: " + e.getMessage();
          }
          String said = text;
          Platform.runLater(
              () -> {
                describing = false;
                if (explorer.scene() != null && explorer.scene().dataset() == data) {
                  setText(said);
                }
              });
        });
  }
}
