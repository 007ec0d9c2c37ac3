package org.uncrumple.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncrumple.scene.Storage;

/** The encoders on synthetic frames: no 3D, no toolkit. */
class EncodersTest {
  private static final int W = 160;
  private static final int H = 96;
  private static ExecutorService workers;

  @TempDir Path dir;

  @BeforeAll
  static void startWorkers() {
    workers = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stopWorkers() {
    workers.shutdownNow();
  }

  @Test
  void mp4DecodesWithAnotherLibraryToEveryFrameAtItsSize() throws Exception {
    Path file = dir.resolve("clip.mp4");
    try (Mp4Encoder encoder = new Mp4Encoder(file, W, H, 30)) {
      for (int i = 0; i < 12; i++) {
        encoder.add(SyntheticFrames.frame(i, W, H));
      }
      encoder.finish();
    }
    int frames = 0;
    FrameGrab grab = FrameGrab.createFrameGrab(NIOUtils.readableChannel(file.toFile()));
    Picture picture;
    while ((picture = grab.getNativeFrame()) != null) {
      assertEquals(W, picture.getCroppedWidth());
      assertEquals(H, picture.getCroppedHeight());
      frames++;
    }
    assertEquals(12, frames);
  }

  @Test
  void gifHasEveryFrameAndLoopsForever() throws Exception {
    Path file = dir.resolve("clip.gif");
    try (GifEncoder encoder = new GifEncoder(file, W, H, 25)) {
      for (int i = 0; i < 10; i++) {
        encoder.add(SyntheticFrames.frame(i, W, H));
      }
      encoder.finish();
    }
    GifFacts facts = GifFacts.read(file);
    assertEquals(10, facts.frames());
    assertTrue(facts.loopsForever(), "NETSCAPE2.0 loop extension with count 0");
    assertEquals(List.of(4, 4, 4, 4, 4, 4, 4, 4, 4, 4), facts.delays());
  }

  @Test
  void gifMergesIdenticalFramesIntoOneLongerFrame() throws Exception {
    Path file = dir.resolve("still-then-move.gif");
    try (GifEncoder encoder = new GifEncoder(file, W, H, 30)) {
      for (int i = 0; i < 6; i++) {
        encoder.add(SyntheticFrames.frame(i < 3 ? 0 : i, W, H));
      }
      encoder.finish();
    }
    GifFacts facts = GifFacts.read(file);
    // Frames start at 0, 3, 7, 10, 13, 17 hundredths and end at 20: the first three are one.
    assertEquals(List.of(10, 3, 4, 3), facts.delays());
  }

  @Test
  void gifFramesShowTheClassColoursExactly() throws Exception {
    Path file = dir.resolve("colours.gif");
    BufferedImage frame = SyntheticFrames.frame(0, W, H);
    try (GifEncoder encoder = new GifEncoder(file, W, H, 30)) {
      encoder.add(frame);
      encoder.finish();
    }
    BufferedImage back = ImageIO.read(file.toFile());
    int[] expected = frame.getRGB(0, 0, W, H, null, 0, W);
    int[] actual = back.getRGB(0, 0, W, H, null, 0, W);
    int exact = 0;
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] == actual[i]) {
        exact++;
      }
    }
    assertTrue(exact > 0.97 * expected.length, "exact pixels: " + exact + " of " + expected.length);
  }

  @Test
  void pngSequenceWritesEveryFrameUnderItsName() throws Exception {
    List<Path> names = OutputFiles.sequenceNames(dir.resolve("tour.png"), 12);
    try (PngEncoder encoder = new PngEncoder(names::get, false, workers, 4)) {
      for (int i = 0; i < 12; i++) {
        encoder.add(SyntheticFrames.frame(i, W, H));
      }
      encoder.finish();
    }
    for (int i = 0; i < 12; i++) {
      BufferedImage back = ImageIO.read(names.get(i).toFile());
      assertNotNull(back, names.get(i) + " is a PNG");
      assertEquals(W, back.getWidth());
      int[] expected = SyntheticFrames.frame(i, W, H).getRGB(0, 0, W, H, null, 0, W);
      assertArrayEquals(expected, back.getRGB(0, 0, W, H, null, 0, W));
    }
  }

  /**
   * When a frame fails, the frames other workers are writing end before {@code close} returns: the
   * export deletes its temporary folder next, and a frame still being written then could land in it
   * after the deletion began, leaving the folder behind.
   */
  @Test
  void closingAfterAFailedFrameWaitsForTheFramesBeingWritten() throws Exception {
    CountDownLatch secondBegun = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean secondEnded = new AtomicBoolean();
    Storage storage =
        new Storage() {
          @Override
          public SeekableByteChannel open(Path file) throws IOException {
            if (file.endsWith("first.png")) {
              throw new IOException("No space left on device");
            }
            secondBegun.countDown();
            try {
              release.await();
            } catch (InterruptedException e) {
              throw new IOException("interrupted", e);
            }
            return Storage.super.open(file);
          }

          @Override
          public void sync(Path file) throws IOException {
            Storage.super.sync(file);
            secondEnded.set(true);
          }
        };
    PngEncoder encoder =
        new PngEncoder(
            i -> dir.resolve(i == 0 ? "first.png" : "second.png"), false, workers, 4, storage);
    encoder.add(SyntheticFrames.frame(0, W, H));
    encoder.add(SyntheticFrames.frame(1, W, H));
    assertThrows(IOException.class, encoder::finish);
    secondBegun.await();
    // The second frame goes on a moment after close begins; close must wait for it.
    Thread releaser =
        new Thread(
            () -> {
              try {
                Thread.sleep(200);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              release.countDown();
            });
    releaser.start();
    encoder.close();
    assertTrue(secondEnded.get(), "close returned while a frame was still being written");
    releaser.join();
  }

  @Test
  void sequenceNamesAreZeroPaddedToAtLeastFourDigits() {
    Path target = dir.resolve("tour.png");
    assertEquals(
        List.of("tour-0001.png", "tour-0002.png", "tour-0003.png"),
        OutputFiles.sequenceNames(target, 3).stream()
            .map(p -> p.getFileName().toString())
            .toList());
    assertEquals(
        "tour-12345.png",
        OutputFiles.sequenceNames(target, 12_345).get(12_344).getFileName().toString());
  }

  /** Frame count, delays and the loop extension of a GIF, read with javax.imageio. */
  record GifFacts(int frames, List<Integer> delays, boolean loopsForever) {
    static GifFacts read(Path file) throws IOException {
      ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      try (ImageInputStream in = ImageIO.createImageInputStream(new File(file.toString()))) {
        reader.setInput(in);
        int frames = reader.getNumImages(true);
        java.util.ArrayList<Integer> delays = new java.util.ArrayList<>();
        boolean loops = false;
        for (int i = 0; i < frames; i++) {
          IIOMetadataNode root =
              (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
          IIOMetadataNode control =
              (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
          delays.add(Integer.parseInt(control.getAttribute("delayTime")));
          var apps = root.getElementsByTagName("ApplicationExtension");
          for (int a = 0; a < apps.getLength(); a++) {
            IIOMetadataNode app = (IIOMetadataNode) apps.item(a);
            byte[] data = (byte[]) app.getUserObject();
            loops |=
                "NETSCAPE".equals(app.getAttribute("applicationID"))
                    && "2.0".equals(app.getAttribute("authenticationCode"))
                    && data.length == 3
                    && data[0] == 1
                    && data[1] == 0
                    && data[2] == 0;
          }
        }
        return new GifFacts(frames, List.copyOf(delays), loops);
      } finally {
        reader.dispose();
      }
    }
  }

  static boolean exists(Path p) {
    return Files.exists(p);
  }
}
