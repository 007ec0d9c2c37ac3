package org.uncrumple.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.uncrumple.app.files.ExportDialog;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.scene.DatasetSpec;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneSpec;
import org.uncrumple.testing.Display3d;
import org.uncrumple.train.TrainingSettings;
import org.uncrumple.view.CameraPose;

/** The export dialog drives a real export while the FX thread stays free. Needs 3D (Xvfb). */
@Tag("display")
class ExportDialogDisplayTest {
  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private Explorer explorer;

  @BeforeAll
  static void needsDisplayAnd3d() throws Exception {
    Display3d.require();
  }

  @AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(
            () -> {
              robot.listWindows().stream()
                  .filter(w -> w instanceof Stage)
                  .forEach(w -> ((Stage) w).close());
              explorer.close();
            })
        .get(10, TimeUnit.SECONDS);
  }

  @Test
  void aBadNameIsExplainedAndAGoodOneExports() throws Exception {
    LayerSpec tanh = new LayerSpec(3, Activation.TANH);
    LoadedScene ball =
        LoadedScene.load(
            SceneSpec.of(
                "Small ball",
                "",
                DatasetSpec.generated("paper-ball", Map.of("points", 200, "seed", 7)),
                List.of(tanh, tanh, tanh),
                TrainingSettings.defaults(),
                100,
                false));
    WaitForAsyncUtils.asyncFx(
            () -> {
              explorer = new Explorer();
              explorer.load(ball);
              new ExportDialog(explorer, CameraPose.DEFAULT, null).show();
            })
        .get(10, TimeUnit.SECONDS);
    // Looked up and read on the FX thread, which owns the dialog.
    TextField file = fx(() -> robot.lookup(".export-dialog .text-field").queryAs(TextField.class));
    saveLook(file);
    Label status = fx(() -> robot.lookup(".export-dialog .status").queryAs(Label.class));
    Button export = fx(() -> robot.lookup("Export").queryButton());
    onFx(() -> file.setText(dir.resolve("tour.txt").toString()));
    onFx(export::fire);
    String refused = fx(status::getText);
    assertTrue(refused.contains(".mp4, .gif or .png"), refused);

    Path out = dir.resolve("orbit.gif");
    onFx(
        () -> {
          @SuppressWarnings("unchecked")
          ChoiceBox<ClipKind> clip =
              (ChoiceBox<ClipKind>) robot.lookup(".export-dialog .choice-box").query();
          clip.setValue(ClipKind.ORBIT);
          @SuppressWarnings("unchecked")
          ChoiceBox<String> size =
              (ChoiceBox<String>) robot.lookup(".export-dialog .choice-box").nth(1).query();
          size.setValue("640x360");
          file.setText(out.toString());
        });
    onFx(export::fire);
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () -> fx(status::getText).startsWith("Done") || fx(status::getText).contains("fail"));
    String done = fx(status::getText);
    assertTrue(done.startsWith("Done: " + out), done);
    assertTrue(Files.size(out) > 0);
  }

  /** Writes the dialog to target/export-dialog.png for a look. */
  private static void saveLook(javafx.scene.Node inside) throws Exception {
    javafx.scene.image.WritableImage image =
        WaitForAsyncUtils.asyncFx(() -> inside.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
    javax.imageio.ImageIO.write(
        javafx.embed.swing.SwingFXUtils.fromFXImage(image, null),
        "png",
        new java.io.File("target/export-dialog.png"));
  }

  private static void onFx(Runnable work) throws Exception {
    WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
  }

  private static <T> T fx(java.util.concurrent.Callable<T> query) throws Exception {
    return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
  }
}
