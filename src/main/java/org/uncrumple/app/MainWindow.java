package org.uncrumple.app;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.SceneAntialiasing;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.uncrumple.app.actions.Actions;
import org.uncrumple.app.actions.ShowToggles;
import org.uncrumple.app.files.RecentFiles;
import org.uncrumple.app.files.SceneFiles;
import org.uncrumple.app.help.HelpOverlay;
import org.uncrumple.app.look.PresenterMode;
import org.uncrumple.app.look.SmoothEdges;
import org.uncrumple.app.look.ThemeSetting;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.app.model.StageNavigator;
import org.uncrumple.app.strip.GrandTourControls;
import org.uncrumple.app.strip.NetworkStrip;
import org.uncrumple.app.strip.TourBar;
import org.uncrumple.app.training.DataControls;
import org.uncrumple.app.training.FramesPerSecond;
import org.uncrumple.app.training.TrainingPanel;
import org.uncrumple.app.training.TrainingTimeline;
import org.uncrumple.data.Dataset;
import org.uncrumple.nn.Network;
import org.uncrumple.scene.DatasetSpec;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneSpec;
import org.uncrumple.scene.Show;
import org.uncrumple.scene.Stages;
import org.uncrumple.scene.ViewSpec;
import org.uncrumple.train.Snapshot;
import org.uncrumple.train.TestFigures;
import org.uncrumple.view.CameraPose;
import org.uncrumple.view.Legend;
import org.uncrumple.view.LivePicture;
import org.uncrumple.view.Overlays;
import org.uncrumple.view.SceneGeometry;
import org.uncrumple.view.TourProjection;
import org.uncrumple.view.TraceWorker;
import org.uncrumple.view.Traced;
import org.uncrumple.view.Viewport;

/**
 * The explorer window's layout: menus and the network strip on top, the 3D view in the centre, the
 * caption and tour controls below, the training panel on the right. It assembles the parts and,
 * once a frame, hands the newest finished trace to the {@link LivePicture} and moves it to where
 * the navigator says.
 *
 * <p>FX thread only; tracing runs on the {@link TraceWorker}'s thread.
 */
public final class MainWindow extends BorderPane implements AutoCloseable {
  /** The 3D view; its edges are smoothed as {@link #smoothEdges} says. */
  public final Viewport viewport;

  public final NetworkStrip strip;
  public final TourBar tour;
  public final GrandTourControls grandTour;
  public final TrainingPanel panel;
  public final ShowToggles toggles = new ShowToggles();
  public final PointFollower follower = new PointFollower();
  public final ProbeNote probeNote;
  public final TrainingTimeline timeline;
  public final Legend legend = new Legend();
  public final HelpOverlay help = new HelpOverlay();
  public final ThemeSetting theme;

  /** Whether the 3D view smooths its edges: off by itself where OpenGL runs on the processor. */
  public final SmoothEdges smoothEdges;

  public final PresenterMode presenter;
  public final Actions actions;
  private final Explorer explorer;
  private final StageNavigator navigator;
  private final TraceWorker worker;
  private final LivePicture picture;
  private final Following following;
  private final MenuBar menuBar;
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

  private final StageCaption caption;
  private final Preferences preferences;

  /**
   * @param preferences where recent files and the theme are remembered: the user's in the program,
   *     a {@link org.uncrumple.app.look.MemoryPreferences} in tests and benchmarks
   */
  public MainWindow(Explorer explorer, TraceWorker worker, Preferences preferences) {
    this.preferences = preferences;
    smoothEdges = new SmoothEdges(preferences);
    viewport =
        new Viewport(
            smoothEdges.onProperty().get()
                ? SceneAntialiasing.BALANCED
                : SceneAntialiasing.DISABLED);
    smoothEdges.onProperty().addListener((o, before, after) -> viewport.setSmoothEdges(after));
    picture = new LivePicture(viewport);
    this.explorer = explorer;
    this.navigator = explorer.navigator();
    this.worker = worker;
    strip = new NetworkStrip(navigator);
    tour = new TourBar(navigator, viewport);
    grandTour = new GrandTourControls(picture.tour());
    panel = new TrainingPanel(explorer, frameRate);
    panel.addSection(new DataControls(explorer, this::remakeData));
    timeline = new TrainingTimeline(explorer::history);
    probeNote = new ProbeNote(explorer, loader);
    following = new Following(picture, follower, explorer);
    caption = new StageCaption(tour.caption);
    explorer.figuresProperty().addListener((o, before, after) -> timeline.refresh(after));
    timeline.liveProperty().addListener(o -> picture.invalidate());
    getStyleClass().add("main-window");
    files =
        new SceneFiles(
            explorer,
            this::currentScene,
            new RecentFiles(preferences),
            loader,
            () -> getScene() == null ? null : getScene().getWindow());
    setOnDragOver(files::dragOver);
    setOnDragDropped(files::dropped);
    viewport.content().getChildren().addAll(follower.nodes());
    toggles.addListener(o -> showChanged());
    viewport.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    follower.stop.setOnAction(e -> following.stop());
    follower.nudge.setOnAction(e -> following.nudge());

    theme = new ThemeSetting(preferences, this);
    presenter = new PresenterMode(this, navigator);
    actions = WindowActions.of(this, explorer, files);
    menuBar = actions.menuBar();
    presenter.hideWhilePresenting(menuBar, panel, tour.controls, timeline);
    setTop(new VBox(menuBar, strip));
    StackPane centre =
        new StackPane(viewport, legend, probeNote, follower.panel(), grandTour, help);
    StackPane.setAlignment(legend, Pos.TOP_LEFT);
    StackPane.setAlignment(grandTour, Pos.BOTTOM_RIGHT);
    StackPane.setMargin(grandTour, new Insets(8));
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
    OtherKeys keys = new OtherKeys(actions, tour.slider, follower, following);
    addEventFilter(KeyEvent.KEY_PRESSED, keys);
    addEventFilter(KeyEvent.KEY_TYPED, keys);
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

  private void show(LoadedScene loaded) {
    Dataset data = loaded.dataset();
    ViewSpec view = loaded.spec().view();
    toggles.set(view.show());
    SceneGeometry geometry =
        picture.setScene(
            data, view.show().contains(Show.SURFACE), Network.initialise(loaded.architecture(), 1));
    probeNote.setText("");
    following.sceneChanged(loaded);
    timeline.goLive();
    // The switches may not have changed (a scene showing what the last one showed), and then told
    // the worker nothing: a fresh worker carried every overlay, the decision surface included.
    worker.setShown(toggles.current());
    worker.setPoints(picture.shuffledPoints(), data.size(), geometry);
    strip.show(loaded.architecture());
    legend.show(data.classNames());
    int hidden = loaded.architecture().hidden().size();
    navigator.setStageCount(5 * hidden + 2);
    navigator.scrubTo(Math.max(0, Stages.indexOf(view.stage(), hidden)));
    navigator.speedProperty().set(view.tourSpeed());
    navigator.loopProperty().set(view.loop());
    CameraPose pose = new CameraPose(view.yaw(), view.pitch(), view.distance(), 0, 0);
    viewport.setHomePose(pose);
    viewport.setCameraPose(pose);
    viewport.setAutoRotate(view.autoRotate());
    Set<String> hide = loaded.spec().hiddenControls();
    setRight(hide.contains("training-panel") ? null : panel);
    panel.hide(hide.contains("training-buttons"), hide.contains("training-settings"));
    picture.tour().setSceneSeed(loaded.spec().training().seed());
    picture.tour().grandTourProperty().set(view.grandTour());
    caption.setScene(loaded);
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
            toggles.current(),
            picture.tour().grandTourProperty().get()
                ? ViewSpec.GRAND_TOUR
                : ViewSpec.MAIN_DIRECTIONS);
    return loaded
        .spec()
        .withTraining(explorer.settingsProperty().get())
        .withView(view)
        .withRunning(explorer.trainingProperty().get())
        .withWeights(explorer.snapshot().copyOfNetwork());
  }

  /** The open scene with other data: made on the loader thread, then trained from fresh weights. */
  private void remakeData(DatasetSpec data) {
    SceneSpec spec = currentScene().withDataset(data).withWeights(null);
    files.openBundled(() -> LoadedScene.load(spec));
  }

  public SceneFiles files() {
    return files;
  }

  /** Where this window remembers things; the windows it opens remember there too. */
  Preferences preferences() {
    return preferences;
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
    if (fresh != null && picture.accept(fresh)) {
      strip.showMeasures(
          fresh.measures(),
          fresh.characters(),
          fresh.snapshot().test().map(TestFigures::accuracy).orElse(null));
      strip.showShapes(fresh.path());
      describeProbes();
    }
    picture.tour().advance(now);
    double position = navigator.position();
    if (picture.drawIfNeeded(position, toggles.current())) {
      drew(position);
    }
  }

  private void drew(double position) {
    Traced traced = picture.traced();
    int stage = (int) Math.ceil(position - 1e-6);
    follower.update(
        traced,
        position,
        navigator.nearestStage(),
        explorer.scene().dataset().classNames(),
        picture.tour());
    // Scrubbed back in training, the numbers are those of the moment shown.
    Snapshot figures = timeline.isLive() ? explorer.figuresProperty().get() : traced.snapshot();
    caption.show(traced, stage, figures, picture.tour().isTurning());
  }

  /** A click that did not drag follows the point under the mouse (see {@link Following}). */
  private void clicked(MouseEvent event) {
    if (event.getButton() != MouseButton.PRIMARY
        || !event.isStillSincePress()
        || event.getClickCount() != 1
        || picture.traced() == null) {
      return;
    }
    following.followAt(event.getX(), event.getY());
  }

  /** Follows the point drawn nearest the view position (x, y); true if there was one. */
  public boolean followAt(double x, double y) {
    return following.followAt(x, y);
  }

  /** Follows data point {@code index} (in the window's shuffled order). */
  public void follow(int index) {
    following.follow(index);
  }

  public void stopFollowing() {
    following.stop();
  }

  /** Nudges the followed point across the decision surface (see {@link Following#nudge}). */
  public void nudge() {
    following.nudge();
  }

  private void describeProbes() {
    Traced traced = picture.traced();
    if (traced != null) {
      probeNote.describe(traced, picture.geometry(), toggles.current().contains(Show.PROBES));
    }
  }

  /** The switches changed: draw again, and trace again if the decision surface is now wanted. */
  private void showChanged() {
    Set<Show> on = toggles.current();
    viewport.pointCloud().setVisible(on.contains(Show.POINTS));
    worker.setShown(on);
    describeProbes();
    picture.invalidate();
  }

  public MenuBar menuBar() {
    return menuBar;
  }

  /** The trace drawn now, or null before the first. */
  public Traced traced() {
    return picture.traced();
  }

  /** Where data point {@code index} (in the window's shuffled order) is drawn now. */
  public float[] drawnPosition(int index) {
    return picture.drawnPosition(index);
  }

  /** The input coordinates of data point {@code index} (in the window's shuffled order). */
  public double[] inputOf(int index) {
    return picture.inputOf(index);
  }

  /** What the view draws besides the points, for tests. */
  public Overlays overlays() {
    return picture.overlays();
  }

  /** Whether a trace of the current weights has arrived and the points follow the stages. */
  public boolean hasTrace() {
    return picture.traced() != null;
  }

  /** The grand tour: chosen or not, its speed and pause, and the frame it draws through. */
  public TourProjection grandTourProjection() {
    return picture.tour();
  }

  /** Whether the decision plane is drawn now. */
  public boolean planeShown() {
    return picture.planeShown();
  }

  /** FX-thread time of the last frame's point update: interpolation plus the mesh write. */
  public long lastUpdateNanos() {
    return picture.lastUpdateNanos();
  }

  @Override
  public void close() {
    theme.close();
    timer.stop();
    worker.close();
    loader.shutdownNow();
  }
}
