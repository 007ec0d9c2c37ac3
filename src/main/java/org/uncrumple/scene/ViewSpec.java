package org.uncrumple.scene;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a scene is first shown: where the camera is, which stage is on screen, and how the tour
 * plays.
 *
 * @param yaw camera angle around the vertical axis, degrees
 * @param pitch camera angle above the horizontal, degrees (−89 … 89)
 * @param distance camera distance from the centre, in data units (the data fill [-1, 1]³)
 * @param stage the stage shown when the scene opens
 * @param autoRotate whether the camera slowly circles the data
 * @param tourSpeed steps of the tour per second
 * @param loop whether the tour starts over after the output
 * @param show what the view draws
 * @param projection how a stage wider than three is seen: {@value #MAIN_DIRECTIONS} (its three main
 *     directions, PCA) or {@value #GRAND_TOUR} (a slowly turning grand tour of all of them)
 */
public record ViewSpec(
    double yaw,
    double pitch,
    double distance,
    String stage,
    boolean autoRotate,
    double tourSpeed,
    boolean loop,
    Set<Show> show,
    String projection) {

  /** A wide stage seen along its three main directions (PCA). */
  public static final String MAIN_DIRECTIONS = "main-directions";

  /** A wide stage seen through a grand tour. */
  public static final String GRAND_TOUR = "grand-tour";

  /** Copies {@code show}, so the record stays immutable; it iterates in {@link Show} order. */
  public ViewSpec {
    EnumSet<Show> copy = EnumSet.noneOf(Show.class);
    copy.addAll(show);
    show = Collections.unmodifiableSet(copy);
    if (!MAIN_DIRECTIONS.equals(projection) && !GRAND_TOUR.equals(projection)) {
      throw new IllegalArgumentException(
          "projection is " + MAIN_DIRECTIONS + " or " + GRAND_TOUR + ", not " + projection);
    }
  }

  /** Whether wide stages are seen through the grand tour. */
  public boolean grandTour() {
    return GRAND_TOUR.equals(projection);
  }

  public ViewSpec withProjection(String newProjection) {
    return new ViewSpec(
        yaw, pitch, distance, stage, autoRotate, tourSpeed, loop, show, newProjection);
  }

  /** The view a scene gets when it says nothing about it. */
  public static final ViewSpec DEFAULT =
      new ViewSpec(30, 20, 8, "input", false, 1, false, Show.DEFAULT, MAIN_DIRECTIONS);

  public ViewSpec withCamera(double newYaw, double newPitch, double newDistance) {
    return new ViewSpec(
        newYaw, newPitch, newDistance, stage, autoRotate, tourSpeed, loop, show, projection);
  }

  public ViewSpec withShow(Set<Show> newShow) {
    return new ViewSpec(
        yaw, pitch, distance, stage, autoRotate, tourSpeed, loop, newShow, projection);
  }

  public ViewSpec withStage(String newStage) {
    return new ViewSpec(
        yaw, pitch, distance, newStage, autoRotate, tourSpeed, loop, show, projection);
  }
}
