package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uncrumple.data.CsvImport;
import org.uncrumple.data.Dataset;

/** The real data sets that ship in scenes/data: their shape, their classes and their sources. */
class BundledDataTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "digits.csv, 1797, 64, 10",
    "iris.csv, 150, 4, 3",
    "wine.csv, 178, 13, 3",
    "breast-cancer.csv, 569, 30, 2"
  })
  void eachFileHasItsRowsFeaturesAndClasses(String file, int rows, int features, int classes)
      throws Exception {
    Dataset data = CsvImport.read(Path.of("scenes/data").resolve(file));

    assertEquals(rows, data.size());
    assertEquals(features, data.dimensions());
    assertEquals(classes, data.classCount());
  }

  @Test
  void digitsArePixelsRowByRowAndClassesZeroToNine() throws Exception {
    Dataset digits = CsvImport.read(Path.of("scenes/data/digits.csv"));

    assertEquals("pixel_0_0", digits.featureNames().get(0));
    assertEquals("pixel_1_0", digits.featureNames().get(8));
    assertEquals("pixel_7_7", digits.featureNames().get(63));
    assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), digits.classNames());
    assertEquals(1, digits.notes().size(), digits.notes().toString());
  }

  @Test
  void theSourcesNameEveryFileItsOriginAndLicence() throws Exception {
    String sources = BundledScenes.dataSources();

    for (String file : List.of("digits.csv", "iris.csv", "wine.csv", "breast-cancer.csv")) {
      assertTrue(sources.contains(file), file);
    }
    assertTrue(sources.contains("UCI Machine Learning Repository"));
    assertEquals(4, sources.split("Licence: CC BY 4.0", -1).length - 1);
  }
}
