package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;

import java.util.Set;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.Show;
import org.uncrumple.view.TraceWorker;

/**
 * The trace worker carries through the stages only what the window shows: a scene that shows the
 * points alone, in a fresh window whose switches it does not change, once had every overlay traced
 * (the decision surface found afresh on every trace, half a core for nothing).
 */
class TracedOverlaysTest {
  private Stage stage;
  private Explorer explorer;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void close() {
    runFx(
        () -> {
          stage.close();
          explorer.close();
        });
  }

  @Test
  void aSceneShowingThePointsAloneCarriesNoOverlay() throws Exception {
    LoadedScene ball = RenderCases.paperBall(200);
    TraceWorker worker = new TraceWorker();
    MainWindow window =
        onFx(
            () -> {
              explorer = new Explorer();
              MainWindow made = new MainWindow(explorer, worker, new MemoryPreferences());
              stage = new Stage();
              stage.setScene(new Scene(made, 1000, 700));
              stage.show();
              explorer.load(ball);
              return made;
            });
    assertEquals(Set.of(Show.POINTS), onFx(() -> window.toggles.current()));
    assertEquals(Set.of(), onFx(worker::carried), "nothing but the points is shown");
    runFx(() -> window.toggles.property(Show.SHEETS).set(true));
    assertEquals(Set.of(Show.SHEETS), onFx(worker::carried), "the sheets, once switched on");
  }
}
