package org.uncrumple.app;

import java.io.File;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;
import org.uncrumple.app.look.MemoryPreferences;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.view.TraceWorker;

/**
 * The explorer window on a stage of its own, 1280×800, with the program's stylesheet and in-memory
 * preferences, showing a scene once its first trace is drawn: what the display tests look at.
 */
final class ShownWindow implements AutoCloseable {
  /** A 3-D picture on a software renderer can take this long; a display test waits no longer. */
  private static final long WAIT_SECONDS = 30;

  final Stage stage;
  final Explorer explorer;
  final MainWindow window;

  private ShownWindow(Stage stage, Explorer explorer, MainWindow window) {
    this.stage = stage;
    this.explorer = explorer;
    this.window = window;
  }

  /** Opens the window on {@code scene} and waits for its first trace. */
  static ShownWindow open(LoadedScene scene) throws Exception {
    ShownWindow shown =
        onFx(
            () -> {
              Explorer explorer = new Explorer();
              MainWindow window =
                  new MainWindow(explorer, new TraceWorker(), new MemoryPreferences());
              Stage stage = new Stage();
              Scene fxScene = new Scene(window, 1280, 800);
              fxScene.getStylesheets().add(Stylesheet.explorer());
              stage.setScene(fxScene);
              stage.show();
              explorer.load(scene);
              return new ShownWindow(stage, explorer, window);
            });
    shown.await("the first trace", shown.window::hasTrace);
    return shown;
  }

  /** Waits until {@code condition} holds on the FX thread; fails after {@value #WAIT_SECONDS} s. */
  void await(String what, BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (!onFx(condition::getAsBoolean)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("still waiting for " + what + " after " + WAIT_SECONDS + " s");
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }

  /**
   * The 3-D view once it is at rest (every point drawn, the framing arrived), also written to
   * {@code target/NAME.png} to look at.
   */
  Image viewAtRest(String name) throws Exception {
    await("the view to come to rest", window.viewport::isAtRest);
    WaitForAsyncUtils.waitForFxEvents();
    Image image = onFx(() -> window.viewport.snapshot(null));
    File out = new File("target/" + name + ".png");
    out.getParentFile().mkdirs();
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
    return image;
  }

  /** Runs {@code work} on the FX thread and returns its result. */
  static <T> T onFx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    onFx(
        () -> {
          stage.close();
          window.close();
          explorer.close();
          return null;
        });
  }
}
