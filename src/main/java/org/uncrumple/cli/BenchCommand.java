package org.uncrumple.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uncrumple.app.Fxyz3dBenchmark;
import org.uncrumple.app.RenderBenchmark;
import org.uncrumple.app.SoakBenchmark;
import org.uncrumple.bench.MeasureBench;
import org.uncrumple.bench.TrainBench;
import org.uncrumple.bench.TrainerBench;
import org.uncrumple.data.CsvImport;
import org.uncrumple.data.DataException;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.Generators;
import org.uncrumple.export.ExportBenchmark;
import org.uncrumple.export.ExportException;
import org.uncrumple.export.ExportThreads;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneException;
import org.uncrumple.scene.SceneReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code uncrumple bench train|render|fxyz3d|export|measures|csv|soak}: prints benchmark figures,
 * one {@code name value} a line. {@code train} ends with {@code train.64-32-10.samples_per_s}, the
 * bundled digits through one tanh layer of 32.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure training or rendering speed; prints one 'name value' per line.")
final class BenchCommand implements Callable<Integer> {
  /** What can be measured. */
  enum What {
    train,
    render,
    fxyz3d,
    export,
    measures,
    csv,
    soak
  }

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "WHAT",
      description = "train, render, fxyz3d, export, measures, csv or soak")
  What what;

  @Option(
      names = "--minutes",
      paramLabel = "N",
      defaultValue = "30",
      description = "How long the soak runs (default: ${DEFAULT-VALUE}).")
  double minutes;

  @Option(
      names = "--points",
      paramLabel = "FILE.csv",
      description = "Train on these points (x,y,z,label) instead of a 4096-point paper ball.")
  Path points;

  @Option(
      names = "--cases",
      paramLabel = "NAME",
      split = ",",
      description =
          "render only: measure just these cases (for example 100000,window_20); the empty view"
              + " and the warm-up always run.")
  java.util.List<String> cases = new java.util.ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    switch (what) {
      case train:
        return train();
      case render:
        return render();
      case fxyz3d:
        return fxyz3d();
      case export:
        return export();
      case csv:
        return csv();
      case soak:
        return soak();
      case measures:
        try {
          MeasureBench.run(System.out);
        } catch (DataException e) {
          spec.commandLine().getErr().println(e.getMessage());
          return 2;
        }
        return 0;
      default:
        throw new IllegalStateException("unknown benchmark " + what);
    }
  }

  private int render() throws InterruptedException {
    try {
      RenderBenchmark.run(System.out, cases);
    } catch (SceneException | IllegalArgumentException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    }
    javafx.application.Platform.exit();
    return 0;
  }

  private int fxyz3d() throws InterruptedException {
    try {
      Fxyz3dBenchmark.run(System.out);
    } catch (SceneException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    }
    javafx.application.Platform.exit();
    return 0;
  }

  private int soak() throws InterruptedException {
    if (!(minutes > 0) || minutes > 24 * 60) {
      spec.commandLine().getErr().println("--minutes must be more than 0 and at most 1440");
      return 2;
    }
    try {
      SoakBenchmark.run(System.out, minutes);
    } catch (SceneException | java.io.IOException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    } finally {
      javafx.application.Platform.exit();
    }
    return 0;
  }

  private int export() throws InterruptedException {
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    try {
      javafx.application.Platform.startup(started::countDown);
    } catch (IllegalStateException alreadyRunning) {
      started.countDown();
    }
    started.await();
    try (ExportThreads threads = ExportThreads.standard()) {
      ExportBenchmark.run(System.out, threads);
    } catch (SceneException | ExportException | java.io.IOException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    } finally {
      javafx.application.Platform.exit();
    }
    return 0;
  }

  @Option(
      names = "--full",
      description = "bench csv: also read 100,000 rows × 1,024 features (about 900 MB on disk).")
  boolean full;

  private int csv() {
    try {
      org.uncrumple.bench.CsvBench.run(full, System.out);
    } catch (java.io.IOException e) {
      spec.commandLine()
          .getErr()
          .println("the benchmark files cannot be written: " + e.getMessage());
      return 2;
    }
    return 0;
  }

  private int train() {
    Dataset data;
    try {
      data =
          points != null
              ? CsvImport.read(points)
              : Generators.generate("paper-ball", Map.of("points", 2048, "seed", 1));
    } catch (DataException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    }
    if (data.dimensions() != 3 || data.classCount() != 2) {
      spec.commandLine()
          .getErr()
          .println(
              points
                  + ": bench train --points needs points in 3D (x, y, z) of two classes, for its"
                  + " networks 3-3-3-3-2 and 3-16-16-2; this file has "
                  + data.dimensions()
                  + " features and "
                  + data.classCount()
                  + " classes");
      return 2;
    }
    TrainBench.run(data.points(), data.labels(), System.out);
    Dataset digits;
    try {
      digits = LoadedScene.load(SceneReader.readBundled("digits.yaml")).dataset();
    } catch (SceneException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    }
    TrainBench.runWide(
        digits.points(), digits.dimensions(), digits.labels(), digits.classCount(), System.out);
    try {
      TrainerBench.run(System.out);
    } catch (DataException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
    return 0;
  }
}
