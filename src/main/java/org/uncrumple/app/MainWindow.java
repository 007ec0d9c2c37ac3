package org.uncrumple.app;

import static org.uncrumple.app.Actions.Group.FILE;
import static org.uncrumple.app.Actions.Group.HELP;
import static org.uncrumple.app.Actions.Group.VIEW;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SceneAntialiasing;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.uncrumple.data.Dataset;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.scene.BundledScenes;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneException;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.scene.SceneSpec;
import org.uncrumple.scene.Stages;
import org.uncrumple.scene.TourStep;
import org.uncrumple.scene.ViewSpec;
import org.uncrumple.train.Snapshot;

/**
 * The explorer window's layout: menus and the network strip on top, the 3D view in the centre, the
 * caption and tour controls below, the training panel on the right. Once a frame it moves the
 * points to where the navigator says, using the newest finished trace.
 *
 * <p>FX thread only; tracing runs on the {@link TraceWorker}'s thread.
 */
final class MainWindow extends BorderPane implements AutoCloseable {
  /**
   * Smooth edges cost about a third of the frame rate where OpenGL runs in software (Mesa's
   * llvmpipe); {@code -Duncrumple.antialiasing=false} turns them off.
   */
  final Viewport viewport =
      new Viewport(
          Boolean.parseBoolean(System.getProperty("uncrumple.antialiasing", "true"))
              ? SceneAntialiasing.BALANCED
              : SceneAntialiasing.DISABLED);

  final NetworkStrip strip;
  final TourBar tour;
  final TrainingPanel panel;
  private final Explorer explorer;
  private final StageNavigator navigator;
  private final TraceWorker worker;
  private final OutputLayer output = new OutputLayer();
  final Legend legend = new Legend();
  final HelpOverlay help = new HelpOverlay();
  final ThemeSetting theme;
  final PresenterMode presenter;
  final Actions actions;
  private final FramesPerSecond frameRate = new FramesPerSecond();
  private final AnimationTimer timer;
  private final SceneFiles files;
  private final ExecutorService loader =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "uncrumple-loader");
            thread.setDaemon(true);
            return thread;
          });
  private Map<Integer, String> tourCaptions = Map.of();
  private Traced traced;
  private float[] positions = new float[0];
  private int validPositions;
  private double drawnPosition = Double.NaN;
  private int captionStage = -1;
  private Snapshot captionFigures;
  private long lastUpdateNanos;

  MainWindow(Explorer explorer, TraceWorker worker) {
    this(explorer, worker, Preferences.userNodeForPackage(MainWindow.class));
  }

  /**
   * @param preferences where recent files and the theme are remembered (tests pass a node of their
   *     own)
   */
  MainWindow(Explorer explorer, TraceWorker worker, Preferences preferences) {
    this.explorer = explorer;
    this.navigator = explorer.navigator();
    this.worker = worker;
    strip = new NetworkStrip(navigator);
    tour = new TourBar(navigator, viewport);
    panel = new TrainingPanel(explorer, frameRate);
    getStyleClass().add("main-window");
    files =
        new SceneFiles(
            explorer,
            this::currentScene,
            new RecentFiles(preferences),
            loader,
            () -> getScene() == null ? null : getScene().getWindow());
    tour.picture.setOnAction(e -> savePicture());
    setOnDragOver(files::dragOver);
    setOnDragDropped(files::dropped);
    viewport.content().getChildren().addAll(output.nodes());

    theme = new ThemeSetting(preferences, this);
    presenter = new PresenterMode(this, navigator);
    actions = actions();
    MenuBar menuBar = actions.menuBar();
    presenter.hideWhilePresenting(menuBar, panel, tour.controls);
    setTop(new VBox(menuBar, strip));
    StackPane centre = new StackPane(viewport, legend, help);
    StackPane.setAlignment(legend, Pos.TOP_LEFT);
    setCenter(centre);
    setBottom(tour);
    setRight(panel);

    explorer
        .sceneProperty()
        .addListener(
            (o, before, after) -> {
              if (after != null) {
                show(after);
              }
            });
    addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    addEventFilter(KeyEvent.KEY_TYPED, this::key);
    timer =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            frame(now);
          }
        };
    timer.start();
    if (explorer.scene() != null) {
      show(explorer.scene());
    }
  }

  /**
   * The table of actions, from which the menus, the keys, the buttons' tooltips and the help are
   * made; the tour bar and the training panel add their own. A new command or on/off setting is one
   * line in its group (see {@link Actions}).
   */
  private Actions actions() {
    Actions table = new Actions();
    table.add(
        FILE,
        "_New from the gallery…",
        "Shortcut+N",
        "Open a lesson from the gallery",
        this::openGallery);
    table.add(
        FILE,
        "_Open…",
        "Shortcut+O",
        "Open a scene or your own points (CSV)",
        files::chooseAndOpen);
    table.submenu(FILE, files.recentMenu());
    table.separator(FILE);
    table.add(
        FILE,
        "_Save scene as…",
        "Shortcut+Shift+S",
        "Save the scene with its trained weights",
        files::chooseAndSaveScene);
    table.add(
        FILE, "Save _model…", "Shortcut+M", "Save the trained weights", files::chooseAndSaveModel);
    table.add(
        FILE, "_Load model…", "Shortcut+L", "Load trained weights", files::chooseAndLoadModel);
    table.separator(FILE);
    table.add(
        FILE,
        "_Export animation…",
        "Shortcut+E",
        "Film the view: MP4, GIF or PNG",
        this::exportAnimation);
    Action picture =
        table.add(
            FILE, "Save _picture…", "Shortcut+S", "Save a picture of the view", this::savePicture);
    table.add(
        FILE,
        "Export layer _coordinates…",
        "Shortcut+K",
        "Save every stage's coordinates as CSV",
        files::chooseAndExportLayers);
    table.separator(FILE);
    table.add(FILE, "_Quit", "Shortcut+Q", "Close the window", () -> getScene().getWindow().hide());
    tour.addActions(table);
    panel.addActions(table);
    table.add(VIEW, "Reset _camera", "Shortcut+0", "Put the camera back", viewport::resetView);
    table.toggle(
        VIEW,
        "_Presenter mode",
        "F11",
        "Presenter mode: full screen, large type",
        presenter.activeProperty());
    table.toggle(VIEW, "_Dark theme", "D", "Dark or light theme", theme.darkProperty());
    table.add(
        HELP, "_Keyboard shortcuts", "F1", "Show or hide this list of keys", help::toggle, "?");
    table.addAll(presenter.keys());
    Actions.explain(tour.picture, picture);
    help.list(table.all());
    return table;
  }

  /**
   * Space, the arrows, Home, End and ? (the actions' keys past their accelerators) work wherever
   * the focus is, so they are handled before the controls see them — except where a focused control
   * needs the key itself: Space presses a focused button or opens a choice box, and a focused
   * slider other than the tour's own keeps its arrows.
   */
  private void key(KeyEvent event) {
    if (event.isConsumed() || event.isShortcutDown() || event.isAltDown()) {
      return;
    }
    KeyCode code = event.getCode();
    Node focus = getScene() == null ? null : getScene().getFocusOwner();
    boolean controlOwnsKey =
        event.getEventType() == KeyEvent.KEY_PRESSED
            && (code == KeyCode.SPACE
                ? focus instanceof ButtonBase || focus instanceof ChoiceBox
                : focus instanceof Slider && focus != tour.slider);
    if (controlOwnsKey) {
      return;
    }
    actions
        .forOtherKey(event)
        .ifPresent(
            action -> {
              action.run().run();
              event.consume();
            });
  }

  private void show(LoadedScene loaded) {
    Dataset data = loaded.dataset();
    // Shuffled once, so the points drawn while the view moves are always a prefix: only those
    // need moving each frame (a million points cost the FX thread ~100 ms a frame otherwise).
    ShuffledPoints shuffled = ShuffledPoints.of(data.points(), data.labels(), data.size());
    positions = toFloats(shuffled.points());
    validPositions = data.size();
    viewport.pointCloud().setData(shuffled.labels(), data.size(), true);
    viewport.pointCloud().update(positions, data.size());
    worker.setPoints(shuffled.points(), data.size());
    strip.show(loaded.architecture());
    legend.show(data.classNames());
    traced = null;
    output.hide();
    int hidden = loaded.architecture().hidden().size();
    navigator.setStageCount(5 * hidden + 2);
    ViewSpec view = loaded.spec().view();
    navigator.scrubTo(Math.max(0, Stages.indexOf(view.stage(), hidden)));
    navigator.speedProperty().set(view.tourSpeed());
    navigator.loopProperty().set(view.loop());
    CameraPose pose = new CameraPose(view.yaw(), view.pitch(), view.distance(), 0, 0);
    viewport.setHomePose(pose);
    viewport.setCameraPose(pose);
    viewport.setAutoRotate(view.autoRotate());
    Map<Integer, String> captions = new HashMap<>();
    for (TourStep step : loaded.spec().tour()) {
      captions.put(Stages.indexOf(step.stage(), hidden), step.caption());
    }
    tourCaptions = captions;
    Set<String> hide = loaded.spec().hiddenControls();
    setRight(hide.contains("training-panel") ? null : panel);
    panel.hide(hide.contains("training-buttons"), hide.contains("training-settings"));
    drawnPosition = Double.NaN;
    captionStage = -1;
    tour.caption.setText(loaded.spec().title());
  }

  /** The open scene as it is now: settings, camera, stage and the newest weights. */
  SceneSpec currentScene() {
    LoadedScene loaded = explorer.scene();
    CameraPose pose = viewport.getCameraPose();
    List<String> stages = Stages.names(loaded.architecture().hidden().size());
    ViewSpec view =
        new ViewSpec(
            pose.yaw(),
            pose.pitch(),
            pose.distance(),
            stages.get(Math.min(navigator.nearestStage(), stages.size() - 1)),
            viewport.isAutoRotate(),
            navigator.speedProperty().get(),
            navigator.loopProperty().get());
    return loaded
        .spec()
        .withTraining(explorer.settingsProperty().get())
        .withView(view)
        .withRunning(explorer.trainingProperty().get())
        .withWeights(explorer.snapshot().copyOfNetwork());
  }

  private void exportAnimation() {
    new ExportDialog(explorer, viewport.getCameraPose(), getScene().getWindow()).show();
  }

  private void savePicture() {
    new ExportDialog(explorer, viewport.getCameraPose(), getScene().getWindow()).forStill().show();
  }

  SceneFiles files() {
    return files;
  }

  private void openGallery() {
    try {
      List<BundledScenes.Entry> entries = BundledScenes.entries();
      new GalleryDialog(entries, getScene().getWindow())
          .choose()
          .ifPresent(
              entry ->
                  files.openBundled(() -> LoadedScene.load(SceneReader.readBundled(entry.file()))));
    } catch (SceneException e) {
      explorer.report(e.getMessage());
    }
  }

  private void frame(long now) {
    frameRate.pulse(now);
    explorer.pulse(now);
    navigator.tick(now);
    worker.offer(explorer.snapshot());
    Traced fresh = worker.take();
    Throwable failure = worker.takeFailure();
    if (failure != null) {
      explorer.report("The view could not follow the newest weights: " + failure.getMessage());
    }
    if (fresh != null) {
      traced = fresh;
      drawnPosition = Double.NaN;
    }
    if (traced == null) {
      return;
    }
    double position = navigator.position();
    if (position != drawnPosition || viewport.pointCloud().shownCount() > validPositions) {
      draw(position);
      drawnPosition = position;
    }
  }

  private void draw(double position) {
    long start = System.nanoTime();
    int lastPathStage = traced.path().stageCount() - 1;
    int count = traced.path().pointCount();
    // The points drawn now, and room to grow; at rest the view asks for more and gets them here.
    validPositions = Math.min(count, Math.max(2 * viewport.pointCloud().shownCount(), 20_000));
    traced.path().positionsAt(Math.min(position, lastPathStage), positions, validPositions);
    viewport.pointCloud().update(positions, count);
    lastUpdateNanos = System.nanoTime() - start;
    output.show(traced, position);
    int stage = (int) Math.ceil(position - 1e-6);
    Snapshot figures = explorer.figuresProperty().get();
    if (stage != captionStage || figures != captionFigures) {
      captionStage = stage;
      captionFigures = figures;
      LoadedScene loaded = explorer.scene();
      List<Activation> activations =
          loaded.architecture().hidden().stream().map(LayerSpec::activation).toList();
      String teacher = tourCaptions.get(stage);
      tour.caption.setText(
          teacher != null
              ? teacher
              : Captions.of(
                  traced, stage, activations, loaded.dataset().classNames(), figures.accuracy()));
    }
  }

  /** Whether a trace of the current weights has arrived and the points follow the stages. */
  boolean hasTrace() {
    return traced != null;
  }

  /** Whether the decision plane is drawn now. */
  boolean planeShown() {
    return output.planeShown();
  }

  /** FX-thread time of the last frame's point update: interpolation plus the mesh write. */
  long lastUpdateNanos() {
    return lastUpdateNanos;
  }

  private static float[] toFloats(double[] values) {
    float[] result = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = (float) values[i];
    }
    return result;
  }

  @Override
  public void close() {
    theme.close();
    timer.stop();
    worker.close();
    loader.shutdownNow();
  }
}
