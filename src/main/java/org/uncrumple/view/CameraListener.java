package org.uncrumple.view;

/** Hears where the viewport's camera is whenever it moves, for lines that face it. */
@FunctionalInterface
interface CameraListener {
  /**
   * @param cameraFrame the camera's axes and eye, as {@link OrbitCamera#frame}; read it at once
   * @param lineDistance the camera distance to size lines for ({@link LineMesh#orient}): the
   *     camera's own, or more where edges are not smoothed (see {@link Viewport#ROUGH_LINE_WIDTH})
   */
  void moved(double[] cameraFrame, double lineDistance);
}
