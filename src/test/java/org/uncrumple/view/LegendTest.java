package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class LegendTest {
  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void namesEveryClassInItsColour() throws Exception {
    Legend legend =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  Legend shown = new Legend();
                  shown.show(List.of("sheet A", "sheet B", "blob 3"));
                  return shown;
                })
            .get(10, TimeUnit.SECONDS);

    assertEquals(3, legend.getChildren().size());
    for (int i = 0; i < 3; i++) {
      Label entry = (Label) legend.getChildren().get(i);
      assertEquals(List.of("sheet A", "sheet B", "blob 3").get(i), entry.getText());
      assertEquals(Palette.colour(i), ((Circle) entry.getGraphic()).getFill());
    }
  }
}
