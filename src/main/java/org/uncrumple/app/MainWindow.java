package org.uncrumple.app;

import static org.uncrumple.app.actions.Actions.Group.FILE;
import static org.uncrumple.app.actions.Actions.Group.HELP;
import static org.uncrumple.app.actions.Actions.Group.LESSONS;
import static org.uncrumple.app.actions.Actions.Group.VIEW;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SceneAntialiasing;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.uncrumple.app.actions.Action;
import org.uncrumple.app.actions.Actions;
import org.uncrumple.app.actions.ShowToggles;
import org.uncrumple.app.files.ExportDialog;
import org.uncrumple.app.files.GalleryDialog;
import org.uncrumple.app.files.RecentFiles;
import org.uncrumple.app.files.SceneFiles;
import org.uncrumple.app.help.AboutDialog;
import org.uncrumple.app.help.HelpOverlay;
import org.uncrumple.app.lessons.LessonsMenu;
import org.uncrumple.app.look.PresenterMode;
import org.uncrumple.app.look.ThemeSetting;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.app.model.StageNavigator;
import org.uncrumple.app.strip.NetworkStrip;
import org.uncrumple.app.strip.TourBar;
import org.uncrumple.app.training.FramesPerSecond;
import org.uncrumple.app.training.TrainingPanel;
import org.uncrumple.app.training.TrainingTimeline;
import org.uncrumple.data.Dataset;
import org.uncrumple.lessons.NeighbourDistance;
import org.uncrumple.lessons.Nudge;
import org.uncrumple.lessons.Probes;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;
import org.uncrumple.scene.BundledScenes;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneException;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.scene.SceneSpec;
import org.uncrumple.scene.Show;
import org.uncrumple.scene.Stages;
import org.uncrumple.scene.TourStep;
import org.uncrumple.scene.ViewSpec;
import org.uncrumple.train.Snapshot;
import org.uncrumple.view.CameraPose;
import org.uncrumple.view.Captions;
import org.uncrumple.view.Legend;
import org.uncrumple.view.OutputLayer;
import org.uncrumple.view.Overlays;
import org.uncrumple.view.PickProjection;
import org.uncrumple.view.PointCloud;
import org.uncrumple.view.SceneGeometry;
import org.uncrumple.view.ShuffledPoints;
import org.uncrumple.view.TraceWorker;
import org.uncrumple.view.Traced;
import org.uncrumple.view.Viewport;

/**
 * The explorer window's layout: menus and the network strip on top, the 3D view in the centre, the
 * caption and tour controls below, the training panel on the right. Once a frame it moves the
 * points to where the navigator says, using the newest finished trace.
 *
 * <p>FX thread only; tracing runs on the {@link TraceWorker}'s thread.
 */
public final class MainWindow extends BorderPane implements AutoCloseable {
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
  private final Overlays overlays = new Overlays();
  final ShowToggles toggles = new ShowToggles();
  final PointFollower follower = new PointFollower();
  final Label probeNote = new Label();
  final TrainingTimeline timeline;
  private final MenuBar menuBar;
  private SceneGeometry geometry;
  private Timeline nudging;
  private boolean describingProbes;
  private Double neighbourGap;
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

  /** How near the mouse a point must be drawn to be picked, in pixels. */
  static final double PICK_PIXELS = 8;

  private Map<Integer, String> tourCaptions = Map.of();
  private Traced traced;
  private float[] positions = new float[0];
  private double[] shuffledPoints = new double[0];
  private int validPositions;
  private double drawnPosition = Double.NaN;
  private int captionStage = -1;
  private Snapshot captionFigures;
  private long lastUpdateNanos;

  public MainWindow(Explorer explorer, TraceWorker worker) {
    this(explorer, worker, Preferences.userNodeForPackage(MainWindow.class));
  }

  /**
   * @param preferences where recent files and the theme are remembered (tests pass a node of their
   *     own)
   */
  public MainWindow(Explorer explorer, TraceWorker worker, Preferences preferences) {
    this.explorer = explorer;
    this.navigator = explorer.navigator();
    this.worker = worker;
    strip = new NetworkStrip(navigator);
    tour = new TourBar(navigator, viewport);
    panel = new TrainingPanel(explorer, frameRate);
    timeline = new TrainingTimeline(explorer::history);
    explorer.figuresProperty().addListener((o, before, after) -> timeline.refresh(after));
    timeline.liveProperty().addListener(o -> drawnPosition = Double.NaN);
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
    viewport.content().getChildren().addAll(overlays.nodes());
    viewport.content().getChildren().addAll(output.nodes());
    viewport.content().getChildren().addAll(follower.nodes());
    toggles.addListener(o -> showChanged());
    viewport.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    follower.stop.setOnAction(e -> stopFollowing());
    follower.nudge.setOnAction(e -> nudge());

    theme = new ThemeSetting(preferences, this);
    presenter = new PresenterMode(this, navigator);
    actions = actions();
    menuBar = actions.menuBar();
    presenter.hideWhilePresenting(menuBar, panel, tour.controls, timeline);
    setTop(new VBox(menuBar, strip));
    StackPane centre = new StackPane(viewport, legend, probeNote, follower.panel(), help);
    StackPane.setAlignment(probeNote, Pos.BOTTOM_LEFT);
    probeNote.getStyleClass().add("probe-note");
    probeNote.setWrapText(true);
    probeNote.setMaxWidth(420);
    probeNote.setMaxHeight(Region.USE_PREF_SIZE);
    probeNote.setMouseTransparent(true);
    probeNote.setVisible(false);
    StackPane.setAlignment(legend, Pos.TOP_LEFT);
    StackPane.setAlignment(follower.panel(), Pos.TOP_RIGHT);
    setCenter(centre);
    setBottom(new VBox(tour, timeline));
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
    table.separator(VIEW);
    for (Show show : Show.values()) {
      table.toggle(
          VIEW,
          ShowToggles.LABELS.get(show),
          ShowToggles.KEYS.get(show),
          "Show " + show.meaning(),
          toggles.property(show));
    }
    Menu lessons =
        LessonsMenu.create(explorer, () -> getScene() == null ? null : getScene().getWindow());
    String[] lessonKeys = {"Shortcut+1", "Shortcut+2", "Shortcut+3", "Shortcut+4"};
    for (int i = 0; i < lessons.getItems().size() && i < lessonKeys.length; i++) {
      MenuItem lesson = lessons.getItems().get(i);
      table.add(
          LESSONS,
          lesson.getText(),
          lessonKeys[i],
          "Open the lesson " + lesson.getText().replace("_", "").replace("…", ""),
          lesson::fire);
    }
    table.add(
        HELP, "_Keyboard shortcuts", "F1", "Show or hide this list of keys", help::toggle, "?");
    table.add(
        HELP,
        "_About Uncrumple",
        "Shortcut+F1",
        "Version, licence and the libraries inside",
        () -> AboutDialog.show(getScene() == null ? null : getScene().getWindow()));
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
    if (event.getCode() == KeyCode.ESCAPE && follower.isFollowing()) {
      stopFollowing();
      event.consume();
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
    shuffledPoints = shuffled.points();
    validPositions = data.size();
    viewport.pointCloud().setData(shuffled.labels(), data.size(), true);
    viewport.pointCloud().update(positions, data.size());
    ViewSpec view = loaded.spec().view();
    toggles.set(view.show());
    // Where the probes are does not depend on the weights; any network of the shape finds them.
    geometry =
        SceneGeometry.of(
            data,
            shuffled.labels(),
            view.show().contains(Show.SURFACE),
            Network.initialise(loaded.architecture(), 1));
    probeNote.setText("");
    stopFollowing();
    neighbourGap = null;
    timeline.goLive();
    overlays.setScene(geometry);
    worker.setPoints(shuffled.points(), data.size(), geometry);
    strip.show(loaded.architecture());
    legend.show(data.classNames());
    traced = null;
    output.hide();
    int hidden = loaded.architecture().hidden().size();
    navigator.setStageCount(5 * hidden + 2);
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
            navigator.loopProperty().get(),
            toggles.current());
    return loaded
        .spec()
        .withTraining(explorer.settingsProperty().get())
        .withView(view)
        .withRunning(explorer.trainingProperty().get())
        .withWeights(explorer.snapshot().copyOfNetwork());
  }

  private void exportAnimation() {
    new ExportDialog(explorer, viewport.getCameraPose(), getScene().getWindow(), toggles.current())
        .show();
  }

  private void savePicture() {
    new ExportDialog(explorer, viewport.getCameraPose(), getScene().getWindow(), toggles.current())
        .forStill()
        .show();
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
    Snapshot then = timeline.selected();
    worker.offer(then != null ? then : explorer.snapshot());
    Traced fresh = worker.take();
    Throwable failure = worker.takeFailure();
    if (failure != null) {
      explorer.report("The view could not follow the newest weights: " + failure.getMessage());
    }
    if (fresh != null) {
      if (traced == null || fresh.measures() != traced.measures()) {
        strip.showMeasures(fresh.measures(), fresh.characters());
        describeProbes(fresh);
      }
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
    overlays.show(traced, position, toggles.current());
    int stage = (int) Math.ceil(position - 1e-6);
    follower.update(
        traced, position, navigator.nearestStage(), explorer.scene().dataset().classNames());
    // Scrubbed back in training, the numbers are those of the moment shown.
    Snapshot figures = timeline.isLive() ? explorer.figuresProperty().get() : traced.snapshot();
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

  /**
   * A click that did not drag follows the point under the mouse: a data point if one is drawn
   * within a few pixels, else a vertex of a sheet; a click on empty space stops following.
   */
  private void clicked(MouseEvent event) {
    if (event.getButton() != MouseButton.PRIMARY
        || !event.isStillSincePress()
        || event.getClickCount() != 1
        || traced == null) {
      return;
    }
    followAt(event.getX(), event.getY());
  }

  /** Follows the point drawn nearest the view position (x, y); true if there was one. */
  boolean followAt(double x, double y) {
    PickProjection projection = viewport.projection();
    PointCloud cloud = viewport.pointCloud();
    if (toggles.current().contains(Show.POINTS) && cloud.node().isVisible()) {
      int drawn = Math.min(cloud.shownCount(), validPositions);
      int index = projection.nearest(positions, drawn, x, y, PICK_PIXELS);
      if (index >= 0) {
        follow(index);
        return true;
      }
    }
    if (overlays.sheetsShown()) {
      float[] sheetPositions = overlays.sheetPositions();
      int vertex = projection.nearest(sheetPositions, sheetPositions.length / 3, x, y, PICK_PIXELS);
      if (vertex >= 0) {
        int sheet = 0;
        while (geometry.sheetStarts()[sheet + 1] <= vertex) {
          sheet++;
        }
        int label = geometry.sheets().get(sheet).label();
        double[] input = new double[3];
        System.arraycopy(geometry.sheetVertices(), 3 * vertex, input, 0, 3);
        follower.follow(input, label, "A spot on the sheet of " + className(label));
        drawnPosition = Double.NaN;
        return true;
      }
    }
    stopFollowing();
    return false;
  }

  /** Follows data point {@code index} (in the window's shuffled order). */
  void follow(int index) {
    double[] input = new double[3];
    System.arraycopy(shuffledPoints, 3 * index, input, 0, 3);
    int label = geometry.labels()[index];
    follower.follow(input, label, "A point of " + className(label));
    drawnPosition = Double.NaN;
  }

  void stopFollowing() {
    if (nudging != null) {
      nudging.stop();
      nudging = null;
    }
    follower.clear();
  }

  /**
   * The adversarial nudge: moves the followed point's input by small gradient steps towards the
   * other class until the network's answer flips, animating the move through every stage, and says
   * how far it went against the usual gap between neighbouring points.
   */
  void nudge() {
    if (!follower.isFollowing() || traced == null) {
      return;
    }
    if (nudging != null) {
      nudging.stop();
    }
    Nudge.Result result =
        Nudge.towardsOtherClass(traced.snapshot().copyOfNetwork(), follower.input());
    if (neighbourGap == null) {
      neighbourGap = NeighbourDistance.median(explorer.scene().dataset(), 500);
    }
    List<double[]> path = result.path();
    int frames = Math.min(60, path.size());
    Timeline motion = new Timeline();
    for (int f = 1; f <= frames; f++) {
      double[] at = path.get((int) Math.round(f * (path.size() - 1) / (double) frames));
      motion
          .getKeyFrames()
          .add(
              new KeyFrame(
                  Duration.millis(30 * f),
                  e -> {
                    follower.moveTo(at);
                    drawnPosition = Double.NaN;
                  }));
    }
    double gap = neighbourGap;
    String said = className(result.finalClass());
    motion.setOnFinished(
        e ->
            follower.setNote(
                result.flipped()
                    ? String.format(
                        Locale.ROOT,
                        "Nudged %.3f, about %.0f× the usual gap between neighbouring points"
                            + " (%.3f): the network now says %s. A small move in the input"
                            + " carried the point across the decision surface.",
                        result.distance(),
                        result.distance() / gap,
                        gap,
                        said)
                    : String.format(
                        Locale.ROOT,
                        "Moved %.3f without changing the network's answer (%s).",
                        result.distance(),
                        said)));
    nudging = motion;
    motion.play();
  }

  private String className(int label) {
    List<String> names = explorer.scene().dataset().classNames();
    return label < names.size() ? "“" + names.get(label) + "”" : "class " + (label + 1);
  }

  /**
   * What the network says about the probes, under the view, while they are shown. The answers are
   * worked out on the loader thread (finding each probe's distance to the data grows with the
   * points); at most one such job is queued at a time.
   */
  private void describeProbes(Traced now) {
    boolean on = toggles.current().contains(Show.PROBES) && geometry.probes().length > 0;
    probeNote.setVisible(on);
    if (!on || describingProbes) {
      return;
    }
    describingProbes = true;
    Network network = now.snapshot().copyOfNetwork();
    Dataset data = explorer.scene().dataset();
    loader.execute(
        () -> {
          String text;
          try {
            text =
                Probes.caption(
                    Probes.sample(
                            network,
                            data,
                            SceneGeometry.PROBES,
                            SceneGeometry.PROBE_DISTANCE,
                            SceneGeometry.PROBE_SEED)
                        .summary());
          } catch (RuntimeException e) {
            text = "The probes could not be asked: " + e.getMessage();
          }
          String said = text;
          Platform.runLater(
              () -> {
                describingProbes = false;
                if (explorer.scene() != null && explorer.scene().dataset() == data) {
                  probeNote.setText(said);
                }
              });
        });
  }

  /** The switches changed: draw again, and trace again if the decision surface is now wanted. */
  private void showChanged() {
    Set<Show> on = toggles.current();
    viewport.pointCloud().node().setVisible(on.contains(Show.POINTS));
    worker.setSurface(on.contains(Show.SURFACE));
    if (traced != null) {
      describeProbes(traced);
    }
    drawnPosition = Double.NaN;
  }

  MenuBar menuBar() {
    return menuBar;
  }

  /** The trace drawn now, or null before the first. */
  Traced traced() {
    return traced;
  }

  /** Where data point {@code index} (in the window's shuffled order) is drawn now. */
  float[] drawnPosition(int index) {
    return new float[] {positions[3 * index], positions[3 * index + 1], positions[3 * index + 2]};
  }

  /** The input coordinates of data point {@code index} (in the window's shuffled order). */
  double[] inputOf(int index) {
    double[] input = new double[3];
    System.arraycopy(shuffledPoints, 3 * index, input, 0, 3);
    return input;
  }

  /** What the view draws besides the points, for tests. */
  Overlays overlays() {
    return overlays;
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
