package org.uncrumple.scene;

import java.security.SecureRandom;

/** Random parts of temporary file names, so two saves never write into the same file. */
final class TemporaryNames {
  private static final SecureRandom RANDOM = new SecureRandom();

  private TemporaryNames() {}

  static String next() {
    return Long.toHexString(RANDOM.nextLong() >>> 1);
  }
}
