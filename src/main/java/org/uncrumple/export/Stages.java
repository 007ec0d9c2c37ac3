package org.uncrumple.export;

import org.uncrumple.view.ExportTrace;

/** Stage names as the command line takes them: input, layer2.stretch, …, output, or a number. */
final class Stages {
  private Stages() {}

  /** The stage a name means; null means the output. */
  static int parse(String name, ExportTrace trace) throws ExportException {
    int count = trace.stageCount();
    if (name == null) {
      return count - 1;
    }
    String wanted = name.trim().toLowerCase(java.util.Locale.ROOT);
    for (int s = 0; s < count; s++) {
      if (trace.stageId(s).equals(wanted)) {
        return s;
      }
    }
    try {
      int number = Integer.parseInt(wanted);
      if (number >= 0 && number < count) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // Not a number either: the message below lists what is allowed.
    }
    StringBuilder names = new StringBuilder();
    for (int s = 0; s < count; s++) {
      names.append(s == 0 ? "" : ", ").append(trace.stageId(s));
    }
    throw new ExportException(
        "--stage "
            + name
            + ": no such stage; use a number from 0 to "
            + (count - 1)
            + " or one of "
            + names);
  }
}
