package org.uncrumple.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncrumple.data.Normalisation;
import org.uncrumple.data.Scaling;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;
import org.uncrumple.scene.ModelFile;
import picocli.CommandLine;

class PredictCommandTest {
  private static final Network NETWORK =
      Network.initialise(
          new Architecture(
              4, List.of(new LayerSpec(6, Activation.TANH), new LayerSpec(5, Activation.RELU)), 3),
          8);
  private static final List<String> FEATURES =
      List.of("sepal_length", "sepal_width", "petal_length", "petal_width");
  private static final Normalisation SCALING =
      new Normalisation(
          Scaling.PER_FEATURE,
          new double[] {5.8, 3.1, 3.8, 1.2},
          new double[] {0.83, 0.43, 1.76, 0.76});
  private static final String POINTS =
      String.join(
          "\n",
          "petal_width,sepal_length,sepal_width,petal_length,species",
          "0.2,5.1,3.5,1.4,setosa",
          "1.4,7.0,3.2,4.7,versicolor",
          "2.5,6.3,3.3,6.0,virginica",
          "0.2,4.9,3.0,1.4,setosa",
          "");
  private static final double[] RAW = {
    5.1, 3.5, 1.4, 0.2, 7.0, 3.2, 4.7, 1.4, 6.3, 3.3, 6.0, 2.5, 4.9, 3.0, 1.4, 0.2
  };

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path folder;
  private Path model;
  private Path points;
  private Path result;

  @BeforeEach
  void files() throws Exception {
    model = folder.resolve("iris.json");
    points = folder.resolve("iris.csv");
    result = folder.resolve("predicted.csv");
    ModelFile.write(
        model,
        new ModelFile.Model(
            NETWORK, List.of("setosa", "versicolor", "virginica"), FEATURES, SCALING));
    Files.writeString(points, POINTS);
  }

  private int run(String... args) {
    CommandLine commandLine = UncrumpleCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  private int predict(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("predict", "--model", model.toString(), "--points", points.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(new String[0]));
  }

  @Test
  void eachRowGetsTheClassAndProbabilitiesOfNetworkPredict() throws Exception {
    assertEquals(0, predict("--out", result.toString()), err.toString());

    List<String> lines = Files.readAllLines(result);
    assertEquals(
        "class,probability.setosa,probability.versicolor,probability.virginica,label",
        lines.get(0));
    double[] inputs = SCALING.toNormalised(RAW);
    int[] expected = NETWORK.predict(inputs, 4);
    double[] probabilities = NETWORK.probabilities(inputs, 4);
    List<String> names = List.of("setosa", "versicolor", "virginica");
    assertEquals(5, lines.size());
    for (int r = 0; r < 4; r++) {
      String[] cells = lines.get(r + 1).split(",");
      assertEquals(names.get(expected[r]), cells[0]);
      double[] row = new double[3];
      for (int c = 0; c < 3; c++) {
        row[c] = Double.parseDouble(cells[1 + c]);
      }
      assertArrayEquals(java.util.Arrays.copyOfRange(probabilities, 3 * r, 3 * r + 3), row, 0);
    }
    assertEquals(
        List.of("setosa", "versicolor", "virginica", "setosa"),
        lines.subList(1, 5).stream()
            .map(line -> line.substring(line.lastIndexOf(',') + 1))
            .toList());
    assertTrue(
        out.toString().startsWith("Predicted 4 rows of iris.csv with the 4-6-5-3 network; "),
        out.toString());
  }

  @Test
  void withoutOutTheTableGoesToStandardOutput() {
    assertEquals(0, predict(), err.toString());

    assertTrue(out.toString().startsWith("class,probability.setosa,"), out.toString());
    assertEquals(5, out.toString().lines().count());
    assertTrue(err.toString().startsWith("Predicted 4 rows"), err.toString());
  }

  @Test
  void aFileWithoutClassesGetsNoLabelColumn() throws Exception {
    Files.writeString(points, "sepal_length,sepal_width,petal_length,petal_width\n5,3,1,0.2\n");

    assertEquals(0, predict("--out", result.toString()), err.toString());

    assertEquals(
        "class,probability.setosa,probability.versicolor,probability.virginica",
        Files.readAllLines(result).get(0));
  }

  @Test
  void aColumnTheModelDoesNotHaveIsRefusedByName() throws Exception {
    Files.writeString(points, POINTS.replace("petal_width", "petal_size"));

    assertEquals(2, predict("--out", result.toString()));

    assertTrue(
        err.toString()
            .startsWith(
                "iris.csv, line 1: column \"petal_size\" is not a feature of the model; its"
                    + " features are \"sepal_length\", \"sepal_width\", \"petal_length\","
                    + " \"petal_width\""),
        err.toString());
    assertFalse(Files.exists(result));
  }

  @Test
  void aNamedClassColumnIsUsed() throws Exception {
    Files.writeString(points, POINTS.replace("species", "kind"));

    assertEquals(0, predict("--label", "kind", "--out", result.toString()), err.toString());

    assertTrue(Files.readAllLines(result).get(0).endsWith(",label"));
  }

  @Test
  void anUnwritableOutputGivesExitCode4() {
    assertEquals(4, predict("--out", folder.resolve("no/such/folder/p.csv").toString()));

    assertTrue(err.toString().contains("the predictions could not be written"), err.toString());
  }
}
