package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV file is first seen along the direction in which its points spread least. */
class DataAngleTest {
  @TempDir Path folder;

  @Test
  void aFlatCloudIsSeenFaceOn() throws Exception {
    // Points in the plane x = z (its normal is (1, 0, −1)/√2), spread along (1, 0, 1) and y.
    Path csv = write(flatCloud(1, 0, 1, 0, 1, 0));

    ViewSpec view = LoadedScene.open(csv).spec().view();

    assertEquals(0, view.pitch(), 2, "the normal is horizontal");
    // Either way along the normal is face on: yaw 135 or −45, whichever side the eigenvector
    // solver's sign picks when the normal is horizontal.
    assertEquals(135, Math.floorMod(Math.round(view.yaw()), 180), 2, "looking along ±(1, 0, −1)");
  }

  @Test
  void aCloudLyingFlatIsSeenFromAboveButNotStraightDown() throws Exception {
    Path csv = write(flatCloud(1, 0, 0, 0, 0, 1));

    ViewSpec view = LoadedScene.open(csv).spec().view();

    assertEquals(DataAngle.MAX_PITCH, view.pitch(), 1e-9);
  }

  @Test
  void aSceneFileKeepsItsOwnAngle() throws Exception {
    ViewSpec view = LoadedScene.open(Path.of("scenes", "paper-ball.yaml")).spec().view();
    ViewSpec written = SceneReader.read(Path.of("scenes", "paper-ball.yaml")).view();

    assertEquals(written.yaw(), view.yaw());
    assertEquals(written.pitch(), view.pitch());
  }

  @Test
  void aWiderFileKeepsTheDefaultAngle() throws Exception {
    // Four features, flat in the first three: the picture is of main directions, not of x, y, z.
    Random random = new Random(5);
    StringBuilder csv = new StringBuilder("a,b,c,d,label\n");
    for (int i = 0; i < 200; i++) {
      csv.append(
          String.format(
              Locale.ROOT,
              "%.5f,%.5f,0,%.5f,%s%n",
              random.nextDouble(),
              random.nextDouble(),
              random.nextDouble(),
              i % 2 == 0 ? "red" : "blue"));
    }
    Path file = write(csv.toString());

    ViewSpec view = LoadedScene.open(file).spec().view();
    ViewSpec written = SceneReader.read(file).view();

    assertEquals(written.yaw(), view.yaw());
    assertEquals(written.pitch(), view.pitch());
  }

  @Test
  void theDirectionIsAUnitVector() {
    double[] points = {0, 0, 0, 1, 0, 0, 0, 2, 0, 1, 2, 0.01};
    double[] v = DataAngle.leastSpread(points, 4);
    assertEquals(1, Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]), 1e-9);
    assertTrue(Math.abs(v[2]) > 0.99, "the cloud is flat in z");
  }

  /** 600 points a·(e1) + b·(e2) plus a little noise, two classes. */
  private static String flatCloud(
      double e1x, double e1y, double e1z, double e2x, double e2y, double e2z) {
    Random random = new Random(4);
    StringBuilder csv = new StringBuilder("x,y,z,label\n");
    for (int i = 0; i < 600; i++) {
      double a = 2 * random.nextDouble() - 1;
      double b = 2 * random.nextDouble() - 1;
      double noise = 0.01 * random.nextGaussian();
      csv.append(
          String.format(
              Locale.ROOT,
              "%.5f,%.5f,%.5f,%s%n",
              a * e1x + b * e2x + noise,
              a * e1y + b * e2y + noise,
              a * e1z + b * e2z - noise,
              i % 2 == 0 ? "red" : "blue"));
    }
    return csv.toString();
  }

  private Path write(String content) throws IOException {
    return Files.writeString(folder.resolve("points.csv"), content, StandardCharsets.UTF_8);
  }
}
