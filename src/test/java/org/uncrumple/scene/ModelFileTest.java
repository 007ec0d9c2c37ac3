package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncrumple.data.CsvImport;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Normalisation;
import org.uncrumple.data.Scaling;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;

class ModelFileTest {
  private final Network network =
      Network.initialise(
          new Architecture(
              3, List.of(new LayerSpec(5, Activation.TANH), new LayerSpec(3, Activation.RELU)), 4),
          42);

  @Test
  void roundTripGivesTheSameOutputsBitForBit(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("model.json");
    ModelFile.write(file, network, List.of("a", "b", "c", "d"));

    ModelFile.Model model = ModelFile.read(file);

    double[] points = {0.1, -0.7, 0.3, 1, 1, 1, -0.25, 0.5, 0};
    assertArrayEquals(network.parameters(), model.network().parameters());
    assertArrayEquals(network.logits(points, 3), model.network().logits(points, 3));
    assertEquals(List.of("a", "b", "c", "d"), model.classNames());
    assertEquals("3-5-3-4", model.network().architecture().describe());
  }

  @Test
  void leavesNoPartialFileWhenTheFolderIsMissing(@TempDir Path folder) {
    Path file = folder.resolve("missing/model.json");

    SceneException error =
        assertThrows(
            SceneException.class,
            () -> ModelFile.write(file, network, List.of("a", "b", "c", "d")));

    assertTrue(
        error
            .getMessage()
            .contains(
                "the folder " + file.getParent() + " does not exist; no file was left behind"),
        error.getMessage());
  }

  @Test
  void rejectsAModelWhoseRowsHaveTheWrongLength(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("model.json");
    ModelFile.write(file, network, List.of("a", "b", "c", "d"));
    String text = Files.readString(file);
    Files.writeString(file, text.replaceFirst("\\[\\s*(-?[0-9.Ee-]+),", "[ "));

    SceneException error = assertThrows(SceneException.class, () -> ModelFile.read(file));

    assertTrue(
        error.getMessage().contains("layer 1 weights row 1: expected 3 numbers, found 2"),
        error.getMessage());
  }

  @Test
  void versionTwoKeepsTheFeaturesTheScalingAndTheClasses(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("model.json");
    Normalisation scaling =
        new Normalisation(
            Scaling.PER_FEATURE, new double[] {0.1, -2, 1e-7}, new double[] {0.3, 1.5e3, 2});
    ModelFile.Model written =
        new ModelFile.Model(network, List.of("a", "b", "c", "d"), List.of("p", "q", "r"), scaling);

    ModelFile.write(file, written);
    ModelFile.Model read = ModelFile.read(file);

    assertTrue(Files.readString(file).contains("\"version\" : 2"), Files.readString(file));
    assertEquals(List.of("p", "q", "r"), read.featureNames());
    assertEquals(scaling, read.scaling());
    assertEquals(List.of("a", "b", "c", "d"), read.classNames());
    assertArrayEquals(network.parameters(), read.network().parameters());
    double[] raw = {0.4, -2, 3};
    assertArrayEquals(scaling.toNormalised(raw), read.inputs(raw), 0);
  }

  @Test
  void aModelSavedFromItsDataRecordsTheirNamesAndScaling(@TempDir Path folder) throws Exception {
    Path csv = folder.resolve("data.csv");
    Files.writeString(csv, "w,h,d,label\n1,2,3,a\n4,5,9,b\n2,2,2,a\n");
    Dataset data = CsvImport.read(csv);
    Path file = folder.resolve("model.json");

    Network twoClasses =
        Network.initialise(new Architecture(3, List.of(new LayerSpec(4, Activation.TANH)), 2), 1);

    ModelFile.write(file, twoClasses, data);
    ModelFile.Model read = ModelFile.read(file);

    assertEquals(List.of("w", "h", "d"), read.featureNames());
    assertEquals(data.normalisation(), read.scaling());
    assertEquals(List.of("a", "b"), read.classNames());
  }

  @Test
  void aVersionOneFileStillReadsAsCoordinatesFittedToTheCube() throws Exception {
    String text =
        "{\"format\": \"uncrumple-model\", \"version\": 1, \"inputs\": 3,"
            + " \"classes\": [\"A\", \"B\"], \"layers\": ["
            + "{\"activation\": \"tanh\", \"weights\": [[1, 0, 0], [0, 1, 0]], \"bias\": [0, 0]},"
            + "{\"activation\": \"linear\", \"weights\": [[1, -1], [-1, 1]], \"bias\": [0.5, 0]}]}";

    ModelFile.Model model = ModelFile.parse("old.json", text);

    assertEquals(List.of("x", "y", "z"), model.featureNames());
    assertEquals(null, model.scaling());
    assertEquals("3-2-2", model.network().architecture().describe());
    // fitted: the middle of the bounding box to 0, the largest half-side to 1
    assertArrayEquals(
        new double[] {-1, -0.25, 0, 1, 0.25, 0}, model.inputs(new double[] {0, 2, 5, 4, 3, 5}), 0);
  }

  @Test
  void aVersionOneFileMayNotNameFeatures() {
    String text =
        "{\"format\": \"uncrumple-model\", \"version\": 1, \"inputs\": 1,"
            + " \"features\": [\"x\"], \"classes\": [\"A\", \"B\"], \"layers\": []}";

    SceneException error =
        assertThrows(SceneException.class, () -> ModelFile.parse("old.json", text));

    assertTrue(error.getMessage().contains("unknown field \"features\""), error.getMessage());
  }

  @Test
  void featuresMustMatchTheInputs(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("model.json");
    ModelFile.write(file, network, List.of("a", "b", "c", "d"));
    Files.writeString(file, Files.readString(file).replace("\"z\"", "\"x\""));

    SceneException error = assertThrows(SceneException.class, () -> ModelFile.read(file));

    assertTrue(
        error.getMessage().contains("features[3] is \"x\" again; each feature has its own name"),
        error.getMessage());
  }
}
