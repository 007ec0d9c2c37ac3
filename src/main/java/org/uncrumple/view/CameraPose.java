package org.uncrumple.view;

/**
 * Where the viewport's camera looks from: an orbit around the origin of the data.
 *
 * <p>Data coordinates are right-handed with y up. At yaw 0 and pitch 0 the camera sits on the +z
 * axis looking at the origin; positive yaw swings it towards +x, positive pitch lifts it above the
 * xz plane. The pan shifts the camera in its own screen plane (x right, y up), in data units, so
 * the origin appears off-centre by that much.
 *
 * @param yaw degrees around the vertical axis
 * @param pitch degrees above the horizontal plane, within ±{@value OrbitCamera#MAX_PITCH}
 * @param distance from the camera to the orbit centre, in data units
 * @param panX sideways shift of the camera, in data units
 * @param panY upwards shift of the camera, in data units
 */
public record CameraPose(double yaw, double pitch, double distance, double panX, double panY) {

  /** The view a scene opens with: a three-quarter view from slightly above, data framed whole. */
  public static final CameraPose DEFAULT = new CameraPose(30, 20, 8, 0, 0);
}
