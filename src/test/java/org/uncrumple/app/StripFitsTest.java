package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.awaitFx;
import static org.uncrumple.testing.FxWaits.closeOnPrimaryStage;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;
import static org.uncrumple.testing.FxWaits.waitForFrames;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxToolkit;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.testing.SmallScenes;
import org.uncrumple.view.TraceWorker;

/**
 * The network strip on a classroom projector and in a narrow window: in presenter mode the paper
 * ball's three layers fit across 1280 pixels, and where the strip must scroll, its scroll bar lies
 * under the lowest line of figures instead of over it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StripFitsTest {
  private Explorer explorer;
  private MainWindow window;
  private Stage stage;

  @BeforeAll
  void openWindow() throws Exception {
    var paperBall = SmallScenes.paperBall();
    stage = FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        s -> {
          explorer = new Explorer();
          window = new MainWindow(explorer, new TraceWorker(), new MemoryPreferences());
          Scene scene = new Scene(window, 1280, 800);
          scene.getStylesheets().add(Stylesheet.explorer());
          s.setScene(scene);
          s.show();
          explorer.load(paperBall);
        });
    awaitFx("the first trace", () -> window.hasTrace(), () -> window.tour.caption.getText());
    awaitFx(
        "the strip's figures",
        () -> window.strip.measures().get(1).getText().contains("split"),
        () -> window.strip.measures().get(1).getText());
  }

  @AfterEach
  void back() {
    runFx(
        () -> {
          window.presenter.activeProperty().set(false);
          stage.setWidth(1280);
        });
  }

  @AfterAll
  void closeWindow() throws Exception {
    closeOnPrimaryStage(window::close, explorer::close);
  }

  @Test
  void inPresenterModeThreeLayersFitAcrossA1280PixelProjector() {
    runFx(() -> window.presenter.activeProperty().set(true));
    waitForFrames(3);

    List<String> problems =
        onFx(
            () -> {
              assertEquals(1280, window.getScene().getWidth(), "the projector's width");
              List<String> found = new ArrayList<>();
              if (horizontalBar().isVisible()) {
                found.add(
                    String.format(
                        "the strip scrolls: its row is %.0f pixels wide, the strip %.0f",
                        window.strip.getContent().prefWidth(-1), window.strip.getWidth()));
              }
              double right = window.strip.localToScene(window.strip.getLayoutBounds()).getMaxX();
              for (Label box : window.strip.boxes()) {
                if (box.localToScene(box.getLayoutBounds()).getMaxX() > right) {
                  found.add(box.getText() + " lies past the strip's right edge");
                }
              }
              found.addAll(coveredFigures());
              return found;
            });

    assertEquals(List.of(), problems);
  }

  @Test
  void whereTheStripScrollsItsBarLiesUnderTheFigures() {
    runFx(
        () -> {
          window.presenter.activeProperty().set(true);
          stage.setFullScreen(false);
          stage.setWidth(900);
        });
    waitForFrames(3);

    assertTrue(onFx(() -> horizontalBar().isVisible()), "large type at 900 pixels scrolls");
    assertEquals(List.of(), onFx(this::coveredFigures));

    runFx(() -> window.presenter.activeProperty().set(false));
    runFx(() -> stage.setWidth(900));
    waitForFrames(3);

    assertTrue(onFx(() -> horizontalBar().isVisible()), "normal type at 900 pixels scrolls");
    assertEquals(List.of(), onFx(this::coveredFigures));
  }

  /**
   * Figures under the boxes squeezed (the strip shorter than its row), drawn below its visible area
   * or under its scroll bar.
   */
  private List<String> coveredFigures() {
    Node viewport = window.strip.lookup(".viewport");
    double bottom = viewport.localToScene(viewport.getLayoutBounds()).getMaxY();
    ScrollBar bar = horizontalBar();
    if (bar.isVisible()) {
      bottom = Math.min(bottom, bar.localToScene(bar.getLayoutBounds()).getMinY());
    }
    assertFalse(window.strip.measures().isEmpty(), "figures under the boxes");
    List<String> found = new ArrayList<>();
    Node row = window.strip.getContent();
    if (row.getLayoutBounds().getHeight() < row.prefHeight(-1) - 0.5) {
      found.add(
          String.format(
              "the row is squeezed to %.1f of its %.1f pixels",
              row.getLayoutBounds().getHeight(), row.prefHeight(-1)));
    }
    for (Label measure : window.strip.measures()) {
      if (measure.getHeight() < measure.prefHeight(-1) - 0.5) {
        found.add(
            String.format(
                "\"%s\" is squeezed to %.1f of its %.1f pixels",
                measure.getText().replace('\n', ' '), measure.getHeight(), measure.prefHeight(-1)));
      }
      double lowest = measure.localToScene(measure.getLayoutBounds()).getMaxY();
      if (lowest > bottom + 0.5) {
        found.add(
            String.format(
                "\"%s\" reaches %.1f, below %.1f",
                measure.getText().replace('\n', ' '), lowest, bottom));
      }
    }
    return found;
  }

  private ScrollBar horizontalBar() {
    for (Node node : window.strip.lookupAll(".scroll-bar")) {
      if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
        return bar;
      }
    }
    throw new AssertionError("the strip has no horizontal scroll bar");
  }
}
