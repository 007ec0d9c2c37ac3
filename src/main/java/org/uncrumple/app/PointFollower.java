package org.uncrumple.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Sphere;
import org.uncrumple.geometry.StageCoordinates;
import org.uncrumple.geometry.StagePath;
import org.uncrumple.nn.Network;
import org.uncrumple.scene.Stages;
import org.uncrumple.view.Palette;
import org.uncrumple.view.TourProjection;
import org.uncrumple.view.Traced;
import org.uncrumple.view.TubeMesh;

/**
 * One point followed through the network: its trail through every stage as a line in the view, a
 * marker where it is now, and a small panel with its true coordinates at the current stage and the
 * network's class probabilities for it.
 *
 * <p>The coordinates are the ones {@code uncrumple layers} writes ({@link StageCoordinates}): for a
 * stage wider than three all of them, not the 3D view of them. FX thread only.
 */
final class PointFollower {
  /** Trail points per stage, so the trail follows the turns smoothly. */
  static final int SAMPLES_PER_STAGE = 12;

  static final double TRAIL_RADIUS = 0.007;
  static final double MARKER_RADIUS = 0.035;

  private final TubeMesh trail = new TubeMesh(TRAIL_RADIUS, Color.gray(0.1, 0.9));
  private final Sphere marker = new Sphere(MARKER_RADIUS, 12);
  private final PhongMaterial markerMaterial = new PhongMaterial();
  private final VBox panel = new VBox();
  private final Label title = new Label();
  private final Label stageLine = new Label();
  private final Label coordinatesLine = new Label();
  private final VBox probabilities = new VBox();
  final Button stop = new Button("Stop following");
  final Button nudge = new Button("Nudge");
  private final Label note = new Label();
  private final HBox actions = new HBox(nudge, stop);
  final FollowedPicture picture = new FollowedPicture();
  private final HBox coordinatesRow = new HBox(picture.picture(), coordinatesLine);

  private double[] input;
  private int label;
  private Traced traced;
  private StagePath path;
  private double[] stageValues;
  private StageCoordinates stages;
  private float[] trailFloats = new float[0];
  private int shownStage = -1;
  private double[] shownCoordinates = new double[0];

  PointFollower() {
    marker.setMaterial(markerMaterial);
    marker.setMouseTransparent(true);
    marker.setVisible(false);
    panel.getStyleClass().add("follow-panel");
    panel.setId("follow-panel");
    title.getStyleClass().add("follow-title");
    title.setWrapText(true);
    stageLine.setWrapText(true);
    coordinatesLine.setWrapText(true);
    coordinatesLine.getStyleClass().add("follow-coordinates");
    coordinatesLine.setId("follow-coordinates");
    probabilities.getStyleClass().add("follow-probabilities");
    stop.setId("follow-stop");
    actions.setAlignment(Pos.CENTER_RIGHT);
    actions.getStyleClass().add("follow-actions");
    note.getStyleClass().add("follow-note");
    note.setWrapText(true);
    note.setId("follow-note");
    coordinatesRow.getStyleClass().add("follow-coordinates-row");
    setNote(null);
    panel
        .getChildren()
        .addAll(title, stageLine, coordinatesRow, probabilities, picture.nudged(), note, actions);
    panel.setVisible(false);
    panel.setManaged(false);
    panel.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
  }

  /** The trail and the marker, in data coordinates. */
  List<Node> nodes() {
    return List.of(trail.node(), marker);
  }

  /** The panel, to lay over a corner of the view. */
  VBox panel() {
    return panel;
  }

  /** The row of buttons under the numbers, for more actions on the followed point. */
  HBox actions() {
    return actions;
  }

  /**
   * Starts following a point given by its input coordinates.
   *
   * @param what how the panel names it, e.g. "Point 12 of “top sheet”"
   */
  void follow(double[] inputPoint, int classIndex, String what) {
    input = inputPoint.clone();
    label = classIndex;
    title.setText(what);
    Color colour = Palette.colour(classIndex);
    markerMaterial.setDiffuseColor(colour.deriveColor(0, 1, 0.8, 1));
    markerMaterial.setSpecularColor(Color.WHITE);
    traced = null;
    shownStage = -1;
    setNote(null);
    picture.show(input);
    panel.setVisible(true);
    panel.setManaged(true);
  }

  /** A sentence under the numbers (what a nudge did); null or empty to remove it. */
  void setNote(String text) {
    boolean shown = text != null && !text.isEmpty();
    note.setText(shown ? text : "");
    note.setVisible(shown);
    note.setManaged(shown);
  }

  String note() {
    return note.getText();
  }

  /** How the panel names the followed point. */
  String description() {
    return title.getText();
  }

  /** Moves the followed point to new input coordinates (it is being nudged). */
  void moveTo(double[] inputPoint) {
    input = inputPoint.clone();
    picture.show(input);
    traced = null;
    shownStage = -1;
  }

  /** Stops following: the trail, marker and panel go. */
  void clear() {
    input = null;
    traced = null;
    picture.clear();
    trail.setVisible(false);
    marker.setVisible(false);
    panel.setVisible(false);
    panel.setManaged(false);
  }

  boolean isFollowing() {
    return input != null;
  }

  /** The followed point's input coordinates, or null. */
  double[] input() {
    return input == null ? null : input.clone();
  }

  int label() {
    return label;
  }

  /** The coordinates the panel shows now: every one of the current stage's. */
  double[] shownCoordinates() {
    return shownCoordinates.clone();
  }

  /** Shows the point as {@code now} has it at {@code position}. */
  void update(
      Traced now, double position, int stage, List<String> classNames, TourProjection tour) {
    if (input == null) {
      return;
    }
    if (now != traced) {
      traced = now;
      retrace(classNames);
    }
    int last = path.stageCount() - 1;
    float[] here = new float[3];
    // While the grand tour turns the picture, the marker turns with it; the trail, drawn along
    // the main directions, is hidden.
    boolean turning = tour.drawAlso(path, here, 1);
    if (!turning) {
      path.positionsAt(Math.min(position, last), here);
    }
    marker.setTranslateX(here[0]);
    marker.setTranslateY(here[1]);
    marker.setTranslateZ(here[2]);
    marker.setVisible(true);
    trail.setVisible(!turning);
    if (stage != shownStage) {
      shownStage = stage;
      showStage(stage, classNames);
    }
  }

  private void retrace(List<String> classNames) {
    Network network = traced.snapshot().copyOfNetwork();
    path = traced.path().forPoints(input, 1);
    stages = StageCoordinates.of(network);
    stageValues = stages.follow(input);
    int last = path.stageCount() - 1;
    int samples = last * SAMPLES_PER_STAGE + 1;
    if (trailFloats.length != 3 * samples) {
      trailFloats = new float[3 * samples];
      trail.setShape(1, samples);
    }
    float[] one = new float[3];
    for (int i = 0; i < samples; i++) {
      path.positionsAt(i / (double) SAMPLES_PER_STAGE, one);
      System.arraycopy(one, 0, trailFloats, 3 * i, 3);
    }
    trail.update(trailFloats);
    double[] p = network.probabilities(input, 1);
    probabilities.getChildren().clear();
    for (int c = 0; c < p.length; c++) {
      String name = c < classNames.size() ? classNames.get(c) : "class " + (c + 1);
      ProgressBar bar = new ProgressBar(p[c]);
      bar.setPrefWidth(90);
      bar.setStyle("-fx-accent: " + web(Palette.colour(c)) + ";");
      Label line = new Label(String.format(Locale.ROOT, "%s %.1f %%", name, 100 * p[c]), bar);
      line.getStyleClass().add("follow-probability");
      probabilities.getChildren().add(line);
    }
    shownStage = -1;
  }

  private void showStage(int stage, List<String> classNames) {
    int hidden = (stages.stageCount() - 2) / 5;
    String name = Stages.names(hidden).get(stage);
    int width = stages.widthOf(stage);
    int offset = stages.offsetOf(stage);
    shownCoordinates = new double[width];
    System.arraycopy(stageValues, offset, shownCoordinates, 0, width);
    boolean output = stage == stages.stageCount() - 1;
    stageLine.setText(
        output
            ? "At the output: one score (logit) per class"
            : "At " + name + ": " + width + (width == 1 ? " coordinate" : " coordinates"));
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      String axis =
          output
              ? (i < classNames.size() ? classNames.get(i) : "class " + (i + 1))
              : width <= 3 ? "xyz".substring(i, i + 1) : String.valueOf(i + 1);
      parts.add(String.format(Locale.ROOT, "%s %+.3f", axis, shownCoordinates[i]));
    }
    coordinatesLine.setText(String.join("   ", parts));
  }

  private static String web(Color colour) {
    return String.format(
        Locale.ROOT,
        "#%02x%02x%02x",
        Math.round(colour.getRed() * 255),
        Math.round(colour.getGreen() * 255),
        Math.round(colour.getBlue() * 255));
  }
}
