package org.uncrumple.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncrumple.testing.SmallDisk;

/** Writing safely: temporary names, moves at the end, nothing left after a failure. */
class OutputFilesTest {
  @TempDir Path dir;

  @Test
  void anExistingFileIsNotReplacedWithoutForce() throws Exception {
    Path out = Files.writeString(dir.resolve("tour.gif"), "old");
    ExportException e =
        assertThrows(
            ExportException.class, () -> OutputFiles.plan(out, ExportFormat.GIF, 10, false));
    assertTrue(e.getMessage().contains("tour.gif exists already"), e.getMessage());
    assertTrue(e.getMessage().contains("--force"), e.getMessage());
    assertEquals("old", Files.readString(out));
  }

  @Test
  void anExistingFrameOfASequenceIsNotReplacedWithoutForce() throws Exception {
    Files.writeString(dir.resolve("tour-0003.png"), "old");
    assertThrows(
        ExportException.class,
        () -> OutputFiles.plan(dir.resolve("tour.png"), ExportFormat.PNG, 5, false));
  }

  @Test
  void forceReplacesAnExistingFileWhenTheExportSucceeds() throws Exception {
    Path out = Files.writeString(dir.resolve("tour.gif"), "old");
    OutputFiles files = OutputFiles.plan(out, ExportFormat.GIF, 10, true);
    Files.writeString(files.open(), "new");
    files.commit();
    assertEquals("new", Files.readString(out));
    assertEquals(List.of(out), listing());
  }

  @Test
  void theFileAppearsOnlyWhenCommitted() throws Exception {
    Path out = dir.resolve("clip.mp4");
    OutputFiles files = OutputFiles.plan(out, ExportFormat.MP4, 10, false);
    Path temporary = files.open();
    Files.writeString(temporary, "frames");
    assertTrue(temporary.getFileName().toString().startsWith(".clip.mp4."), temporary.toString());
    assertTrue(Files.notExists(out));
    files.commit();
    assertEquals(List.of(out), listing());
  }

  @Test
  void aSequenceIsMovedOutFrameByFrame() throws Exception {
    OutputFiles files = OutputFiles.plan(dir.resolve("tour.png"), ExportFormat.PNG, 3, false);
    files.open();
    for (int i = 0; i < 3; i++) {
      Files.writeString(files.temporaryFrame(i), "frame " + i);
    }
    files.commit();
    assertEquals(
        List.of(
            dir.resolve("tour-0001.png"),
            dir.resolve("tour-0002.png"),
            dir.resolve("tour-0003.png")),
        listing());
  }

  @Test
  void aFailedWriteLeavesNothingAndSaysWhy() throws Exception {
    OutputFiles files = OutputFiles.plan(dir.resolve("tour.png"), ExportFormat.PNG, 4, false);
    files.open();
    IOException full = new IOException("No space left on device");
    try (OutputStream frame = Files.newOutputStream(files.temporaryFrame(0))) {
      frame.write(new byte[1024]);
    }
    ExportException failure = files.failure(full);
    files.discard();
    assertEquals(List.of(), listing());
    assertTrue(failure.getMessage().contains("No space left on device"), failure.getMessage());
    assertTrue(failure.getMessage().contains("nothing was left behind"), failure.getMessage());
  }

  /** A temporary export that cannot be removed is named instead of "nothing was left behind". */
  @Test
  void aTemporaryFolderThatCannotBeRemovedIsNamed() throws Exception {
    Path disk = Files.createDirectory(dir.resolve("disk"));
    try (SmallDisk small = SmallDisk.mount(disk, "64k")) {
      OutputFiles files = OutputFiles.plan(disk.resolve("tour.png"), ExportFormat.PNG, 4, false);
      Path temporary = files.open();
      Files.write(files.temporaryFrame(0), new byte[1024]);
      small.readOnly();

      files.discard();
      ExportException failure = files.failure(new IOException("No space left on device"));

      assertTrue(Files.exists(temporary));
      assertTrue(failure.getMessage().contains(temporary.toString()), failure.getMessage());
      assertTrue(failure.getMessage().contains("could not be removed"), failure.getMessage());
      assertTrue(!failure.getMessage().contains("nothing was left"), failure.getMessage());
    }
  }

  @Test
  void aMissingFolderIsNamed() {
    Path out = dir.resolve("no-such-folder").resolve("tour.gif");
    ExportException e =
        assertThrows(
            ExportException.class, () -> OutputFiles.plan(out, ExportFormat.GIF, 10, false));
    assertTrue(e.getMessage().contains("no-such-folder"), e.getMessage());
  }

  @Test
  void anUnwritableFolderGivesAClearMessage() throws Exception {
    // /sys is read-only even for root; elsewhere a folder without write permission would do.
    Path folder = Path.of("/sys");
    assumeTrue(Files.isDirectory(folder), "no /sys here");
    OutputFiles files =
        OutputFiles.plan(folder.resolve("uncrumple-export.gif"), ExportFormat.GIF, 2, false);
    ExportException e = assertThrows(ExportException.class, files::open);
    assertTrue(
        e.getMessage().contains("/sys/uncrumple-export.gif: could not be written"), e.getMessage());
  }

  private List<Path> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
