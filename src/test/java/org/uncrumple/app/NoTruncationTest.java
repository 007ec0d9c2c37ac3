package org.uncrumple.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uncrumple.testing.FxWaits.awaitFx;
import static org.uncrumple.testing.FxWaits.closeOnPrimaryStage;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;
import static org.uncrumple.testing.FxWaits.waitForFrames;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.testing.SmallScenes;
import org.uncrumple.view.TraceWorker;

/**
 * No text in the window is cut short: at 1280×720 with normal and doubled type, with the help open,
 * and in presenter mode. Every {@link Text} in view is read as drawn: a label's text must be drawn
 * whole, no other text may end in "…" or "...", and no label may run past the right edge of a panel
 * that scrolls only up and down (the help, the training panel), which would hide its end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoTruncationTest {
  private static final String LARGE_TYPE =
      Objects.requireNonNull(NoTruncationTest.class.getResource("large-type.css")).toExternalForm();

  private Preferences preferences;
  private Explorer explorer;
  private MainWindow window;
  private Scene scene;

  @BeforeAll
  void openWindow() throws Exception {
    preferences = new MemoryPreferences();
    LoadedScene paperBall = SmallScenes.paperBall();
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        s -> {
          explorer = new Explorer();
          window = new MainWindow(explorer, new TraceWorker(), preferences);
          scene = new Scene(window, 1280, 720);
          scene.getStylesheets().add(Stylesheet.explorer());
          s.setScene(scene);
          s.sizeToScene();
          s.show();
          explorer.load(paperBall);
        });
    awaitFx("the first trace", () -> window.hasTrace(), () -> window.tour.caption.getText());
  }

  @AfterEach
  void backToNormal() {
    runFx(
        () -> {
          scene.getStylesheets().remove(LARGE_TYPE);
          window.help.close();
          window.presenter.activeProperty().set(false);
        });
  }

  @AfterAll
  void closeWindow() throws Exception {
    closeOnPrimaryStage(window::close, explorer::close);
  }

  @ParameterizedTest(name = "type {0}, {1}")
  @CsvSource({
    "normal, explorer",
    "normal, help",
    "normal, presenter",
    "doubled, explorer",
    "doubled, help",
    "doubled, presenter"
  })
  void noTextIsCutShort(String type, String view) {
    runFx(
        () -> {
          if (type.equals("doubled")) {
            scene.getStylesheets().add(LARGE_TYPE);
          }
          if (view.equals("help")) {
            window.help.open();
          } else if (view.equals("presenter")) {
            window.presenter.activeProperty().set(true);
          }
        });
    waitForFrames(3);

    List<String> cut =
        onFx(
            () -> {
              assertEquals(
                  view.equals("presenter") ? scene.getWindow().getWidth() : 1280,
                  scene.getWidth(),
                  "window width");
              List<String> found = new ArrayList<>();
              collectCutShort(window, found);
              collectRunningOut(window, Double.POSITIVE_INFINITY, found);
              return found;
            });

    assertEquals(List.of(), cut, "texts cut short");
  }

  @Test
  void theCheckSeesALabelCutShort() {
    List<String> cut =
        onFx(
            () -> {
              Label label = new Label("A caption far too long for its box");
              label.setMaxWidth(60);
              StackPane box = new StackPane(label);
              new Scene(box, 60, 30);
              box.applyCss();
              box.layout();
              List<String> found = new ArrayList<>();
              collectCutShort(box, found);
              return found;
            });

    assertEquals(1, cut.size(), "cut-short labels found: " + cut);
  }

  /** Texts in view under {@code parent} drawn shorter than they are, with an ellipsis. */
  static void collectCutShort(Parent parent, List<String> found) {
    for (Node child : parent.getChildrenUnmodifiable()) {
      if (!child.isVisible()
          || parent instanceof Labeled && child == ((Labeled) parent).getGraphic()) {
        continue;
      }
      if (child instanceof Text) {
        String drawn = ((Text) child).getText();
        String whole = parent instanceof Labeled ? shown((Labeled) parent) : drawn;
        if (drawn != null && !drawn.equals(whole) || endsInEllipsis(whole)) {
          found.add("\"" + whole + "\" drawn as \"" + drawn + "\"");
        }
      } else if (child instanceof Parent) {
        collectCutShort((Parent) child, found);
      }
    }
  }

  /**
   * Labels in view that reach past the right edge of the panel around them that cannot scroll so.
   */
  static void collectRunningOut(Parent parent, double rightEdge, List<String> found) {
    double edge = rightEdge;
    if (parent instanceof ScrollPane
        && ((ScrollPane) parent).getHbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER) {
      edge = Math.min(edge, parent.localToScene(parent.getLayoutBounds()).getMaxX());
    }
    for (Node child : parent.getChildrenUnmodifiable()) {
      if (!child.isVisible()) {
        continue;
      }
      if (child instanceof Labeled
          && child.localToScene(child.getLayoutBounds()).getMaxX() > edge + 0.5) {
        found.add("\"" + ((Labeled) child).getText() + "\" runs out of its panel");
      } else if (child instanceof Parent) {
        collectRunningOut((Parent) child, edge, found);
      }
    }
  }

  /** A label's text as it would be drawn whole: without its mnemonic mark. */
  private static String shown(Labeled labeled) {
    String text = labeled.getText() == null ? "" : labeled.getText();
    return labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
  }

  private static boolean endsInEllipsis(String text) {
    return text != null && (text.strip().endsWith("…") || text.strip().endsWith("..."));
  }
}
