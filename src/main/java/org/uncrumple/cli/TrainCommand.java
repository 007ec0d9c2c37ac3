package org.uncrumple.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.uncrumple.nn.Network;
import org.uncrumple.scene.DatasetSpec;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.ModelFigures;
import org.uncrumple.scene.ModelFile;
import org.uncrumple.scene.SceneException;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.train.Snapshot;
import org.uncrumple.train.TrainingSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code uncrumple train SCENE}: trains without a window, printing progress: the loss and accuracy
 * on the training points and, when the scene holds points out, on the test points (measured on this
 * thread at each progress line, on the same weights).
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train a scene's network without a window and print its progress.")
final class TrainCommand implements Callable<Integer> {
  private static final long PROGRESS_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENE", description = "A scene (.yaml) or your own points (.csv).")
  Path scene;

  @Option(
      names = "--steps",
      paramLabel = "N",
      description = "Training steps (batches) to take; the scene's own number by default.")
  Long steps;

  @Option(
      names = "--label",
      paramLabel = "COLUMN",
      description =
          "For a CSV file: its class column, when it is not called label, class, target, species"
              + " or digit.")
  String label;

  @Option(
      names = "--save-model",
      paramLabel = "FILE",
      description = "Save the trained weights as a JSON model file.")
  Path saveModel;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadedScene loaded;
    if (label != null && !scene.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      err.println("--label is for a CSV file; a scene names its class column with dataset.label");
      return 2;
    }
    try {
      loaded =
          label == null
              ? LoadedScene.open(scene)
              : LoadedScene.load(
                  SceneReader.fromCsv(scene, new DatasetSpec.Features(label, null, null)));
    } catch (SceneException e) {
      err.println(e.getMessage());
      return 2;
    }
    loaded.dataset().notes().forEach(err::println);
    long total = steps != null ? steps : loaded.spec().steps();
    if (total < 0) {
      err.println("--steps must be 0 or more, not " + total);
      return 2;
    }
    out.printf(
        "Training %s: network %s on %d points (%d more held out for testing), %s, learning rate"
            + " %s, batch %d%n",
        loaded.spec().title(),
        loaded.architecture().describe(),
        loaded.dataset().size(),
        loaded.dataset().testSize(),
        loaded.spec().training().optimizer().id(),
        loaded.spec().training().learningRate(),
        loaded.spec().training().batchSize());
    TrainingSession session =
        new TrainingSession(
            loaded.dataset(),
            loaded.architecture(),
            loaded.spec().training(),
            loaded
                .spec()
                .initialWeights()
                .orElseGet(
                    () ->
                        Network.initialise(
                            loaded.architecture(), loaded.spec().training().seed())));
    long start = System.nanoTime();
    long nextProgress = start + PROGRESS_NANOS;
    while (session.steps() < total) {
      if (!Double.isFinite(session.advance())) {
        Snapshot recovered = session.recover();
        err.println(recovered.divergence().orElseThrow().message());
        return 3;
      }
      long now = System.nanoTime();
      if (now >= nextProgress) {
        printProgress(out, session.measuredSnapshot(true), total, now - start);
        nextProgress = now + PROGRESS_NANOS;
      }
    }
    Snapshot last = session.measuredSnapshot(false);
    if (last.divergence().isPresent()) {
      err.println(last.divergence().get().message());
      return 3;
    }
    printProgress(out, last, total, System.nanoTime() - start);
    out.printf(
        "Done: %d steps in %.1f s; training loss %.4f, training accuracy %.2f %%; %s%n",
        last.step(),
        (System.nanoTime() - start) / 1e9,
        last.loss(),
        100 * last.accuracy(),
        last.test()
            .map(
                test ->
                    String.format(
                        "test loss %.4f, test accuracy %.2f %% (%d test points)",
                        test.loss(), 100 * test.accuracy(), test.points()))
            .orElse("no test points held out"));
    if (saveModel != null) {
      try {
        ModelFile.write(saveModel, last.copyOfNetwork(), loaded.dataset(), ModelFigures.of(last));
      } catch (SceneException e) {
        err.println(e.getMessage());
        return 4;
      }
      out.println("Model saved to " + saveModel);
    }
    out.flush();
    return 0;
  }

  private static void printProgress(PrintWriter out, Snapshot snapshot, long total, long nanos) {
    out.printf(
        "step %d/%d  epoch %d  loss %.4f  accuracy %.2f %%%s  %.1f s%n",
        snapshot.step(),
        total,
        snapshot.epoch(),
        snapshot.loss(),
        100 * snapshot.accuracy(),
        snapshot
            .test()
            .map(
                test ->
                    String.format(
                        "  test loss %.4f  test accuracy %.2f %%",
                        test.loss(), 100 * test.accuracy()))
            .orElse(""),
        nanos / 1e9);
    out.flush();
  }
}
