package org.uncrumple.app.look;

import java.util.prefs.Preferences;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's size and place on the screen, and whether it was maximised, remembered between runs
 * in the user's preferences. A remembered place that no screen shows any more (a projector that was
 * unplugged) is ignored. Full screen is not remembered: presenter mode is chosen each time.
 *
 * <p>FX thread only.
 */
public final class WindowPlacement {
  private static final String X = "window.x";
  private static final String Y = "window.y";
  private static final String WIDTH = "window.width";
  private static final String HEIGHT = "window.height";
  private static final String MAXIMISED = "window.maximised";

  private final Preferences preferences;

  public WindowPlacement(Preferences preferences) {
    this.preferences = preferences;
  }

  /** Puts {@code stage} where it was last time, if that is still on a screen; call before show. */
  public void restore(Stage stage) {
    double width = preferences.getDouble(WIDTH, Double.NaN);
    double height = preferences.getDouble(HEIGHT, Double.NaN);
    double x = preferences.getDouble(X, Double.NaN);
    double y = preferences.getDouble(Y, Double.NaN);
    if (Double.isNaN(width + height + x + y) || width < 1 || height < 1) {
      return;
    }
    // The top strip, where the title bar is, must be on a screen so the window can be dragged.
    if (Screen.getScreensForRectangle(x, y, width, 16).isEmpty()) {
      return;
    }
    stage.setX(x);
    stage.setY(y);
    stage.setWidth(width);
    stage.setHeight(height);
    stage.setMaximized(preferences.getBoolean(MAXIMISED, false));
  }

  /**
   * Remembers {@code stage}'s place from now on: size and position while it is neither maximised
   * nor full screen (so leaving either returns to them), and whether it is maximised.
   */
  public void track(Stage stage) {
    store(stage);
    stage.xProperty().addListener(o -> store(stage));
    stage.yProperty().addListener(o -> store(stage));
    stage.widthProperty().addListener(o -> store(stage));
    stage.heightProperty().addListener(o -> store(stage));
    stage
        .maximizedProperty()
        .addListener((o, before, after) -> preferences.putBoolean(MAXIMISED, after));
  }

  private void store(Stage stage) {
    if (stage.isMaximized() || stage.isFullScreen() || !stage.isShowing()) {
      return;
    }
    preferences.putDouble(X, stage.getX());
    preferences.putDouble(Y, stage.getY());
    preferences.putDouble(WIDTH, stage.getWidth());
    preferences.putDouble(HEIGHT, stage.getHeight());
  }
}
