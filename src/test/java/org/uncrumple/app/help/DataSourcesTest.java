package org.uncrumple.app.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uncrumple.scene.BundledScenes;

class DataSourcesTest {
  @Test
  void eachBundledFileHasItsSourceAndLicence() throws Exception {
    String text = BundledScenes.dataSources();

    List<DataSources.Row> rows = DataSources.rows(text);

    assertEquals(
        List.of("digits.csv", "iris.csv", "wine.csv", "breast-cancer.csv"),
        rows.stream().map(DataSources.Row::file).toList());
    for (DataSources.Row row : rows) {
      assertEquals("CC BY 4.0", row.licence(), row.file());
      assertTrue(row.source().contains("UCI Machine Learning Repository"), row.source());
      assertTrue(row.source().contains("https://archive.ics.uci.edu/dataset/"), row.source());
    }
    assertTrue(
        rows.get(3).source().startsWith("W. Wolberg"),
        "the description's second line is not the source: " + rows.get(3).source());
    assertTrue(DataSources.note(text).startsWith("All four were taken from"));
    assertTrue(DataSources.note(text).contains("python3-sklearn"));
  }
}
