package org.uncrumple.data;

import java.util.concurrent.CancellationException;

/**
 * Thrown when a {@link ReadProgress} asked a read to stop. Nothing was read into any result; the
 * caller keeps what it had.
 */
public final class ReadCancelledException extends CancellationException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message which file, and where the reading stopped
   */
  public ReadCancelledException(String message) {
    super(message);
  }
}
