package org.uncrumple.scene;

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
 */
public record ViewSpec(
    double yaw,
    double pitch,
    double distance,
    String stage,
    boolean autoRotate,
    double tourSpeed,
    boolean loop) {

  /** The view a scene gets when it says nothing about it. */
  public static final ViewSpec DEFAULT = new ViewSpec(30, 20, 8, "input", false, 1, false);

  public ViewSpec withCamera(double newYaw, double newPitch, double newDistance) {
    return new ViewSpec(newYaw, newPitch, newDistance, stage, autoRotate, tourSpeed, loop);
  }

  public ViewSpec withStage(String newStage) {
    return new ViewSpec(yaw, pitch, distance, newStage, autoRotate, tourSpeed, loop);
  }
}
