package org.uncrumple.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;

/**
 * What the soak measures of the whole process: heap used after a full collection, live threads (and
 * their names, to tell which grew), resident memory, the longest gap between two pulses, and the
 * errors logged meanwhile (records of level SEVERE, which {@code System.Logger}'s ERROR becomes).
 * Linux reports resident memory in {@code /proc/self/status}; elsewhere it reads -1.
 */
final class SoakGauges implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(SoakBenchmark.class.getName());

  private final Logger root = Logger.getLogger("");
  private final AtomicInteger errors = new AtomicInteger();
  private final AtomicLong maxGapNanos = new AtomicLong();
  private volatile String doing = "";
  private volatile String maxGapWhile = "";
  private final ErrorCounter counter = new ErrorCounter();
  private final AnimationTimer pulses =
      new AnimationTimer() {
        private long previous = Long.MIN_VALUE;

        @Override
        public void handle(long now) {
          if (previous != Long.MIN_VALUE && now - previous > maxGapNanos.get()) {
            maxGapNanos.set(now - previous);
            maxGapWhile = doing;
          }
          previous = now;
        }

        @Override
        public void stop() {
          super.stop();
          previous = Long.MIN_VALUE;
        }
      };

  SoakGauges() {
    counter.setLevel(Level.SEVERE);
    root.addHandler(counter);
  }

  /** Starts timing pulses; FX thread. */
  void startPulses() {
    maxGapNanos.set(0);
    pulses.start();
  }

  /** Stops timing pulses; FX thread. */
  void stopPulses() {
    pulses.stop();
  }

  double maxPulseGapMillis() {
    return maxGapNanos.get() / 1e6;
  }

  /** Says what the soak does now, so the longest gap can be put down to something; any thread. */
  void doing(String what) {
    doing = what;
  }

  /** What the soak was doing when the longest gap ended. */
  String maxPulseGapWhile() {
    return maxGapWhile;
  }

  int errors() {
    return errors.get();
  }

  /** Heap in use after full collections, in MB: collects until the figure stops falling. */
  static double heapAfterFullGcMb() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 8; i++) {
      System.gc();
      TimeUnit.MILLISECONDS.sleep(150);
      long used = runtime.totalMemory() - runtime.freeMemory();
      if (used >= best - 64 * 1024 && i >= 2) {
        best = Math.min(best, used);
        break;
      }
      best = Math.min(best, used);
    }
    return best / (1024.0 * 1024.0);
  }

  /** Live threads now. */
  static int threads() {
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  /** Live threads by name, digits folded ("pool-3-thread-1" is "pool-#-thread-#"). */
  static Map<String, Integer> threadNames() {
    Map<String, Integer> names = new TreeMap<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      names.merge(thread.getName().replaceAll("[0-9]+", "#"), 1, Integer::sum);
    }
    return names;
  }

  /** Resident memory of the process in MB, or -1 where {@code /proc} does not say. */
  static double residentMb() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/self/status"));
      for (String line : lines) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /**
   * The JVM's class histogram (instances and bytes of every class on the heap, after a full GC), or
   * empty where the JVM offers no diagnostic commands (the program's own runtime leaves them out; a
   * full JDK has them).
   */
  static Map<String, Long> classHistogram() {
    String text = diagnosticCommand("gcClassHistogram");
    Map<String, Long> bytes = new TreeMap<>();
    if (text == null) {
      return bytes;
    }
    // " 1:   12345   678901  java.lang.String (java.base@17)"
    for (String line : text.split("\n")) {
      String[] columns = line.trim().split("\\s+");
      if (columns.length >= 4 && columns[0].endsWith(":")) {
        try {
          bytes.put(columns[3], Long.parseLong(columns[2]));
        } catch (NumberFormatException notARow) {
          continue;
        }
      }
    }
    return bytes;
  }

  /** The classes whose bytes on the heap grew most from {@code before} to {@code after}. */
  static String growth(Map<String, Long> before, Map<String, Long> after, int count) {
    StringBuilder text = new StringBuilder();
    after.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
        .filter(e -> e.getValue() > 0)
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .limit(count)
        .forEach(e -> text.append(String.format("%n  %+,12d bytes  %s", e.getValue(), e.getKey())));
    return text.toString();
  }

  /** Native memory by area, where the JVM was started with -XX:NativeMemoryTracking=summary. */
  static String nativeMemory() {
    return diagnosticCommand("vmNativeMemory", "summary");
  }

  private static String diagnosticCommand(String name, String... arguments) {
    try {
      javax.management.MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      javax.management.ObjectName command =
          new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand");
      if (!server.isRegistered(command)) {
        return null;
      }
      return (String)
          server.invoke(
              command, name, new Object[] {arguments}, new String[] {String[].class.getName()});
    } catch (javax.management.JMException e) {
      return null;
    }
  }

  @Override
  public void close() {
    root.removeHandler(counter);
  }

  /** Counts error records; publishing may happen on any thread. */
  private final class ErrorCounter extends Handler {
    @Override
    public void publish(LogRecord record) {
      if (isLoggable(record)) {
        errors.incrementAndGet();
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /**
   * Logs what may explain the figures: when the longest gap between pulses ended, the classes that
   * grew on the heap, native memory, and the threads if they changed.
   */
  void logWhatChanged(
      Map<String, Long> classesStart,
      Map<String, Long> classesEnd,
      String nativeStart,
      String nativeEnd,
      Map<String, Integer> namesStart,
      Map<String, Integer> namesEnd) {
    LOG.log(
        System.Logger.Level.INFO,
        String.format(
            Locale.ROOT,
            "The longest gap between pulses, %.0f ms, ended while the soak was at: %s",
            maxPulseGapMillis(),
            maxPulseGapWhile()));
    if (!classesEnd.isEmpty()) {
      LOG.log(
          System.Logger.Level.INFO,
          "What grew on the heap:" + SoakGauges.growth(classesStart, classesEnd, 25));
    }
    if (nativeStart != null && nativeEnd != null) {
      LOG.log(
          System.Logger.Level.INFO,
          "Native memory at the start:\n" + nativeStart + "\nat the end:\n" + nativeEnd);
    }
    if (!namesStart.equals(namesEnd)) {
      LOG.log(
          System.Logger.Level.INFO,
          "Threads at the start: " + namesStart + "; at the end: " + namesEnd);
    }
  }
}
