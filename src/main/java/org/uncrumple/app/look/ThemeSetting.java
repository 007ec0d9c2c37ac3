package org.uncrumple.app.look;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The light or dark look, remembered between runs in the user's preferences.
 *
 * <p>AtlantaFX's Primer light or dark theme is the user agent stylesheet of the whole application,
 * so dialogs, menus and tooltips follow too. In the dark theme the root of the window and of every
 * dialog opened meanwhile carries the {@code :dark} pseudo-class, which switches Uncrumple's own
 * colour tokens (explorer.css) and the 3D view's background (viewport.css). FX thread only.
 */
public final class ThemeSetting implements AutoCloseable {
  public static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

  /** The preference key; its value is "light" or "dark". */
  public static final String KEY = "theme";

  private static final System.Logger LOG = System.getLogger(ThemeSetting.class.getName());

  private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
  private final Node root;
  private final ListChangeListener<Window> opened = change -> markWindows();

  /** Applies the remembered theme to {@code root} and every window, and remembers changes. */
  public ThemeSetting(Preferences preferences, Node root) {
    this.root = root;
    dark.set(rememberedDark(preferences));
    apply();
    dark.addListener(
        (o, before, after) -> {
          preferences.put(KEY, after ? "dark" : "light");
          apply();
        });
    Window.getWindows().addListener(opened);
  }

  /**
   * Whether the remembered theme is dark; anything but "light" or "dark" (a hand-edited or damaged
   * preferences file) is logged and the light theme is used.
   */
  static boolean rememberedDark(Preferences preferences) {
    String theme = preferences.get(KEY, "light");
    if (theme.equals("light") || theme.equals("dark")) {
      return theme.equals("dark");
    }
    LOG.log(
        System.Logger.Level.WARNING,
        "The remembered theme \""
            + theme
            + "\" is neither light nor dark; the light theme is used");
    return false;
  }

  /** True for the dark theme. */
  public BooleanProperty darkProperty() {
    return dark;
  }

  /** The AtlantaFX stylesheet of a theme. */
  public static String userAgentStylesheet(boolean dark) {
    return dark
        ? new PrimerDark().getUserAgentStylesheet()
        : new PrimerLight().getUserAgentStylesheet();
  }

  private void apply() {
    Application.setUserAgentStylesheet(userAgentStylesheet(dark.get()));
    root.pseudoClassStateChanged(DARK, dark.get());
    markWindows();
  }

  private void markWindows() {
    for (Window window : Window.getWindows()) {
      if (window.getScene() != null && window.getScene().getRoot() != null) {
        window.getScene().getRoot().pseudoClassStateChanged(DARK, dark.get());
      }
    }
  }

  @Override
  public void close() {
    Window.getWindows().removeListener(opened);
  }
}
