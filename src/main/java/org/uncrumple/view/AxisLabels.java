package org.uncrumple.view;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Affine;

/**
 * Names of the view's three axes in solid 3-D letters ({@link GlyphMeshes}, FXyz3D), beside the
 * edges of the cube [−1, 1]³: the x and z names below the bottom edges nearer the camera, the y
 * name up the vertical edge on the left. Each name lies along its axis, reads left to right (the y
 * name upwards) and turns about its axis to face the camera; only that turn is redone when the
 * camera moves, never the letters.
 *
 * <p>Letters are triangulated on the FX thread a few per pulse (at least one, then until {@value
 * #BUDGET_NANOS} ns have passed), so asking for new names never stalls a frame for long; the names
 * appear once all their letters are built. Each letter is built once for the viewport's lifetime.
 *
 * <p>FX thread only.
 */
public final class AxisLabels {
  /** Height of a capital letter in data units. */
  static final double LETTER_HEIGHT = 0.085;

  /** How far the names sit outside the cube's edges, in data units. */
  static final double MARGIN = 0.16;

  /** FX-thread time spent triangulating letters in one pulse, at most (beyond the first). */
  static final long BUDGET_NANOS = 8_000_000;

  private static final double SCALE = LETTER_HEIGHT / (0.73 * GlyphMeshes.FONT_SIZE);

  private final GlyphMeshes glyphs = new GlyphMeshes();
  private final Group group = new Group();
  private final MeshView[] names = new MeshView[3];
  private final Affine[] placements = {new Affine(), new Affine(), new Affine()};
  private final PhongMaterial material = new PhongMaterial(Color.BLACK);
  private final ObjectProperty<Color> colour = new SimpleObjectProperty<>(this, "colour");
  private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
  private final Deque<Character> waiting = new ArrayDeque<>();
  private final double[] frame = {1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1};
  private final AnimationTimer builder =
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          buildSome();
        }
      };
  private String[] wanted;
  private String[] drawn;
  private long slowestPulseNanos;

  AxisLabels() {
    for (int axis = 0; axis < 3; axis++) {
      names[axis] = new MeshView();
      names[axis].setMaterial(material);
      names[axis].setCullFace(CullFace.NONE);
      names[axis].getTransforms().add(placements[axis]);
    }
    group.getChildren().addAll(names);
    group.setMouseTransparent(true);
    group.setVisible(false);
    material.setSpecularColor(Color.TRANSPARENT);
    colour.addListener((o, was, now) -> material.setSelfIlluminationMap(flat(now)));
    colour.set(Color.GRAY);
    enabled.addListener(o -> update());
  }

  /** The titles shown when a stage wider than three is seen through its main directions. */
  public static String[] mainDirections() {
    return new String[] {"main direction A", "main direction B", "main direction C"};
  }

  /**
   * Starts building the letters of names that will be wanted soon, without showing them.
   *
   * @param titles any number of names
   */
  public void prepare(String... titles) {
    for (String title : titles) {
      for (char letter : title.toCharArray()) {
        if (!glyphs.has(letter) && !waiting.contains(letter)) {
          waiting.add(letter);
        }
      }
    }
    if (!waiting.isEmpty()) {
      builder.start();
    }
  }

  /** Names the x, y and z axes, as soon as their letters are built. */
  public void show(String x, String y, String z) {
    String[] titles = {x, y, z};
    if (Arrays.equals(titles, wanted)) {
      return;
    }
    wanted = titles;
    prepare(titles);
    update();
  }

  /** Shows no names. */
  public void hide() {
    wanted = null;
    update();
  }

  /** Whether names are drawn now. */
  public boolean isShowing() {
    return group.isVisible();
  }

  /** The names asked for last, shown or still being built; null after {@link #hide()}. */
  public String[] wanted() {
    return wanted == null ? null : wanted.clone();
  }

  /** Whether the view draws names at all (on by default); the benchmark turns them off. */
  public BooleanProperty enabledProperty() {
    return enabled;
  }

  /** The longest FX-thread time any one pulse spent building letters, in nanoseconds. */
  public long slowestPulseNanos() {
    return slowestPulseNanos;
  }

  /** The mesh of an axis's name (0 x, 1 y, 2 z), or null before any name was built. */
  TriangleMesh nameMesh(int axis) {
    return (TriangleMesh) names[axis].getMesh();
  }

  /** The colour of the letters; unlit, so it shows exactly as given. */
  ObjectProperty<Color> colourProperty() {
    return colour;
  }

  Node node() {
    return group;
  }

  /** Turns the names to a camera frame (r, u, b, e as {@link OrbitCamera#frame()} gives it). */
  void orient(double[] cameraFrame) {
    System.arraycopy(cameraFrame, 0, frame, 0, frame.length);
    if (group.isVisible()) {
      for (int axis = 0; axis < 3; axis++) {
        double[] m = placement(axis, frame);
        placements[axis].setToTransform(
            m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10], m[11]);
      }
    }
  }

  /**
   * Where the name of an axis goes for a camera frame: a 3×4 affine transform, row-major, from the
   * letters' coordinates ({@link GlyphMeshes}: x along the text, y down, z into the letters) to
   * data coordinates.
   *
   * <p>The text runs along d = ±e_axis, the sign chosen so that it reads left to right on the
   * screen (d·r ≥ 0; the y name always upwards). It faces the camera as far as turning about d
   * allows: its front faces n = b − (b·d)d (normalised), its letters stand along up = n × d. So the
   * letters' x goes to d, their y (down) to −up and their z (into the letters) to −n, a proper
   * rotation.
   */
  static double[] placement(int axis, double[] cameraFrame) {
    double[] r = {cameraFrame[0], cameraFrame[1], cameraFrame[2]};
    double[] b = {cameraFrame[6], cameraFrame[7], cameraFrame[8]};
    double[] d = new double[3];
    d[axis] = axis == 1 || r[axis] >= 0 ? 1 : -1;
    double along = b[axis] * d[axis];
    double[] n = {b[0] - along * d[0], b[1] - along * d[1], b[2] - along * d[2]};
    double length = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
    if (length < 1e-9) {
      // Looking straight along the axis: the name is edge-on whichever way it faces.
      n = axis == 1 ? new double[] {0, 0, 1} : new double[] {0, 1, 0};
    } else {
      for (int k = 0; k < 3; k++) {
        n[k] /= length;
      }
    }
    double[] up = {n[1] * d[2] - n[2] * d[1], n[2] * d[0] - n[0] * d[2], n[0] * d[1] - n[1] * d[0]};
    double[] at = anchor(axis, r, b);
    double s = SCALE;
    return new double[] {
      s * d[0], -s * up[0], -s * n[0], at[0],
      s * d[1], -s * up[1], -s * n[1], at[1],
      s * d[2], -s * up[2], -s * n[2], at[2]
    };
  }

  /**
   * The middle of a name: x's below the bottom edge along x on the camera's side, z's likewise, y's
   * beside the vertical edge furthest to the left on the screen.
   */
  private static double[] anchor(int axis, double[] r, double[] b) {
    double out = 1 + MARGIN;
    return switch (axis) {
      case 0 -> new double[] {0, -out, Math.signum(b[2]) >= 0 ? out : -out};
      case 2 -> new double[] {Math.signum(b[0]) >= 0 ? out : -out, -out, 0};
      default -> new double[] {r[0] > 0 ? -out : out, 0, r[2] > 0 ? -out : out};
    };
  }

  private void buildSome() {
    long start = System.nanoTime();
    while (!waiting.isEmpty()) {
      glyphs.build(waiting.poll());
      if (System.nanoTime() - start > BUDGET_NANOS) {
        break;
      }
    }
    slowestPulseNanos = Math.max(slowestPulseNanos, System.nanoTime() - start);
    if (waiting.isEmpty()) {
      builder.stop();
      update();
    }
  }

  /** Shows the wanted names if every letter is built, else nothing. */
  private void update() {
    boolean ready = wanted != null && built(wanted);
    if (ready && !Arrays.equals(wanted, drawn)) {
      for (int axis = 0; axis < 3; axis++) {
        names[axis].setMesh(glyphs.label(wanted[axis]));
      }
      drawn = wanted;
    }
    group.setVisible(ready && enabled.get());
    orient(frame);
  }

  private boolean built(String[] titles) {
    for (String title : titles) {
      for (char letter : title.toCharArray()) {
        if (!glyphs.has(letter)) {
          return false;
        }
      }
    }
    return true;
  }

  private static WritableImage flat(Color c) {
    WritableImage image = new WritableImage(1, 1);
    image.getPixelWriter().setColor(0, 0, c);
    return image;
  }
}
