package org.uncrumple.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.uncrumple.app.ExportTrace;

/** Stage names as the command line takes them: input, layer2.stretch, …, output, or a number. */
final class Stages {
  private Stages() {}

  /** The stage a name means; null means the output. */
  static int parse(String name, ExportTrace trace) throws ExportException {
    int count = trace.stageCount();
    if (name == null) {
      return count - 1;
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
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
    throw new ExportException(
        "--stage "
            + name
            + ": no such stage; use a number from 0 to "
            + (count - 1)
            + " or one of "
            + String.join(", ", names(trace)));
  }

  static List<String> names(ExportTrace trace) {
    List<String> names = new ArrayList<>();
    for (int s = 0; s < trace.stageCount(); s++) {
      names.add(trace.stageId(s));
    }
    return names;
  }
}
