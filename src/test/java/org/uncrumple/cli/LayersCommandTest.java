package org.uncrumple.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
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
import org.uncrumple.nn.Trace;
import org.uncrumple.scene.LayerCoordinates;
import org.uncrumple.scene.ModelFile;
import picocli.CommandLine;

class LayersCommandTest {
  /** Widening (3 → 5), narrowing (5 → 2) and back to 3, three activations, three classes. */
  private static final Network NETWORK =
      Network.initialise(
          new Architecture(
              3,
              List.of(
                  new LayerSpec(5, Activation.TANH),
                  new LayerSpec(2, Activation.RELU),
                  new LayerSpec(3, Activation.LEAKY_RELU)),
              3),
          11);

  private static final String POINTS =
      String.join(
          "\n",
          "x,y,z,label",
          "10,20,5,cat",
          "-4,0.5,3,dog",
          "7,-12,0,bird",
          "0,0,0,\"dog, small\"",
          "3.25,8,-9,cat",
          "");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path folder;
  private Path model;
  private Path points;
  private Path result;

  @BeforeEach
  void files() throws Exception {
    model = folder.resolve("model.json");
    points = folder.resolve("points.csv");
    result = folder.resolve("layers.csv");
    ModelFile.write(model, NETWORK, List.of("cat", "dog", "bird"));
    Files.writeString(points, POINTS);
  }

  private int run(String... args) {
    CommandLine commandLine = UncrumpleCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  private int layers() {
    return run(
        "layers",
        "--model",
        model.toString(),
        "--points",
        points.toString(),
        "--out",
        result.toString());
  }

  /** The output's rows, each split at the commas outside quotes. */
  private List<List<String>> rows() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    for (String line : Files.readAllLines(result)) {
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (char c : line.toCharArray()) {
        if (c == '"') {
          quoted = !quoted;
        } else if (c == ',' && !quoted) {
          cells.add(cell.toString());
          cell.setLength(0);
        } else {
          cell.append(c);
        }
      }
      cells.add(cell.toString());
      rows.add(cells);
    }
    return rows;
  }

  @Test
  void writesOneRowPerPointWithAColumnForEveryCoordinateOfEveryStage() throws Exception {
    assertEquals(0, layers(), err.toString());

    List<List<String>> rows = rows();
    List<String> header = rows.get(0);
    assertEquals(LayerCoordinates.columns(NETWORK.architecture()), header);
    assertEquals(
        List.of("input.x", "input.y", "input.z", "layer1.rotate1.x", "layer1.rotate1.y"),
        header.subList(0, 5));
    assertTrue(header.contains("layer1.stretch.5"), header.toString());
    assertTrue(header.contains("layer2.squash.y"), header.toString());
    assertEquals(
        List.of("output.1", "output.2", "output.3", "label"),
        header.subList(header.size() - 4, header.size()));
    // 3 + (3 + 4·5) + (5 + 4·2) + (2 + 4·3) + 3 outputs + label
    assertEquals(3 + 23 + 13 + 14 + 3 + 1, header.size());
    assertEquals(6, rows.size());
    for (List<String> row : rows) {
      assertEquals(header.size(), row.size(), row.toString());
    }
    assertEquals(List.of("cat", "dog", "bird", "dog, small", "cat"), column(rows, "label"));
    assertTrue(out.toString().contains("Wrote 5 points"), out.toString());
  }

  @Test
  void followingAPointMatchesTheNetworksOwnTrace() throws Exception {
    assertEquals(0, layers(), err.toString());
    Dataset data = CsvImport.read(points);
    Trace trace = NETWORK.trace(data.points(), data.size());
    List<List<String>> rows = rows();

    for (int p = 0; p < data.size(); p++) {
      List<String> row = rows.get(p + 1);
      for (int axis = 0; axis < 3; axis++) {
        assertEquals(data.points()[3 * p + axis], value(rows, row, "input." + "xyz".charAt(axis)));
      }
      for (int l = 0; l < NETWORK.layerCount() - 1; l++) {
        String layer = "layer" + (l + 1) + ".";
        int width = trace.width(l);
        for (int i = 0; i < width; i++) {
          String suffix = width <= 3 ? String.valueOf("xyz".charAt(i)) : String.valueOf(i + 1);
          double linear = trace.linear(l)[p * width + i];
          double shifted = trace.shifted(l)[p * width + i];
          double activated = trace.activated(l)[p * width + i];
          assertEquals(linear, value(rows, row, layer + "rotate2." + suffix), 1e-9);
          assertEquals(shifted, value(rows, row, layer + "shift." + suffix), 1e-9);
          assertEquals(activated, value(rows, row, layer + "squash." + suffix), 1e-9);
        }
      }
      int last = NETWORK.layerCount() - 1;
      for (int c = 0; c < 3; c++) {
        assertEquals(trace.activated(last)[p * 3 + c], value(rows, row, "output." + (c + 1)), 1e-9);
      }
    }
  }

  @Test
  void aBrokenModelGivesItsMessageAndExitCode2() throws Exception {
    Files.writeString(model, "{\"format\": \"uncrumple-model\", \"version\": 1, \"inputs\": 3,");

    assertEquals(2, layers());

    assertTrue(err.toString().startsWith("model.json, line 1"), err.toString());
    assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    assertFalse(Files.exists(result));
  }

  @Test
  void aBrokenPointsFileGivesItsLineAndExitCode2() throws Exception {
    Files.writeString(points, "x,y,z,label\n1,2,3,a\n1,NaN,3,b\n");

    assertEquals(2, layers());

    assertTrue(
        err.toString().startsWith("points.csv, line 3: column \"y\" is \"NaN\""), err.toString());
    assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
  }

  @Test
  void aModelForAnotherNumberOfInputsGivesExitCode2() throws Exception {
    Network flat =
        Network.initialise(new Architecture(2, List.of(new LayerSpec(3, Activation.TANH)), 2), 1);
    ModelFile.write(model, flat, List.of("a", "b"));

    assertEquals(2, layers());

    assertTrue(
        err.toString()
            .contains(
                "column \"x\" is not a feature of the model; its features are \"feature1\","
                    + " \"feature2\""),
        err.toString());
  }

  @Test
  void pointsWithManyFeaturesMatchTheTraceOfThePointsScaledAsInTraining() throws Exception {
    Network wide =
        Network.initialise(
            new Architecture(
                5,
                List.of(new LayerSpec(7, Activation.TANH), new LayerSpec(3, Activation.RELU)),
                2),
            5);
    List<String> features = List.of("a", "b", "c", "d", "e");
    Normalisation scaling =
        new Normalisation(
            Scaling.PER_FEATURE, new double[] {1, 2, 3, 4, 5}, new double[] {0.5, 2, 4, 1, 3});
    ModelFile.write(model, new ModelFile.Model(wide, List.of("no", "yes"), features, scaling));
    // columns in another order than the model's, and a class column
    Files.writeString(points, "e,c,a,kind,b,d\n1,2,3,yes,4,5\n-1,0.5,7,no,2,2\n0,0,0,yes,0,0\n");
    double[] raw = {3, 4, 2, 5, 1, 7, 2, 0.5, 2, -1, 0, 0, 0, 0, 0};
    double[] inputs = scaling.toNormalised(raw);

    assertEquals(
        0,
        run(
            "layers",
            "--model",
            model.toString(),
            "--points",
            points.toString(),
            "--label",
            "kind",
            "--out",
            result.toString()),
        err.toString());

    List<List<String>> rows = rows();
    Trace trace = wide.trace(inputs, 3);
    for (int p = 0; p < 3; p++) {
      List<String> row = rows.get(p + 1);
      for (int f = 0; f < 5; f++) {
        assertEquals(inputs[5 * p + f], value(rows, row, "input." + (f + 1)), 1e-12);
      }
      for (int l = 0; l < wide.layerCount() - 1; l++) {
        int width = trace.width(l);
        for (int i = 0; i < width; i++) {
          String suffix = width <= 3 ? String.valueOf("xyz".charAt(i)) : String.valueOf(i + 1);
          String layer = "layer" + (l + 1) + ".";
          assertEquals(
              trace.linear(l)[p * width + i], value(rows, row, layer + "rotate2." + suffix), 1e-9);
          assertEquals(
              trace.shifted(l)[p * width + i], value(rows, row, layer + "shift." + suffix), 1e-9);
          assertEquals(
              trace.activated(l)[p * width + i],
              value(rows, row, layer + "squash." + suffix),
              1e-9);
        }
      }
      for (int c = 0; c < 2; c++) {
        assertEquals(trace.activated(2)[p * 2 + c], value(rows, row, "output." + (c + 1)), 1e-9);
      }
    }
    assertEquals(List.of("yes", "no", "yes"), column(rows, "label"));
  }

  @Test
  void aPointsFileWithoutAModelFeatureIsRefusedNamingIt() throws Exception {
    Files.writeString(points, "x,y,label\n1,2,a\n");
    Network network =
        Network.initialise(new Architecture(3, List.of(new LayerSpec(3, Activation.TANH)), 2), 1);
    ModelFile.write(
        model,
        new ModelFile.Model(
            network, List.of("a", "b"), List.of("x", "y", "w"), Normalisation.identity()));

    assertEquals(2, layers());

    assertTrue(
        err.toString()
            .startsWith(
                "points.csv, line 1: the model needs the column \"w\", which the file does not"
                    + " have"),
        err.toString());
    assertFalse(Files.exists(result));
  }

  @Test
  void aMissingOptionIsAUsageErrorWithExitCode2() {
    assertEquals(2, run("layers", "--model", "m.json"));

    assertTrue(err.toString().contains("--out"), err.toString());
  }

  private static double value(List<List<String>> rows, List<String> row, String column) {
    int index = rows.get(0).indexOf(column);
    assertTrue(index >= 0, "no column " + column);
    return Double.parseDouble(row.get(index));
  }

  private static List<String> column(List<List<String>> rows, String name) {
    int index = rows.get(0).indexOf(name);
    List<String> values = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      values.add(row.get(index));
    }
    return values;
  }
}
