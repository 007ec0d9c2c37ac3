package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program killed in the middle of a save (a child JVM, killed with SIGKILL once part of the
 * model is on the disk): the file holds the old model, whole; saved again, it holds the new one.
 */
class KilledSaveTest {
  @TempDir Path folder;

  @Test
  void aSaveKilledHalfwayLeavesTheOldFileWholeAndTheNextSaveWritesTheNewOne() throws Exception {
    Path file = folder.resolve("model.json");
    ModelFile.write(file, KilledWhileSaving.network().copy(), List.of("old a", "old b"));
    byte[] old = Files.readAllBytes(file);

    Process child = child(file, "hang");
    try (BufferedReader said =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals(KilledWhileSaving.PARTLY, said.readLine(), "the child's first words");
      child.destroyForcibly();
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child did not die");
    }

    assertArrayEquals(old, Files.readAllBytes(file), "the old model after the kill");
    assertEquals(List.of("old a", "old b"), ModelFile.read(file).classNames());
    List<Path> stray = others(file);
    assertEquals(1, stray.size(), "what the killed save left: " + stray);
    assertTrue(
        stray.get(0).getFileName().toString().startsWith(".model.json.")
            && stray.get(0).getFileName().toString().endsWith(".part"),
        "a hidden temporary file named after the model: " + stray);
    long part = Files.size(stray.get(0));
    assertTrue(part >= KilledWhileSaving.PART, "the part was written: " + part);

    Process again = child(file, "whole");
    assertTrue(again.waitFor(60, TimeUnit.SECONDS), "the second save did not finish");
    assertEquals(0, again.exitValue(), new String(again.getInputStream().readAllBytes()));
    assertEquals(List.of("a", "b"), ModelFile.read(file).classNames());
    assertTrue(Files.size(file) > part, "the killed save had written only part of the model");
  }

  private static Process child(Path file, String how) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            KilledWhileSaving.class.getName(),
            file.toString(),
            how)
        .redirectErrorStream(true)
        .start();
  }

  private List<Path> others(Path file) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> !f.equals(file)).toList();
    }
  }
}
