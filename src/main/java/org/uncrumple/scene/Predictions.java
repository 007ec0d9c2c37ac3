package org.uncrumple.scene;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.uncrumple.data.CsvImport;
import org.uncrumple.nn.Network;

/**
 * What a trained model says about the rows of a points file: each row's class, the largest logit
 * (as {@link Network#predict}), and the probability softmax(z) of every class, for {@code uncrumple
 * predict}.
 *
 * <p>Columns: {@code class} (the class name), then {@code probability.NAME} for each class in the
 * model's order, then {@code label} (the row's class as the file says) when the file has a class
 * column. Numbers are written in their shortest exact form.
 */
public final class Predictions {
  private final ModelFile.Model model;
  private final CsvImport.Points points;
  private final int[] classes;
  private final double[] probabilities;

  private Predictions(
      ModelFile.Model model, CsvImport.Points points, int[] classes, double[] probabilities) {
    this.model = model;
    this.points = points;
    this.classes = classes;
    this.probabilities = probabilities;
  }

  /**
   * Runs the rows through the model, scaled as its training data were.
   *
   * @param model the trained model
   * @param points rows read for this model ({@link CsvImport#readPoints})
   * @return the predictions
   */
  public static Predictions of(ModelFile.Model model, CsvImport.Points points) {
    Network network = model.network();
    double[] inputs = model.inputs(points.values());
    return new Predictions(
        model,
        points,
        network.predict(inputs, points.count()),
        network.probabilities(inputs, points.count()));
  }

  /** Each row's class, an index into the model's classes. */
  public int[] classes() {
    return classes.clone();
  }

  /** Row-major rows × classes probabilities, each row summing to 1. */
  public double[] probabilities() {
    return probabilities.clone();
  }

  /** The header of the output. */
  public List<String> columns() {
    List<String> columns = new ArrayList<>();
    columns.add("class");
    for (String name : model.classNames()) {
      columns.add("probability." + name);
    }
    if (points.hasLabels()) {
      columns.add("label");
    }
    return columns;
  }

  /**
   * One line for people: how many rows, which network, and, when the file names each row's class,
   * how many of them the model agrees with.
   */
  public String summary() {
    String text =
        String.format(
            "Predicted %,d rows of %s with the %s network",
            points.count(), points.name(), model.network().architecture().describe());
    if (!points.hasLabels()) {
      return text;
    }
    int agree = 0;
    for (int r = 0; r < points.count(); r++) {
      if (model.classNames().get(classes[r]).equals(points.classNames().get(points.labels()[r]))) {
        agree++;
      }
    }
    return text
        + String.format(
            "; %,d of them (%.1f %%) as the file's class column says",
            agree, 100.0 * agree / points.count());
  }

  /**
   * Writes the predictions as CSV through a temporary file: nothing is left behind on failure.
   *
   * @throws SceneException naming the file when it cannot be written
   */
  public void write(Path out) throws SceneException {
    boolean existed = Files.exists(out);
    try {
      AtomicWrite.write(
          out,
          Storage.DISK,
          stream -> {
            // Flushed, not closed: AtomicWrite closes the stream, then syncs the file.
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            writeRows(writer);
            writer.flush();
          });
    } catch (IOException e) {
      throw new SceneException(
          out + ": the predictions could not be written: " + AtomicWrite.explain(e, out, existed),
          e);
    }
  }

  /** Writes the predictions as CSV to a writer, such as standard output. */
  public void writeTo(Writer writer) throws SceneException {
    try {
      writeRows(writer);
    } catch (IOException e) {
      throw new SceneException("the predictions could not be written (" + e.getMessage() + ")", e);
    }
  }

  private void writeRows(Writer writer) throws IOException {
    List<String> header = new ArrayList<>();
    for (String column : columns()) {
      header.add(LayerCoordinates.quoted(column));
    }
    writer.write(String.join(",", header));
    writer.write('\n');
    int k = model.classNames().size();
    StringBuilder row = new StringBuilder();
    for (int r = 0; r < points.count(); r++) {
      row.setLength(0);
      row.append(LayerCoordinates.quoted(model.classNames().get(classes[r])));
      for (int c = 0; c < k; c++) {
        row.append(',').append(probabilities[r * k + c]);
      }
      if (points.hasLabels()) {
        row.append(',')
            .append(LayerCoordinates.quoted(points.classNames().get(points.labels()[r])));
      }
      writer.append(row).append('\n');
    }
    writer.flush();
  }
}
