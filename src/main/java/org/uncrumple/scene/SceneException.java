package org.uncrumple.scene;

/**
 * A scene file that cannot be used, with a message that names the file, the line and column, the
 * field, what was found and what is allowed.
 */
public final class SceneException extends Exception {
  private static final long serialVersionUID = 1L;

  public SceneException(String message) {
    super(message);
  }

  public SceneException(String message, Throwable cause) {
    super(message, cause);
  }
}
