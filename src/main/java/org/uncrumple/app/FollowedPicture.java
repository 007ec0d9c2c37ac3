package org.uncrumple.app;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.ImageShape;
import org.uncrumple.data.Normalisation;
import org.uncrumple.view.PixelPicture;

/**
 * The picture of a followed point when a scene's features are pixels ({@code dataset.image}): the
 * point as it is now beside its coordinates, and after a nudge the original, the nudged picture and
 * what changed pixel by pixel. Pictures are drawn from raw values, the data's own units (grey
 * levels 0 to 16 for the digits), which the dataset's {@link Normalisation} gives back.
 *
 * <p>In a scene of other data both parts stay hidden. FX thread only.
 */
final class FollowedPicture {
  final ImageView now = view("follow-picture");
  final ImageView before = view("nudge-before");
  final ImageView after = view("nudge-after");
  final ImageView change = view("nudge-change");
  private final Label beforeLabel = caption("Before");
  private final Label afterLabel = caption("After");
  private final Label changeLabel = caption("Change");
  private final Label changeNote = new Label();
  private final VBox nudged;
  private PixelPicture painter;
  private Normalisation normalisation;

  FollowedPicture() {
    HBox three =
        new HBox(
            column(before, beforeLabel), column(after, afterLabel), column(change, changeLabel));
    three.getStyleClass().add("nudge-pictures");
    changeNote.setWrapText(true);
    changeNote.getStyleClass().add("nudge-change-note");
    changeNote.setId("nudge-change-note");
    nudged = new VBox(three, changeNote);
    nudged.getStyleClass().add("nudge-box");
    nudged.setId("nudge-box");
    setShown(now, false);
    setShown(nudged, false);
  }

  /** A new scene: pictures when its features are the pixels of {@code image}, else none. */
  void setScene(Dataset data, Optional<ImageShape> image) {
    painter = image.map(shape -> PixelPicture.of(data, shape)).orElse(null);
    normalisation = data.normalisation();
    clear();
  }

  boolean isImage() {
    return painter != null;
  }

  /** The followed point's picture, shown beside its coordinates. */
  Node picture() {
    return now;
  }

  /** The three pictures of a nudge and their note, shown under the probabilities. */
  Node nudged() {
    return nudged;
  }

  /** Draws the point at normalised input coordinates; the last nudge's pictures go. */
  void show(double[] input) {
    setShown(nudged, false);
    if (painter == null) {
      return;
    }
    now.setImage(painter.draw(normalisation.toRaw(input)));
    setShown(now, true);
  }

  /**
   * Shows what a nudge did to the picture: the start, the end and their difference.
   *
   * @param start normalised input where the nudge began
   * @param end where it ended
   * @param from how the network read the start, e.g. “3”
   * @param to how it reads the end
   */
  void showNudge(double[] start, double[] end, String from, String to) {
    if (painter == null) {
      return;
    }
    double[] rawStart = normalisation.toRaw(start);
    double[] rawEnd = normalisation.toRaw(end);
    before.setImage(painter.draw(rawStart));
    after.setImage(painter.draw(rawEnd));
    change.setImage(painter.change(rawStart, rawEnd));
    beforeLabel.setText("Before: " + from);
    afterLabel.setText("After: " + to);
    changeNote.setText(changeNote(rawStart, rawEnd));
    setShown(nudged, true);
  }

  /** The sentence under the three pictures, for tests. */
  String changeNote() {
    return nudged.isVisible() ? changeNote.getText() : "";
  }

  void clear() {
    now.setImage(null);
    setShown(now, false);
    setShown(nudged, false);
  }

  private String changeNote(double[] rawStart, double[] rawEnd) {
    double largest = PixelPicture.largestChange(rawStart, rawEnd);
    double range = Math.abs(painter.ink() - painter.paper());
    String text =
        String.format(
            Locale.ROOT,
            "Change: orange where the nudge added ink, purple where it took ink away. No pixel"
                + " moved more than %s of the %s grey levels; the network looked only at which"
                + " side of its boundary the point fell.",
            number(largest),
            number(range));
    if (painter.outsideRange(rawEnd)) {
      text +=
          String.format(
              Locale.ROOT,
              " Some nudged pixels left %s–%s; they are drawn at the nearest end.",
              number(Math.min(painter.paper(), painter.ink())),
              number(Math.max(painter.paper(), painter.ink())));
    }
    return text;
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private static ImageView view(String id) {
    ImageView view = new ImageView();
    view.setSmooth(false);
    view.setId(id);
    view.getStyleClass().add("pixel-picture");
    return view;
  }

  private static Label caption(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("nudge-caption");
    label.setWrapText(true);
    label.setMaxWidth(8 * PixelPicture.ZOOM + 16);
    return label;
  }

  private static VBox column(ImageView view, Label label) {
    VBox box = new VBox(view, label);
    box.getStyleClass().add("nudge-picture");
    return box;
  }

  private static void setShown(Node node, boolean shown) {
    node.setVisible(shown);
    node.setManaged(shown);
  }
}
