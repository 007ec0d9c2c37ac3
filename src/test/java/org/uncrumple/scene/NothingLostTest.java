package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;
import org.uncrumple.testing.FaultyStorage;
import org.uncrumple.testing.FaultyStorage.Fault;
import org.uncrumple.testing.SmallDisk;
import org.uncrumple.train.TrainingSettings;

/**
 * Saving a model, a scene or the layer coordinates when the disk misbehaves: it fills up in the
 * middle, its folder is read-only or forbidden, the last flush fails. Each time the old file stays
 * exactly as it was, no partial or temporary file remains, and the message says what happened.
 * Faults are injected through {@link FaultyStorage} everywhere, and met on a real small disk where
 * one can be mounted.
 */
class NothingLostTest {
  private static final byte[] OLD = "the teacher's old file\n".getBytes();
  private static final List<LayerSpec> HIDDEN =
      List.of(
          new LayerSpec(16, Activation.TANH),
          new LayerSpec(16, Activation.TANH),
          new LayerSpec(16, Activation.TANH));
  private static final Network NETWORK = Network.initialise(new Architecture(3, HIDDEN, 2), 1);

  @TempDir Path folder;

  /** One of the program's writers. */
  interface Writer {
    void save(Path file, Storage storage) throws SceneException;
  }

  /** The model, the scene with its weights, and the coordinates of 300 points. */
  static Stream<Writer> writers() {
    Writer model = (file, storage) -> ModelFile.write(file, NETWORK, List.of("a", "b"), storage);
    Writer scene =
        (file, storage) ->
            SceneWriter.write(
                file,
                SceneSpec.of(
                        "Saved",
                        "",
                        DatasetSpec.generated("paper-ball", Map.of("points", 100, "seed", 7)),
                        HIDDEN,
                        TrainingSettings.defaults(),
                        100,
                        false)
                    .withWeights(NETWORK),
                storage);
    double[] points = new double[3 * 300];
    int[] labels = new int[300];
    for (int i = 0; i < points.length; i++) {
      points[i] = Math.sin(i);
    }
    Writer layers =
        (file, storage) ->
            LayerCoordinates.write(file, NETWORK, points, 300, labels, List.of("a", "b"), storage);
    return Stream.of(named(model, "model"), named(scene, "scene"), named(layers, "layers"));
  }

  private static Writer named(Writer writer, String name) {
    return new Writer() {
      @Override
      public void save(Path file, Storage storage) throws SceneException {
        writer.save(file, storage);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void aDiskThatFillsMidWriteLeavesTheOldFileAndNoPartialOne(Writer writer) throws Exception {
    long size = sizeWritten(writer);
    Path file = Files.write(folder.resolve("saved"), OLD);
    FaultyStorage disk = FaultyStorage.fullAfter(size / 2);

    SceneException error = assertThrows(SceneException.class, () -> writer.save(file, disk));

    assertEquals(size / 2, disk.written(), "half the file reached the disk before it filled");
    assertTrue(error.getMessage().contains("the disk is full"), error.getMessage());
    assertTrue(error.getMessage().contains("the old file is unchanged"), error.getMessage());
    assertArrayEquals(OLD, Files.readAllBytes(file));
    assertTrue(FaultyStorage.holdsOnly(folder, file), "a partial file was left");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void aFullDiskLeavesNoNewFile(Writer writer) throws Exception {
    Path file = folder.resolve("new");

    SceneException error =
        assertThrows(SceneException.class, () -> writer.save(file, FaultyStorage.fullAfter(0)));

    assertTrue(error.getMessage().contains("the disk is full"), error.getMessage());
    assertTrue(error.getMessage().contains("no file was left behind"), error.getMessage());
    assertTrue(FaultyStorage.holdsOnly(folder), "a partial file was left");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void aReadOnlyFolderLeavesTheOldFile(Writer writer) throws Exception {
    assertRefused(writer, Fault.READ_ONLY, "is on a read-only disk");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void aForbiddenFolderLeavesTheOldFile(Writer writer) throws Exception {
    assertRefused(writer, Fault.PERMISSION_DENIED, "permission denied");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void aFailedFlushToTheDiskLeavesTheOldFile(Writer writer) throws Exception {
    assertRefused(writer, Fault.SYNC_FAILS, "Input/output error");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void onARealSmallDiskThatFillsTheOldFileStays(Writer writer) throws Exception {
    Path disk = Files.createDirectory(folder.resolve("disk"));
    try (SmallDisk small = SmallDisk.mount(disk, "64k")) {
      Path file = Files.write(disk.resolve("saved"), OLD);
      Path filler = fill(disk);

      SceneException error =
          assertThrows(SceneException.class, () -> writer.save(file, Storage.DISK));

      assertTrue(error.getMessage().contains("the disk is full"), error.getMessage());
      assertArrayEquals(OLD, Files.readAllBytes(file));
      assertTrue(FaultyStorage.holdsOnly(disk, file, filler), "a partial file was left");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void onARealReadOnlyDiskTheOldFileStays(Writer writer) throws Exception {
    Path disk = Files.createDirectory(folder.resolve("disk"));
    try (SmallDisk small = SmallDisk.mount(disk, "64k")) {
      Path file = Files.write(disk.resolve("saved"), OLD);
      small.readOnly();

      SceneException error =
          assertThrows(SceneException.class, () -> writer.save(file, Storage.DISK));

      assertTrue(error.getMessage().contains("read-only"), error.getMessage());
      assertArrayEquals(OLD, Files.readAllBytes(file));
      assertTrue(FaultyStorage.holdsOnly(disk, file), "a partial file was left");
    }
  }

  private void assertRefused(Writer writer, Fault fault, String said) throws Exception {
    Path file = Files.write(folder.resolve("saved"), OLD);

    SceneException error =
        assertThrows(SceneException.class, () -> writer.save(file, FaultyStorage.failing(fault)));

    assertTrue(error.getMessage().contains(said), error.getMessage());
    assertTrue(error.getMessage().contains("the old file is unchanged"), error.getMessage());
    assertArrayEquals(OLD, Files.readAllBytes(file));
    assertTrue(FaultyStorage.holdsOnly(folder, file), "a partial file was left");
  }

  /** The size of what {@code writer} writes, found by saving it once for real. */
  private long sizeWritten(Writer writer) throws Exception {
    Path probe = Files.createDirectory(folder.resolve("probe"));
    writer.save(probe.resolve("probe"), Storage.DISK);
    long size = Files.size(probe.resolve("probe"));
    Files.delete(probe.resolve("probe"));
    Files.delete(probe);
    assertTrue(size > 4096, "the file must be larger than a page: " + size);
    return size;
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
    try (var channel =
        java.nio.channels.FileChannel.open(filler, java.nio.file.StandardOpenOption.WRITE)) {
      channel.truncate(Math.max(0, channel.size() - 4096));
    }
    return filler;
  }
}
