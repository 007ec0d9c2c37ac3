package org.uncrumple.export;

/** An export that cannot start or did not finish; the message says why, for the user. */
public final class ExportException extends Exception {
  private static final long serialVersionUID = 1L;

  public ExportException(String message) {
    super(message);
  }

  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
