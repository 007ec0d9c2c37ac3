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

  /** Larger than any screen or wall of screens: a remembered place beyond it is nonsense. */
  private static final double LIMIT = 100_000;

  private static final System.Logger LOG = System.getLogger(WindowPlacement.class.getName());

  private final Preferences preferences;

  public WindowPlacement(Preferences preferences) {
    this.preferences = preferences;
  }

  /**
   * Puts {@code stage} where it was last time, if that is still on a screen; call before show. A
   * remembered place that makes no sense (not numbers, no size, far beyond any screen) is logged
   * and the window opens where the system puts it.
   */
  public void restore(Stage stage) {
    if (preferences.get(WIDTH, null) == null) {
      return; // the first start: nothing remembered
    }
    double width = number(WIDTH);
    double height = number(HEIGHT);
    double x = number(X);
    double y = number(Y);
    boolean sensible =
        Double.isFinite(width + height + x + y)
            && width >= 1
            && height >= 1
            && width <= LIMIT
            && height <= LIMIT
            && Math.abs(x) <= LIMIT
            && Math.abs(y) <= LIMIT;
    if (!sensible) {
      LOG.log(
          System.Logger.Level.WARNING,
          String.format(
              "The remembered window place (x %s, y %s, width %s, height %s) makes no sense; the"
                  + " window opens at the system's place",
              preferences.get(X, "none"),
              preferences.get(Y, "none"),
              preferences.get(WIDTH, "none"),
              preferences.get(HEIGHT, "none")));
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
    stage.setMaximized(maximised());
  }

  /** A remembered number, NaN when it is missing or not a number. */
  private double number(String key) {
    try {
      return Double.parseDouble(preferences.get(key, "NaN"));
    } catch (NumberFormatException notANumber) {
      return Double.NaN;
    }
  }

  private boolean maximised() {
    String value = preferences.get(MAXIMISED, "false");
    if (!value.equals("true") && !value.equals("false")) {
      LOG.log(
          System.Logger.Level.WARNING,
          "The remembered \"maximised\" is \"" + value + "\", not true or false; taken as false");
    }
    return value.equals("true");
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
