package org.uncrumple.view;

import java.util.List;
import java.util.Set;
import org.uncrumple.data.Dataset;
import org.uncrumple.geometry.StagePath;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.Show;
import org.uncrumple.scene.Stages;
import org.uncrumple.scene.TourStep;
import org.uncrumple.train.Snapshot;

/**
 * One set of weights made ready for export: the scene's points followed through every stage, as the
 * window draws them, plus the words the window would show for each stage.
 *
 * <p>Built on any thread (the export's worker); immutable afterwards. The same snapshot and the
 * same previous trace always give the same trace, which is what makes exported frames repeatable.
 */
public final class ExportTrace {
  final Traced traced;
  private final LoadedScene scene;

  private ExportTrace(Traced traced, LoadedScene scene) {
    this.traced = traced;
    this.scene = scene;
  }

  /**
   * Follows the scene's points through the snapshot's layers.
   *
   * @param previous the trace of the frame before (its projections keep their signs, so a
   *     time-lapse does not flip between frames), or null
   */
  public static ExportTrace of(LoadedScene scene, Snapshot snapshot, ExportTrace previous) {
    return of(scene, snapshot, previous, Show.DEFAULT);
  }

  /**
   * Follows the scene's points, and the sheets, lattice and decision surface that {@code show} asks
   * for, through the snapshot's layers. The first trace of a film also measures every stage, for
   * the captions.
   */
  public static ExportTrace of(
      LoadedScene scene, Snapshot snapshot, ExportTrace previous, Set<Show> show) {
    Dataset data = scene.dataset();
    SceneGeometry geometry =
        SceneGeometry.of(
            data,
            data.labels(),
            show.contains(Show.SURFACE),
            show.contains(Show.PROBES) ? snapshot.copyOfNetwork() : null);
    Traced traced =
        Traced.of(
            snapshot,
            data.points(),
            data.size(),
            previous == null ? null : previous.traced,
            geometry,
            previous == null);
    return new ExportTrace(traced, scene);
  }

  /** Stages a clip can stop at: the input, five steps per hidden layer, then the output. */
  public int stageCount() {
    return traced.stageCount();
  }

  /** "input", "layer2.stretch", … and "output" for the last stage. */
  public String stageId(int stage) {
    return stage >= traced.path().stageCount() ? "output" : traced.path().stageId(stage);
  }

  /** The weights this trace shows. */
  public Snapshot snapshot() {
    return traced.snapshot();
  }

  /**
   * The caption of {@code stage} as {@link #caption(int)}, with the grand tour's sentence when
   * {@code grandTour} and the tour turns that stage (a layer boundary wider than three).
   */
  public String caption(int stage, boolean grandTour) {
    String words = caption(stage);
    StagePath path = traced.path();
    boolean turned =
        grandTour
            && stage < path.stageCount()
            && path.isLayerBoundary(stage)
            && path.widthOf(stage) > 3;
    return turned ? words + Captions.grandTour(path.widthOf(stage)) : words;
  }

  /**
   * The caption the window shows at {@code stage}: the scene's own tour caption for that stage if
   * it has one, else the generated one with this snapshot's numbers.
   */
  public String caption(int stage) {
    int hidden = scene.architecture().hidden().size();
    for (TourStep step : scene.spec().tour()) {
      if (Stages.indexOf(step.stage(), hidden) == stage) {
        return step.caption();
      }
    }
    List<Activation> activations =
        scene.architecture().hidden().stream().map(LayerSpec::activation).toList();
    return Captions.of(
        traced, stage, activations, scene.dataset().classNames(), traced.snapshot().accuracy());
  }
}
