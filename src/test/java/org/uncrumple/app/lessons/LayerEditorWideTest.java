package org.uncrumple.app.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;

import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxToolkit;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.lessons.LayerEdit;
import org.uncrumple.testing.SmallScenes;

/**
 * The layer editor on a layer far too wide to type by hand (the digits' first layer, 64 inputs): it
 * shows W's first rows and columns, says so, and an edited cell changes only its own weight.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayerEditorWideTest {
  private Explorer explorer;

  @BeforeAll
  void openTheDigits() throws Exception {
    FxToolkit.registerPrimaryStage();
    var digits = SmallScenes.digits();
    runFx(
        () -> {
          explorer = new Explorer();
          explorer.load(digits);
        });
  }

  @AfterAll
  void close() {
    runFx(explorer::close);
  }

  @Test
  void cellsShowTwoDecimalsAndNeverMinusZero() {
    assertEquals("0", LayerEditor.CELL_TEXT.toString(-0.001));
    assertEquals("0", LayerEditor.CELL_TEXT.toString(0.0));
    assertEquals("-0.12", LayerEditor.CELL_TEXT.toString(-0.1234));
    assertEquals("1.5", LayerEditor.CELL_TEXT.toString(1.5));
    assertEquals(-2.25, LayerEditor.CELL_TEXT.fromString(" -2.25 "), 0);
  }

  @Test
  void showsTheFirstRowsAndColumnsAndEditsOnlyTheCellChanged() throws Exception {
    LayerEditor editor = onFx(() -> new LayerEditor(explorer));
    // As its window lays it out, and a picture of it for a person to look at.
    WritableImage picture =
        onFx(
            () -> {
              Scene scene = new Scene(editor);
              scene.getStylesheets().add(Stylesheet.explorer());
              editor.applyCss();
              editor.layout();
              return editor.snapshot(null, null);
            });
    ImageIO.write(
        SwingFXUtils.fromFXImage(picture, null),
        "png",
        Path.of("target", "layer-editor-wide.png").toFile());
    assertTrue(picture.getWidth() < 1200, "fits a screen: " + picture.getWidth() + " px wide");
    int outputs = onFx(() -> explorer.snapshot().copyOfNetwork().layer(0).outputs());
    int inputs = onFx(() -> explorer.snapshot().copyOfNetwork().layer(0).inputs());
    assertTrue(inputs > LayerEditor.MOST_CELLS, "a wide layer: " + inputs);
    int rows = Math.min(outputs, LayerEditor.MOST_CELLS);
    double[] before = onFx(() -> LayerEdit.weights(explorer.snapshot().copyOfNetwork(), 0));

    assertEquals(
        rows * LayerEditor.MOST_CELLS + rows,
        onFx(
            () ->
                (int)
                    editor.cells.getChildren().stream()
                        .filter(n -> n instanceof javafx.scene.control.Spinner)
                        .count()),
        "cells of the first rows and columns, and their biases");
    assertTrue(onFx(editor.clipped::isVisible), "says that only a part is shown");
    assertTrue(
        onFx(editor.clipped::getText).contains(outputs + " × " + inputs),
        onFx(editor.clipped::getText));

    runFx(() -> editor.weightCell(1, 2).getValueFactory().setValue(7.5));

    double[] after = onFx(() -> LayerEdit.weights(editor.edited(), 0));
    double[] expected = before.clone();
    expected[inputs + 2] = 7.5;
    assertArrayEquals(expected, after, "W(1, 2) changed, and nothing else");
  }
}
