package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShuffledPointsTest {
  private static final int COUNT = 500;

  private static double[] points() {
    double[] points = new double[3 * COUNT];
    for (int i = 0; i < 3 * COUNT; i++) {
      points[i] = i;
    }
    return points;
  }

  private static int[] labels() {
    int[] labels = new int[COUNT];
    for (int i = 0; i < COUNT; i++) {
      labels[i] = i % 3;
    }
    return labels;
  }

  @Test
  void everyPointKeepsItsLabelAndAppearsOnce() {
    ShuffledPoints shuffled = ShuffledPoints.of(points(), labels(), COUNT);

    Map<Integer, Integer> seen = new HashMap<>();
    for (int i = 0; i < COUNT; i++) {
      int original = (int) shuffled.points()[3 * i] / 3;
      assertEquals(3.0 * original + 1, shuffled.points()[3 * i + 1]);
      assertEquals(original % 3, shuffled.labels()[i], "label of point " + original);
      seen.merge(original, 1, Integer::sum);
    }
    assertEquals(COUNT, seen.size());
  }

  @Test
  void theOrderIsRandomButFixed() {
    ShuffledPoints first = ShuffledPoints.of(points(), labels(), COUNT);
    ShuffledPoints again = ShuffledPoints.of(points(), labels(), COUNT);

    assertArrayEquals(first.points(), again.points());
    assertNotEquals(0.0, first.points()[0] + first.points()[3] + first.points()[6]);
  }
}
