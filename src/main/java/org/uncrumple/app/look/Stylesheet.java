package org.uncrumple.app.look;

import java.util.Objects;

/** The explorer's stylesheet, shared by the window, its dialogs and the lesson windows. */
public final class Stylesheet {
  private Stylesheet() {}

  /** The stylesheet's address, to add to a scene's or a dialog's stylesheets. */
  public static String explorer() {
    return Objects.requireNonNull(Stylesheet.class.getResource("explorer.css")).toExternalForm();
  }
}
