package org.uncrumple.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the program logs at WARNING and above while a test runs ({@code System.Logger} ends in
 * {@code java.util.logging}), as "LEVEL message" lines.
 */
public final class LoggedRecords extends Handler implements AutoCloseable {
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private LoggedRecords() {
    setLevel(Level.WARNING);
  }

  /** Starts listening at the root logger. */
  public static LoggedRecords listen() {
    LoggedRecords records = new LoggedRecords();
    Logger.getLogger("").addHandler(records);
    return records;
  }

  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** Whether a line holds {@code text}. */
  public boolean anyContains(String text) {
    return lines.stream().anyMatch(line -> line.contains(text));
  }

  @Override
  public void publish(LogRecord record) {
    if (isLoggable(record)) {
      lines.add(record.getLevel() + " " + record.getMessage());
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    Logger.getLogger("").removeHandler(this);
  }
}
