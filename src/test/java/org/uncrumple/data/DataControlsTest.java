package org.uncrumple.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a window needs for live data controls: the noise parameter, ranges, a new seed. */
class DataControlsTest {
  @Test
  void everyGeneratorButTheXorCubeNamesItsNoise() {
    for (String id : Generators.ids()) {
      Optional<String> noise = Generators.noiseParameter(id);
      assertEquals(id.equals("xor-cube"), noise.isEmpty(), id);
      noise.ifPresent(name -> assertTrue(Generators.defaults(id).containsKey(name), id));
    }
    assertEquals(Optional.of("spread"), Generators.noiseParameter("blobs"));
    assertEquals(Optional.of("noise"), Generators.noiseParameter("paper-ball"));
  }

  @Test
  void rangesAreThoseTheParametersAllow() {
    assertArrayEquals(new double[] {10, 1_000_000}, Generators.range("paper-ball", "points"));
    assertArrayEquals(new double[] {0, 1}, Generators.range("paper-ball", "noise"));
  }

  @Test
  void paperBallNoiseMovesThePointsButNotTheSheets() throws DataException {
    Dataset calm = Generators.generate("paper-ball", Map.of("points", 50, "seed", 2L), 0.2);
    Dataset noisy =
        Generators.generate("paper-ball", Map.of("points", 50, "seed", 2L, "noise", 0.5), 0.2);

    for (int k = 0; k < 2; k++) {
      assertArrayEquals(
          calm.normalisation().toRaw(calm.sheets().get(k).vertices()),
          noisy.normalisation().toRaw(noisy.sheets().get(k).vertices()),
          1e-12);
    }
    assertNotEquals(calm, noisy);
    assertEquals(
        Generators.generate("paper-ball", Map.of("points", 50, "seed", 2L, "noise", 0.0), 0.2),
        calm);
  }

  @Test
  void aNewSeedGivesNewTrainingAndTestPoints() throws DataException {
    Dataset first = Generators.generate("swiss-roll", Map.of("points", 40, "seed", 1L), 0.2);
    Dataset second = Generators.generate("swiss-roll", Map.of("points", 40, "seed", 2L), 0.2);

    assertNotEquals(first.points()[0], second.points()[0]);
    assertNotEquals(first.testPoints()[0], second.testPoints()[0]);
  }
}
