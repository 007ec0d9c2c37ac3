package org.uncrumple.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lattice lines: counts, order, and every point on its grid line inside the cube. */
class LatticeTest {
  @ParameterizedTest(name = "{0} per axis, {2} segments")
  @CsvSource({"2, 1.0, 1", "3, 0.5, 4", "5, 1.2, 16", "7, 2.0, 3"})
  void everyGridLineAppearsOnceEvenlySampledAlongItsAxis(int perAxis, double half, int segments) {
    double[] lines = Lattice.lines(perAxis, half, segments);
    int points = Lattice.pointsPerLine(segments);
    double spacing = 2 * half / (perAxis - 1);
    double step = 2 * half / segments;

    assertEquals(3 * perAxis * perAxis, Lattice.lineCount(perAxis));
    assertEquals(segments + 1, points);
    assertEquals(3 * Lattice.lineCount(perAxis) * points, lines.length);
    Set<List<Object>> seen = new HashSet<>();
    for (int line = 0; line < Lattice.lineCount(perAxis); line++) {
      int axis = Lattice.axisOf(line, perAxis);
      int first = axis == 0 ? 1 : 0;
      int second = axis == 2 ? 1 : 2;
      int start = 3 * line * points;
      long i = Math.round((lines[start + first] + half) / spacing);
      long j = Math.round((lines[start + second] + half) / spacing);
      assertTrue(seen.add(List.of(axis, i, j)), "line " + line + " repeats another");
      for (int s = 0; s < points; s++) {
        int at = start + 3 * s;
        assertEquals(-half + i * spacing, lines[at + first], 1e-12, "off its grid line");
        assertEquals(-half + j * spacing, lines[at + second], 1e-12, "off its grid line");
        assertEquals(-half + s * step, lines[at + axis], 1e-12, "unevenly sampled");
        for (int c = 0; c < 3; c++) {
          assertTrue(Math.abs(lines[at + c]) <= half, "outside the cube");
        }
      }
      assertEquals(-half, lines[start + axis]);
      assertEquals(half, lines[start + 3 * segments + axis]);
    }
    assertEquals(Lattice.lineCount(perAxis), seen.size());
  }

  @Test
  void linesRunAlongXThenYThenZWithTheLowerOtherAxisOutermost() {
    double[] lines = Lattice.lines(2, 1.0, 1);

    double[] expected = {
      // along x: (y, z) = (−1, −1), (−1, 1), (1, −1), (1, 1)
      -1, -1, -1, 1, -1, -1,
      -1, -1, 1, 1, -1, 1,
      -1, 1, -1, 1, 1, -1,
      -1, 1, 1, 1, 1, 1,
      // along y: (x, z)
      -1, -1, -1, -1, 1, -1,
      -1, -1, 1, -1, 1, 1,
      1, -1, -1, 1, 1, -1,
      1, -1, 1, 1, 1, 1,
      // along z: (x, y)
      -1, -1, -1, -1, -1, 1,
      -1, 1, -1, -1, 1, 1,
      1, -1, -1, 1, -1, 1,
      1, 1, -1, 1, 1, 1
    };
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], lines[i], 0, "coordinate " + i);
    }
  }

  @Test
  void badArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Lattice.lines(1, 1, 4));
    assertThrows(IllegalArgumentException.class, () -> Lattice.lines(3, 0, 4));
    assertThrows(IllegalArgumentException.class, () -> Lattice.lines(3, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> Lattice.pointsPerLine(0));
    assertThrows(IllegalArgumentException.class, () -> Lattice.lineCount(0));
    assertThrows(IndexOutOfBoundsException.class, () -> Lattice.axisOf(12, 2));
  }
}
