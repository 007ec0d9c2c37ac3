package org.uncrumple.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.scene.DatasetSpec;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneSpec;
import org.uncrumple.scene.Storage;
import org.uncrumple.testing.FaultyStorage;
import org.uncrumple.testing.SmallDisk;
import org.uncrumple.train.TrainingSettings;

/**
 * Exporting an MP4, a GIF or PNG frames when the disk fills up or the folder is read-only: the
 * export fails with a message that says so, the files of the export before stay byte for byte, and
 * no partial or temporary file remains. The GIF and PNG writers meet a disk injected through {@link
 * FaultyStorage}; FFmpeg, which writes the MP4 itself, writes into {@code /dev/full} (every write
 * fails with "No space left on device"); all three also meet a real small disk where one can be
 * mounted.
 */
@Tag("display")
class ExportFaultsDisplayTest {
  private static final byte[] OLD = "the clip exported last week".getBytes();
  private static ExportThreads threads;
  private static LoadedScene ball;

  @TempDir Path dir;

  @BeforeAll
  static void needsDisplayAnd3d() throws Exception {
    Display3d.require();
    threads = ExportThreads.standard();
    LayerSpec tanh = new LayerSpec(3, Activation.TANH);
    ball =
        LoadedScene.load(
            SceneSpec.of(
                "Small ball",
                "",
                DatasetSpec.generated("paper-ball", Map.of("points", 300, "seed", 7)),
                List.of(tanh, tanh, tanh),
                TrainingSettings.defaults(),
                200,
                false));
  }

  @AfterAll
  static void stopThreads() {
    if (threads != null) {
      threads.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tour.mp4", "tour.gif", "tour.png"})
  void aDiskThatFillsDuringTheExportLeavesTheOldFilesAndNoPartialOnes(String name)
      throws Exception {
    // FFmpeg writes by the file's name: its temporary file is /dev/full.
    Storage full = name.endsWith(".mp4") ? devFull() : FaultyStorage.fullAfter(6_000);
    List<Path> old = oldFiles(dir, name);

    ExportException error =
        assertThrows(ExportException.class, () -> export(dir.resolve(name), 160, 100, full));

    assertTrue(error.getMessage().contains("the disk is full"), error.getMessage());
    assertTrue(error.getMessage().contains("nothing was left behind"), error.getMessage());
    assertTrue(error.getMessage().contains("the old file is unchanged"), error.getMessage());
    assertUnchanged(dir, old);
  }

  /**
   * The first error is the one told: on a real full disk, a frame's write was interrupted as the
   * export gave up, which closed the file, and closing the encoder then failed with a closed
   * channel; that error replaced "the disk is full" now and then.
   */
  @ParameterizedTest
  @ValueSource(strings = {"tour.gif", "tour.png"})
  void aFullDiskIsToldEvenWhenClosingTheFileFailsToo(String name) throws Exception {
    List<Path> old = oldFiles(dir, name);

    ExportException error =
        assertThrows(
            ExportException.class,
            () -> export(dir.resolve(name), 160, 100, FaultyStorage.fullAfterThenClosed(6_000)));

    assertTrue(error.getMessage().contains("the disk is full"), error.getMessage());
    assertUnchanged(dir, old);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tour.mp4", "tour.gif", "tour.png"})
  void aReadOnlyFolderRefusesTheExportAndSaysSo(String name) throws Exception {
    List<Path> old = oldFiles(dir, name);

    ExportException error =
        assertThrows(
            ExportException.class,
            () ->
                export(
                    dir.resolve(name),
                    160,
                    100,
                    FaultyStorage.failing(FaultyStorage.Fault.READ_ONLY)));

    assertTrue(error.getMessage().contains("read-only disk"), error.getMessage());
    assertUnchanged(dir, old);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tour.mp4", "tour.gif", "tour.png"})
  void onARealSmallDiskThatFillsTheOldFilesStay(String name) throws Exception {
    Path disk = Files.createDirectory(dir.resolve("disk"));
    try (SmallDisk small = SmallDisk.mount(disk, "64k")) {
      List<Path> old = oldFiles(disk, name);
      Path filler = fill(disk);

      ExportException error =
          assertThrows(
              ExportException.class, () -> export(disk.resolve(name), 320, 200, Storage.DISK));

      assertTrue(error.getMessage().contains("the disk is full"), error.getMessage());
      List<Path> kept = new ArrayList<>(old);
      kept.add(filler);
      assertUnchanged(disk, kept);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tour.mp4", "tour.gif", "tour.png"})
  void onARealReadOnlyDiskTheOldFilesStay(String name) throws Exception {
    Path disk = Files.createDirectory(dir.resolve("disk"));
    try (SmallDisk small = SmallDisk.mount(disk, "64k")) {
      List<Path> old = oldFiles(disk, name);
      small.readOnly();

      ExportException error =
          assertThrows(
              ExportException.class, () -> export(disk.resolve(name), 160, 100, Storage.DISK));

      assertTrue(error.getMessage().contains("read-only"), error.getMessage());
      assertUnchanged(disk, old);
    }
  }

  private static void export(Path out, int width, int height, Storage storage)
      throws ExportException {
    ExportRequest request =
        ExportRequest.builder(ClipKind.TOUR, out)
            .size(width, height)
            .fps(5)
            .tourTiming(0.2, 0)
            .force(true)
            .build();
    new ExportJob(request, ball, null, threads, storage).run(p -> {});
  }

  /** The files an earlier export left: one file, or for PNG its first frames. */
  private static List<Path> oldFiles(Path folder, String name) throws IOException {
    List<Path> old = new ArrayList<>();
    if (name.endsWith(".png")) {
      for (int i = 1; i <= 3; i++) {
        old.add(Files.write(folder.resolve(String.format("tour-%04d.png", i)), OLD));
      }
    } else {
      old.add(Files.write(folder.resolve(name), OLD));
    }
    return old;
  }

  private static void assertUnchanged(Path folder, List<Path> old) throws IOException {
    for (Path file : old) {
      if (!file.getFileName().toString().equals("filler")) {
        assertArrayEquals(OLD, Files.readAllBytes(file), file + " changed");
      }
    }
    assertTrue(
        FaultyStorage.holdsOnly(folder, old.toArray(new Path[0])),
        "a partial or temporary file was left");
  }

  /** Temporary files that are /dev/full: every write to them fails as on a full disk. */
  private static Storage devFull() {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "no /dev/full here");
    return new Storage() {
      @Override
      public Path createTemporary(Path folder, String prefix, String suffix) throws IOException {
        return Files.createSymbolicLink(folder.resolve(prefix + "full" + suffix), full);
      }
    };
  }

  /** Fills the disk, then frees one page (4 KB): room to begin a file, not to finish one. */
  private static Path fill(Path disk) throws IOException {
    Path filler = disk.resolve("filler");
    byte[] block = new byte[4096];
    try (var out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(block);
        out.flush();
      }
    } catch (IOException full) {
      // The disk is full now.
    }
    try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.WRITE)) {
      channel.truncate(Math.max(0, channel.size() - 4096));
    }
    return filler;
  }
}
