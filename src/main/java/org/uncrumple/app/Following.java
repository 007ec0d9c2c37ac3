package org.uncrumple.app;

import java.util.List;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.uncrumple.app.model.Explorer;
import org.uncrumple.lessons.NeighbourDistance;
import org.uncrumple.lessons.Nudge;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.view.LivePicture;

/**
 * Following one point through the network: picking it with a click, letting it go, and the
 * adversarial nudge, which moves the followed point's input by small gradient steps towards the
 * other class until the network's answer flips (Goodfellow et al. 2015, "Explaining and harnessing
 * adversarial examples").
 *
 * <p>FX thread only.
 */
final class Following {
  private final LivePicture picture;
  private final PointFollower follower;
  private final Explorer explorer;
  private Timeline nudging;
  private Double neighbourGap;

  Following(LivePicture picture, PointFollower follower, Explorer explorer) {
    this.picture = picture;
    this.follower = follower;
    this.explorer = explorer;
  }

  /**
   * A new scene: nothing is followed, the gap between neighbours is measured again, and a followed
   * point is drawn as its picture if the scene's features are pixels.
   */
  void sceneChanged(LoadedScene scene) {
    stop();
    neighbourGap = null;
    follower.picture.setScene(scene.dataset(), scene.spec().dataset().image());
  }

  /**
   * Follows the point drawn nearest the view position (x, y): a data point if one is drawn within a
   * few pixels, else a vertex of a sheet; with neither, it stops following.
   *
   * @return true if there was a point to follow
   */
  boolean followAt(double x, double y) {
    int index = picture.pointAt(x, y);
    if (index >= 0) {
      follow(index);
      return true;
    }
    LivePicture.SheetSpot test = picture.testPointAt(x, y);
    if (test != null) {
      follower.follow(
          test.input(),
          test.label(),
          "A test point of "
              + className(test.label())
              + ", held out: the network never trained on it");
      picture.invalidate();
      return true;
    }
    LivePicture.SheetSpot spot = picture.sheetSpotAt(x, y);
    if (spot != null) {
      follower.follow(
          spot.input(), spot.label(), "A spot on the sheet of " + className(spot.label()));
      picture.invalidate();
      return true;
    }
    stop();
    return false;
  }

  /** Follows data point {@code index} (in the picture's shuffled order). */
  void follow(int index) {
    int label = picture.labelOf(index);
    follower.follow(picture.inputOf(index), label, "A point of " + className(label));
    picture.invalidate();
  }

  void stop() {
    if (nudging != null) {
      nudging.stop();
      nudging = null;
    }
    follower.clear();
  }

  /**
   * Nudges the followed point across the decision surface, animating the move through every stage,
   * and says how far it went against the usual gap between neighbouring points.
   */
  void nudge() {
    if (!follower.isFollowing() || picture.traced() == null) {
      return;
    }
    if (nudging != null) {
      nudging.stop();
    }
    Nudge.Result result =
        Nudge.towardsOtherClass(picture.traced().snapshot().copyOfNetwork(), follower.input());
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
                    picture.invalidate();
                  }));
    }
    double gap = neighbourGap;
    String said = className(result.finalClass());
    String was = className(result.fromClass());
    motion.setOnFinished(
        e -> {
          follower.setNote(note(result, gap, said));
          follower.picture.showNudge(result.start(), result.end(), was, said);
        });
    nudging = motion;
    motion.play();
  }

  private static String note(Nudge.Result result, double gap, String said) {
    return result.flipped()
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
            said);
  }

  private String className(int label) {
    List<String> names = explorer.scene().dataset().classNames();
    return label < names.size() ? "“" + names.get(label) + "”" : "class " + (label + 1);
  }
}
