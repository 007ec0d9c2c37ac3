package org.uncrumple.data;

/**
 * A problem with a data set that the user caused and can fix: a CSV file that cannot be read, or a
 * generator asked for with an unknown name, an unknown parameter or a value out of range.
 *
 * <p>The message is meant to be shown to the user as it is. It names the file and the 1-based line
 * (as a text editor counts) or the generator and parameter, says what was found and what is
 * allowed, for example {@code points.csv, line 17: column "y" is "abc", not a number}.
 */
public final class DataException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message for the user.
   *
   * @param message what is wrong, where, and what is allowed
   */
  public DataException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message for the user and the low-level failure behind it.
   *
   * @param message what is wrong, where, and what is allowed
   * @param cause the input/output or decoding failure that revealed the problem
   */
  public DataException(String message, Throwable cause) {
    super(message, cause);
  }
}
