package org.uncrumple.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real small file system (tmpfs) mounted for one test, to fill up or to make read-only; Linux,
 * and only where this process may mount (root outside a restricted container). Elsewhere the test
 * is skipped with the reason printed: the same faults are also injected through {@link
 * FaultyStorage}, which works everywhere.
 */
public final class SmallDisk implements AutoCloseable {
  private final Path folder;

  private SmallDisk(Path folder) {
    this.folder = folder;
  }

  /** Mounts a tmpfs of {@code size} (such as "64k") on {@code folder}, or skips the test. */
  public static SmallDisk mount(Path folder, String size) throws IOException, InterruptedException {
    String why = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString());
    if (why != null) {
      System.out.println("Skipped a test on a real small disk: " + why);
    }
    assumeTrue(why == null, "cannot mount a small disk here: " + why);
    return new SmallDisk(folder);
  }

  /** Makes the file system read-only from now on. */
  public void readOnly() throws IOException, InterruptedException {
    String why = run("mount", "-o", "remount,ro", folder.toString());
    if (why != null) {
      throw new IOException("cannot remount " + folder + " read-only: " + why);
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    String why = run("umount", folder.toString());
    if (why != null) {
      throw new IOException("cannot unmount " + folder + ": " + why);
    }
  }

  /** Runs a command; null when it succeeded, else what it said. */
  private static String run(String... command) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    } catch (IOException e) {
      return "no " + command[0] + " (" + e.getMessage() + ")";
    }
    String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return command[0] + " did not finish";
    }
    return process.exitValue() == 0 ? null : said.strip() + " (exit " + process.exitValue() + ")";
  }
}
