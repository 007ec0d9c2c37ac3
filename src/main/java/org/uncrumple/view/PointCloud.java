package org.uncrumple.view;

import java.util.Arrays;
import java.util.stream.IntStream;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;

/**
 * Every point of a data set as one small triangle of a single {@link TriangleMesh}, turned to face
 * the camera, coloured by class and moved in place.
 *
 * <p>Vertex slots follow a fixed random order of the points (a seeded permutation, kept while the
 * point count stays the same): slot {@code i} holds point {@code order[i]}. Drawing a prefix of the
 * slots therefore draws a stable random subset, which is how the viewport keeps its frame rate
 * while the view moves (see {@link DetailGovernor}). The mesh holds only that prefix, so the
 * renderer's buffers and its per-frame work are sized by the points drawn, not by all of them.
 *
 * <p>The mesh has one normal shared by all vertices ({@link VertexFormat#POINT_NORMAL_TEXCOORD}):
 * with it JavaFX updates the vertex buffer of changed points only, where the point-and-texture
 * format rebuilds the whole mesh, normals included, on every change (measured at 100 000 points
 * rewritten every frame under llvmpipe: 92 ms of painting a frame against 152 ms). Colours come
 * from the self-illumination map over a black diffuse colour, so lights never shade a point.
 *
 * <p>FX thread only; the arrays handed to {@link #update} are read during later pulses too.
 */
public final class PointCloud {
  /**
   * Radius of a point's triangle in data units, about 4 pixels across at the default zoom in a
   * 600-pixel-high view.
   */
  static final double DEFAULT_RADIUS = 0.02;

  private static final long ORDER_SEED = 0x5eed_c10dL;
  private static final VertexFormat FORMAT = VertexFormat.POINT_NORMAL_TEXCOORD;
  private static final int FLOATS_PER_POINT = 9;
  private static final int INTS_PER_FACE = 3 * FORMAT.getVertexIndexSize();

  /**
   * Turns of a point's triangle in its plane, in degrees, by slot modulo 4: mixed turns make a
   * dense cloud read as specks rather than rows of identical arrowheads.
   */
  private static final double[] TURNS = {0, 60, 30, 90};

  private int leastUpdated = Integer.MAX_VALUE;
  private final MeshView view;
  private final Motion onMove;
  private final DoubleProperty radius = new SimpleDoubleProperty(this, "radius", DEFAULT_RADIUS);
  private final float[] corners = new float[9 * TURNS.length];
  private final double[] right = {1, 0, 0};
  private final double[] up = {0, 1, 0};
  private TriangleMesh mesh = newMesh();
  private int count;
  private int[] order = new int[0];
  private boolean inGivenOrder;
  private int[] faces = new int[0];
  private float[] vertices = new float[0];
  private float[] xyz;
  private int known;
  private int limit = Integer.MAX_VALUE;
  private int shown;
  private final ReadOnlyIntegerWrapper shownProperty = new ReadOnlyIntegerWrapper(this, "shown");
  private boolean orienting;

  /** Hears that the drawn points changed. */
  @FunctionalInterface
  public interface Motion {
    /**
     * @param moving true when the picture moves (the camera, a glide through the stages), false
     *     when the points only changed where they stand (new weights at the same stage)
     */
    void changed(boolean moving);
  }

  /**
   * @param onMove called (on the FX thread) whenever the drawn points move or change
   */
  public PointCloud(Runnable onMove) {
    this(moving -> onMove.run());
  }

  /**
   * @param onMove called (on the FX thread) whenever the drawn points change, saying whether the
   *     picture moves
   */
  public PointCloud(Motion onMove) {
    this.onMove = onMove;
    PhongMaterial material = new PhongMaterial(Color.BLACK);
    material.setSelfIlluminationMap(ClassAtlas.image());
    view = new MeshView(mesh);
    view.setMaterial(material);
    view.setCullFace(CullFace.NONE);
    view.setMouseTransparent(true);
    placeCorners();
    radius.addListener(
        (obs, was, now) -> {
          if (!orienting) {
            reorient();
          }
        });
  }

  /** The radius of each point's triangle, in data units. */
  public DoubleProperty radiusProperty() {
    return radius;
  }

  /** How many points there are. */
  public int size() {
    return count;
  }

  /**
   * How many points are drawn now: all at rest, a stable subset while the view moves; never more
   * than those whose positions are known (see {@link #update(float[], int, int, boolean)}).
   */
  public int shownCount() {
    return shown;
  }

  /** {@link #shownCount()} as a property, which changes only when the count does. */
  public ReadOnlyIntegerProperty shownProperty() {
    return shownProperty.getReadOnlyProperty();
  }

  private void setShown(int value) {
    shown = value;
    shownProperty.set(value);
  }

  /** How many points the detail loop asks to draw: {@link #shownCount()} once they are known. */
  public int wantedCount() {
    return Math.min(limit, count);
  }

  /**
   * Sets the points' classes; their positions come with the next {@link #update}. The random
   * drawing order is kept if the count is unchanged, so the same points stay visible.
   *
   * @param labels class of each point, {@code labels[i]} for point {@code i}; colours wrap past
   *     {@link Palette#size()} classes
   * @param count how many points, at most {@code labels.length}
   */
  public void setData(int[] labels, int count) {
    setData(labels, count, false);
  }

  /**
   * Like {@link #setData(int[], int)}, but with {@code inGivenOrder} the points are drawn in the
   * order given — for a caller that has shuffled them once itself, so that the points drawn are
   * always a prefix and it need only compute positions for that prefix.
   */
  public void setData(int[] labels, int count, boolean inGivenOrder) {
    if (count < 0 || count > labels.length) {
      throw new IllegalArgumentException(
          "count " + count + " is outside 0.." + labels.length + " (the labels given)");
    }
    if (count != this.count || inGivenOrder != this.inGivenOrder) {
      order =
          inGivenOrder
              ? IntStream.range(0, count).toArray()
              : ShuffledPoints.order(count, ORDER_SEED);
      this.inGivenOrder = inGivenOrder;
      xyz = null;
      known = 0;
    }
    if (vertices.length < FLOATS_PER_POINT * count) {
      vertices = new float[FLOATS_PER_POINT * count];
      faces = new int[INTS_PER_FACE * count];
    }
    this.count = count;
    int vertexSize = FORMAT.getVertexIndexSize();
    int texOffset = FORMAT.getTexCoordIndexOffset();
    for (int slot = 0; slot < count; slot++) {
      int tex = ClassAtlas.firstTexCoord(labels[order[slot]]);
      for (int j = 0; j < 3; j++) {
        int at = slot * INTS_PER_FACE + j * vertexSize;
        faces[at] = 3 * slot + j;
        faces[at + texOffset] = tex + j;
      }
    }
    if (xyz == null) {
      Arrays.fill(vertices, 0, FLOATS_PER_POINT * count, 0f);
    }
    setShown(Math.min(wantedCount(), known));
    setMeshSize();
    onMove.changed(true);
  }

  /**
   * Moves the points. Writes the drawn points' triangles into the mesh now and keeps the array for
   * the others, which are written when they are drawn again.
   *
   * @param xyz coordinates, {@code x, y, z} of point {@code i} at {@code 3i}; read again on later
   *     pulses, so refill it only on the FX thread
   * @param count how many points; must equal the count given to {@link #setData}
   */
  public void update(float[] xyz, int count) {
    update(xyz, count, count, true);
  }

  /**
   * Moves the points whose positions are known: the first {@code known} in drawing order (with
   * {@link #setData(int[], int, boolean) inGivenOrder}, the first {@code known} of {@code xyz}). No
   * more than those are drawn, so every point on screen is where it belongs; when more are wanted
   * ({@link #wantedCount()}), the caller works out more positions and updates again.
   *
   * @param moving false when the points only changed where they stand (new weights at the same
   *     stage): the detail loop then does not treat the view as moving
   */
  public void update(float[] xyz, int count, int known, boolean moving) {
    if (count != this.count) {
      throw new IllegalArgumentException(
          "update has " + count + " points but setData had " + this.count);
    }
    if (xyz.length < 3 * count) {
      throw new IllegalArgumentException(
          "xyz holds " + xyz.length / 3 + " points, fewer than the count " + count);
    }
    if (known < count && !inGivenOrder) {
      throw new IllegalArgumentException(
          "only points drawn in the given order can be known in part");
    }
    this.xyz = xyz;
    this.known = Math.max(0, Math.min(known, count));
    int wanted = Math.min(wantedCount(), this.known);
    if (wanted != shown) {
      setShown(wanted);
      fillSlots(shown);
      setMeshSize();
    } else {
      writeSlots(shown);
    }
    onMove.changed(moving);
  }

  public Node node() {
    return view;
  }

  /**
   * Draws the first {@code limit} points of the random order (all when the limit exceeds the
   * count); called by the viewport's detail loop.
   */
  public void showAtMost(int limit) {
    this.limit = limit;
    int wanted = Math.min(wantedCount(), known);
    if (wanted == shown) {
      return;
    }
    setShown(wanted);
    fillSlots(shown);
    setMeshSize();
  }

  /**
   * Turns the triangles to face the camera.
   *
   * @param cameraFrame screen-right at 0..2 and screen-up at 3..5, as {@link OrbitCamera#frame}
   */
  void orient(double[] cameraFrame) {
    orient(cameraFrame, radius.get());
  }

  /** Turns the triangles to face the camera and gives them a new radius, in one rewrite. */
  void orient(double[] cameraFrame, double newRadius) {
    System.arraycopy(cameraFrame, 0, right, 0, 3);
    System.arraycopy(cameraFrame, 3, up, 0, 3);
    orienting = true;
    try {
      radius.set(newRadius);
    } finally {
      orienting = false;
    }
    reorient();
  }

  private void reorient() {
    placeCorners();
    setNormal(mesh);
    writeSlots(shown);
    onMove.changed(true);
  }

  /**
   * The shared normal faces the camera (r × u). It does not light anything (the colour is the
   * self-illumination), but the renderer builds each vertex's tangent frame from it and the
   * triangle's edges: a fixed normal lying in a triangle's plane (a camera looking along x or y)
   * gives no frame, and such points came out black.
   */
  private void setNormal(TriangleMesh target) {
    float nx = (float) (right[1] * up[2] - right[2] * up[1]);
    float ny = (float) (right[2] * up[0] - right[0] * up[2]);
    float nz = (float) (right[0] * up[1] - right[1] * up[0]);
    target.getNormals().set(0, new float[] {nx, ny, nz}, 0, 3);
  }

  /**
   * Corner j of a triangle with turn t sits at radius·(cos a·r + sin a·u), a = 90° + t + 120°·j,
   * where r and u are the camera's screen-right and screen-up.
   */
  private void placeCorners() {
    double rad = radius.get();
    for (int t = 0; t < TURNS.length; t++) {
      for (int j = 0; j < 3; j++) {
        double a = Math.toRadians(90 + TURNS[t] + 120 * j);
        for (int k = 0; k < 3; k++) {
          corners[9 * t + 3 * j + k] =
              (float) (rad * (Math.cos(a) * right[k] + Math.sin(a) * up[k]));
        }
      }
    }
  }

  /**
   * Gives the mesh the drawn slots, and only them: the renderer sizes its buffers by the points
   * array.
   *
   * <p>A mesh that grows past a size at which its points were updated in place gets replaced:
   * JavaFX 21 then fails on every later in-place update (see {@link MeshFaces}; one face per point
   * here, so the drawn count is the face count). Growth to a count never updated in place is safe,
   * and the renderer rebuilds the whole mesh when the faces change anyway, so a new one costs
   * little more.
   */
  private void setMeshSize() {
    if (shown > leastUpdated) {
      mesh = newMesh();
      view.setMesh(mesh);
      leastUpdated = Integer.MAX_VALUE;
    }
    mesh.getPoints().setAll(vertices, 0, FLOATS_PER_POINT * shown);
    mesh.getFaces().setAll(faces, 0, INTS_PER_FACE * shown);
  }

  private TriangleMesh newMesh() {
    TriangleMesh mesh = new TriangleMesh(FORMAT);
    mesh.getTexCoords().setAll(ClassAtlas.texCoords());
    mesh.getNormals().setAll(0, 0, 1);
    setNormal(mesh);
    return mesh;
  }

  /** Rewrites the first slots from the current positions and sends them to the mesh. */
  private void writeSlots(int slots) {
    if (fillSlots(slots)) {
      mesh.getPoints().set(0, vertices, 0, FLOATS_PER_POINT * slots);
      leastUpdated = Math.min(leastUpdated, slots);
    }
  }

  /** Fills the first slots of the vertex array from the current positions, if there are any. */
  private boolean fillSlots(int slots) {
    if (xyz == null || slots == 0) {
      return false;
    }
    float[] v = vertices;
    float[] c = corners;
    for (int slot = 0; slot < slots; slot++) {
      int p = 3 * order[slot];
      float x = xyz[p];
      float y = xyz[p + 1];
      float z = xyz[p + 2];
      int at = FLOATS_PER_POINT * slot;
      int t = 9 * (slot & 3);
      v[at] = x + c[t];
      v[at + 1] = y + c[t + 1];
      v[at + 2] = z + c[t + 2];
      v[at + 3] = x + c[t + 3];
      v[at + 4] = y + c[t + 4];
      v[at + 5] = z + c[t + 5];
      v[at + 6] = x + c[t + 6];
      v[at + 7] = y + c[t + 7];
      v[at + 8] = z + c[t + 8];
    }
    return true;
  }
}
