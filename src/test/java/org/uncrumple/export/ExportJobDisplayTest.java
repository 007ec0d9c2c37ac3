package org.uncrumple.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.scene.DatasetSpec;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.scene.SceneSpec;
import org.uncrumple.scene.Show;
import org.uncrumple.testing.Display3d;
import org.uncrumple.train.TrainingSettings;
import org.uncrumple.view.CameraPose;
import org.uncrumple.view.Palette;

/**
 * Whole exports of a small paper ball through the real 3D view: needs a display with OpenGL (Xvfb
 * with {@code -Dprism.forceGPU=true}); skipped with the reason otherwise.
 */
@Tag("display")
class ExportJobDisplayTest {
  private static final int STAGES = 17;
  private static final int FPS = 5;
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

  private static ExportRequest quickTour(Path out) {
    return ExportRequest.builder(ClipKind.TOUR, out)
        .size(160, 100)
        .fps(FPS)
        .tourTiming(0.2, 0)
        .build();
  }

  private static int tourFrames() {
    return Clip.tour(STAGES, FPS, 0.2, 0, 0, CameraPose.DEFAULT).frames();
  }

  private static List<Path> run(ExportRequest request) throws ExportException {
    return new ExportJob(request, ball, null, threads).run(p -> {});
  }

  @Test
  void sameSceneSeedAndOptionsGiveByteIdenticalPngFrames() throws Exception {
    Path a = Files.createDirectory(dir.resolve("a"));
    Path b = Files.createDirectory(dir.resolve("b"));
    List<Path> first = run(quickTour(a.resolve("tour.png")));
    List<Path> second = run(quickTour(b.resolve("tour.png")));
    assertEquals(tourFrames(), first.size());
    assertEquals(a.resolve("tour-0001.png"), first.get(0));
    assertEquals(listing(a), first);
    for (int i = 0; i < first.size(); i++) {
      assertArrayEquals(
          Files.readAllBytes(first.get(i)),
          Files.readAllBytes(second.get(i)),
          "frame " + (i + 1) + " differs between two runs");
    }
  }

  @Test
  void aStillDrawsTheSheetsTheLatticeAndTheSurfaceItIsAskedFor() throws Exception {
    BufferedImage sheets = still(Set.of(Show.SHEETS), "sheets.png");
    BufferedImage lattice = still(Set.of(Show.LATTICE), "lattice.png");
    BufferedImage surface = still(Set.of(Show.SURFACE), "surface.png");
    BufferedImage nothing = still(Set.of(Show.LATTICE), "again.png");
    int pixels = sheets.getWidth() * sheets.getHeight();

    // The sheets, see-through over the background, keep their class's hue.
    assertTrue(hueShare(sheets, Palette.colour(0)) > 0.02, "sheet A's colour");
    assertTrue(hueShare(sheets, Palette.colour(1)) > 0.02, "sheet B's colour");
    // The lattice is grey: lines everywhere, no class colour.
    assertTrue(differing(lattice, background(lattice)) > pixels / 20, "the lattice's lines");
    assertTrue(hueShare(lattice, Palette.colour(0)) < 0.001, "no class colour in the lattice");
    // The decision surface of the 200-step ball lies inside the cube and darkens what is behind.
    assertTrue(differing(surface, lattice) > pixels / 50, "the surface differs from the lattice");
    assertEquals(0, differing(lattice, nothing), "the same request gives the same pixels");
  }

  @Test
  void testPointsAreOutlinedDiamondsThatTheTrainingPointsAreNot() throws Exception {
    // Large enough that a diamond is several pixels across, as in the window.
    BufferedImage tests = still(Set.of(Show.TEST_POINTS), "tests.png", 960, 600);
    BufferedImage points = still(Set.of(Show.POINTS), "points.png", 960, 600);

    // The held-out points keep their class colours…
    assertTrue(hueShare(tests, Palette.colour(0)) > 0.001, "class A's test points");
    assertTrue(hueShare(tests, Palette.colour(1)) > 0.001, "class B's test points");
    // …inside a dark rim that the training points never have.
    double rimInTests = darkShare(tests);
    double rimInPoints = darkShare(points);
    assertTrue(rimInTests > 0.002, "the diamonds' outlines: " + rimInTests);
    assertTrue(rimInPoints < rimInTests / 10, "no rims on training points: " + rimInPoints);
  }

  /**
   * The share of dark pixels (no channel above 40 %): the rims; every class colour and the paper
   * are brighter.
   */
  private static double darkShare(BufferedImage image) {
    int dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int brightest = Math.max((rgb >> 16) & 255, Math.max((rgb >> 8) & 255, rgb & 255));
        if (brightest < 102) {
          dark++;
        }
      }
    }
    return dark / (double) (image.getWidth() * image.getHeight());
  }

  private BufferedImage still(Set<Show> show, String name) throws Exception {
    return still(show, name, 320, 200);
  }

  private BufferedImage still(Set<Show> show, String name, int width, int height) throws Exception {
    Path out = dir.resolve(name);
    run(
        ExportRequest.builder(ClipKind.STILL, out)
            .size(width, height)
            .stage("layer1.shift")
            .captions(false)
            .show(show)
            .build());
    return ImageIO.read(out.toFile());
  }

  /** The share of pixels whose hue is within 12° of the colour's, and clearly coloured. */
  private static double hueShare(BufferedImage image, javafx.scene.paint.Color colour) {
    int near = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        javafx.scene.paint.Color c =
            javafx.scene.paint.Color.rgb((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255);
        double hue = Math.abs(c.getHue() - colour.getHue());
        if (c.getSaturation() > 0.25 && Math.min(hue, 360 - hue) < 12) {
          near++;
        }
      }
    }
    return near / (double) (image.getWidth() * image.getHeight());
  }

  private static int background(BufferedImage image) {
    return image.getRGB(0, 0);
  }

  private static int differing(BufferedImage image, int rgb) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) != rgb) {
          count++;
        }
      }
    }
    return count;
  }

  private static int differing(BufferedImage a, BufferedImage b) {
    int count = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          count++;
        }
      }
    }
    return count;
  }

  @Test
  void aGrandTourOrbitOfTheDigitsTurnsFromTheMainDirections() throws Exception {
    LoadedScene digits = LoadedScene.load(SceneReader.readBundled("digits.yaml"));
    Path orbit = Files.createDirectory(dir.resolve("orbit")).resolve("tour.png");
    Path still = dir.resolve("still.png");
    List<Path> frames =
        new ExportJob(
                ExportRequest.builder(ClipKind.ORBIT, orbit)
                    .size(320, 200)
                    .fps(2)
                    .seconds(1)
                    .stage("input")
                    .training(0L, null)
                    .captions(false)
                    .grandTour(true)
                    .build(),
                digits,
                null,
                threads)
            .run(p -> {});
    new ExportJob(
            ExportRequest.builder(ClipKind.STILL, still)
                .size(320, 200)
                .stage("input")
                .training(0L, null)
                .captions(false)
                .build(),
            digits,
            null,
            threads)
        .run(p -> {});

    assertEquals(2, frames.size());
    BufferedImage first = ImageIO.read(frames.get(0).toFile());
    BufferedImage second = ImageIO.read(frames.get(1).toFile());
    int pixels = first.getWidth() * first.getHeight();
    assertTrue(differing(first, second) > pixels / 200, "the tour turned between the frames");
    assertEquals(
        0,
        differing(first, ImageIO.read(still.toFile())),
        "the tour starts on the main directions, from the same camera");
  }

  @Test
  void mp4OfATourDecodesToEveryFrameAtItsSize() throws Exception {
    Path out = dir.resolve("tour.mp4");
    assertEquals(List.of(out), run(quickTour(out)));
    FrameGrab grab = FrameGrab.createFrameGrab(NIOUtils.readableChannel(out.toFile()));
    int frames = 0;
    Picture picture;
    while ((picture = grab.getNativeFrame()) != null) {
      assertEquals(160, picture.getCroppedWidth());
      assertEquals(100, picture.getCroppedHeight());
      frames++;
    }
    assertEquals(tourFrames(), frames);
    assertEquals(List.of(out), listing(dir));
  }

  @Test
  void gifOfAnOrbitHasEveryFrameAndLoops() throws Exception {
    Path out = dir.resolve("orbit.gif");
    run(ExportRequest.builder(ClipKind.ORBIT, out).size(160, 100).fps(10).seconds(1).build());
    EncodersTest.GifFacts facts = EncodersTest.GifFacts.read(out);
    assertEquals(10, facts.frames());
    assertTrue(facts.loopsForever());
  }

  @Test
  void cancelLeavesNothingBehind() throws Exception {
    Path out = dir.resolve("tour.gif");
    ExportJob job = new ExportJob(quickTour(out), ball, null, threads);
    assertThrows(
        CancellationException.class,
        () ->
            job.run(
                progress -> {
                  if (progress.phase().equals("rendering") && progress.done() == 3) {
                    job.cancel();
                  }
                }));
    assertEquals(List.of(), listing(dir));
  }

  @Test
  void anUnknownStageNamesTheStagesThereAre() {
    ExportRequest still =
        ExportRequest.builder(ClipKind.STILL, dir.resolve("still.png"))
            .size(160, 100)
            .stage("layer9.squash")
            .build();
    ExportException e = assertThrows(ExportException.class, () -> run(still));
    assertTrue(e.getMessage().contains("layer1.stretch"), e.getMessage());
  }

  private static List<Path> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }
}
