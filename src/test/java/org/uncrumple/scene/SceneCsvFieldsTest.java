package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uncrumple.data.ImageShape;
import org.uncrumple.data.Scaling;

/** {@code dataset.label}, {@code dataset.scale} and {@code dataset.image} of a CSV scene. */
class SceneCsvFieldsTest {
  @TempDir Path folder;

  private Path scene(String dataset) throws IOException {
    Files.writeString(
        folder.resolve("pixels.csv"),
        "p0,p1,p2,p3,p4,p5,kind\n0,1,2,3,4,5,a\n5,4,3,2,1,0,b\n1,1,1,1,1,1,a\n");
    return Files.writeString(
        folder.resolve("lesson.yaml"),
        String.join(
            "\n",
            "title: Pixels",
            "dataset:",
            dataset,
            "network:",
            "  hidden:",
            "    - {width: 3, activation: tanh}",
            "training: {steps: 10}",
            ""));
  }

  @Test
  void readsTheClassColumnTheScaleAndTheImage() throws Exception {
    SceneSpec spec =
        SceneReader.read(scene("  csv: pixels.csv\n  label: kind\n  scale: uniform\n  image: 3x2"));

    assertEquals(
        new DatasetSpec.Features("kind", Scaling.UNIFORM, new ImageShape(3, 2)),
        spec.dataset().features());
    assertEquals(Optional.of(new ImageShape(3, 2)), spec.dataset().image());
  }

  @Test
  void theSceneLoadsWithSixInputsAndTheChosenScale() throws Exception {
    LoadedScene loaded =
        LoadedScene.open(scene("  csv: pixels.csv\n  label: kind\n  scale: per-feature"));

    assertEquals(6, loaded.architecture().inputs());
    assertEquals(List.of("a", "b"), loaded.dataset().classNames());
    assertEquals(Scaling.PER_FEATURE, loaded.dataset().normalisation().scaling());
  }

  @Test
  void withoutTheFieldsTheDefaultsHold() throws Exception {
    Files.writeString(folder.resolve("iris.csv"), "a,b,c,d,species\n1,2,3,4,x\n2,3,4,5,y\n");
    Path file = scene("  csv: iris.csv");

    LoadedScene loaded = LoadedScene.open(file);

    assertEquals(DatasetSpec.Features.DEFAULT, loaded.spec().dataset().features());
    assertEquals(Optional.empty(), loaded.spec().dataset().image());
    assertEquals(Scaling.PER_FEATURE, loaded.dataset().normalisation().scaling());
  }

  @Test
  void theFieldsSurviveARoundTrip() throws Exception {
    SceneSpec spec =
        SceneReader.read(scene("  csv: pixels.csv\n  label: kind\n  scale: uniform\n  image: 2x3"));
    Path copy = folder.resolve("copy.yaml");

    SceneWriter.write(copy, spec);

    assertEquals(spec, SceneReader.read(copy));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown scale | '  scale: logarithmic'"
            + " | 'lesson.yaml, line 4, column 3: dataset.scale is \"logarithmic\"; it must be one"
            + " of uniform, per-feature'",
        "image not a shape | '  image: eight'"
            + " | 'lesson.yaml, line 4, column 3: dataset.image is \"eight\"; it must be the width"
            + " and height of the images in pixels, such as 8x8, with at most 1,024 pixels in all'",
        "image too big | '  image: 64x64'"
            + " | 'lesson.yaml, line 4, column 3: dataset.image is \"64x64\"; it must be the width"
            + " and height of the images in pixels, such as 8x8, with at most 1,024 pixels in all'",
        "image of the wrong size | '  label: kind;  image: 8x8'"
            + " | 'lesson.yaml, line 5, column 3: dataset.image is 8x8, 64 pixels, but pixels.csv"
            + " has 6 feature columns; it needs one column for each pixel'",
        "label not a column | '  label: species;  image: 3x2'"
            + " | 'lesson.yaml, line 3, column 3: pixels.csv, line 1: there is no column"
            + " \"species\" to hold the classes; the columns are \"p0\", \"p1\", \"p2\", \"p3\","
            + " \"p4\", \"p5\", \"kind\"'",
      })
  void aBadFieldIsNamedWithItsPlace(String what, String lines, String message) throws Exception {
    Path file = scene("  csv: pixels.csv\n" + lines.replace(";", "\n"));

    SceneException error = assertThrows(SceneException.class, () -> LoadedScene.open(file));

    assertEquals(message, error.getMessage());
  }

  @Test
  void aGeneratorHasNoColumnsToDescribe() throws Exception {
    Path file = scene("  generator: paper-ball\n  label: sheet");

    SceneException error = assertThrows(SceneException.class, () -> SceneReader.read(file));

    assertEquals(
        "lesson.yaml, line 4, column 3: dataset.label describes the columns of a CSV file; a"
            + " generator's data have no such choice",
        error.getMessage());
  }
}
