package org.uncrumple.view;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.ImageShape;

/**
 * Draws a point of an image data set (see {@link ImageShape}) as its picture: each feature one grey
 * pixel, enlarged {@value #ZOOM} times by repeating it (nearest neighbour), so the pixels stay
 * crisp squares. The darkest raw value of the data set is white paper and the brightest black ink,
 * as in the bundled digits, where 0 is an empty cell and 16 a full one.
 *
 * <p>It also draws the change between two pictures pixel by pixel on a diverging scale: orange
 * where the second picture has more ink (is darker), purple where it has less (is lighter), white
 * where nothing changed; the strongest colour is the largest change of the two. The orange and
 * purple ends are those of C. Brewer's PuOr scheme (colorbrewer2.org), readable with the common
 * colour blindnesses.
 *
 * <p>Raw values outside the data set's range (a nudged picture can leave it) are drawn clamped;
 * {@link #outsideRange} tells whether any was. Images are made on the FX thread.
 */
public final class PixelPicture {
  /** Screen pixels per image pixel along each side: an 8 × 8 digit becomes 64 × 64. */
  public static final int ZOOM = 8;

  /** Orange of more ink (darker), PuOr's dark orange end. */
  static final int DARKER = 0xB35806;

  /** Purple of less ink (lighter), PuOr's dark purple end. */
  static final int LIGHTER = 0x542788;

  private final ImageShape shape;
  private final double paper;
  private final double ink;

  /**
   * @param shape width and height of the images
   * @param paper the raw value drawn white
   * @param ink the raw value drawn black; must differ from {@code paper}
   */
  public PixelPicture(ImageShape shape, double paper, double ink) {
    if (!(Double.isFinite(paper) && Double.isFinite(ink) && paper != ink)) {
      throw new IllegalArgumentException("paper " + paper + " and ink " + ink + " must differ");
    }
    this.shape = shape;
    this.paper = paper;
    this.ink = ink;
  }

  /**
   * The pictures of a data set's points: white at its smallest raw value, black at its largest.
   *
   * @param data the data set, whose features are the pixels of {@code shape}
   * @param shape the image shape the scene gives
   * @return the painter, or a painter over 0 … 1 when every raw value is the same
   */
  public static PixelPicture of(Dataset data, ImageShape shape) {
    if (data.dimensions() != shape.pixels()) {
      throw new IllegalArgumentException(
          shape.id() + " images need " + shape.pixels() + " features, not " + data.dimensions());
    }
    double[] raw = data.normalisation().toRaw(data.points());
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (double value : raw) {
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
    return low < high ? new PixelPicture(shape, low, high) : new PixelPicture(shape, 0, 1);
  }

  public ImageShape shape() {
    return shape;
  }

  /** The raw value drawn white. */
  public double paper() {
    return paper;
  }

  /** The raw value drawn black. */
  public double ink() {
    return ink;
  }

  /**
   * Draws one picture.
   *
   * @param raw the point's features in the data's own units, one per pixel, row by row
   * @return a new image {@value #ZOOM} times the shape's size
   */
  public WritableImage draw(double[] raw) {
    checkLength(raw);
    WritableImage image = blank();
    PixelWriter writer = image.getPixelWriter();
    for (int row = 0; row < shape.height(); row++) {
      for (int column = 0; column < shape.width(); column++) {
        fill(writer, row, column, grey(raw[shape.feature(row, column)]));
      }
    }
    return image;
  }

  /**
   * Draws what changed from {@code before} to {@code after}, pixel by pixel, scaled so that the
   * largest change has the full colour.
   *
   * @param before the first picture's raw features
   * @param after the second's
   * @return a new image {@value #ZOOM} times the shape's size; all white when nothing changed
   */
  public WritableImage change(double[] before, double[] after) {
    checkLength(before);
    checkLength(after);
    double largest = largestChange(before, after);
    // more ink: towards ink, so a positive change darkens when ink > paper
    double towardsInk = Math.signum(ink - paper);
    WritableImage image = blank();
    PixelWriter writer = image.getPixelWriter();
    for (int row = 0; row < shape.height(); row++) {
      for (int column = 0; column < shape.width(); column++) {
        int f = shape.feature(row, column);
        double t = largest > 0 ? towardsInk * (after[f] - before[f]) / largest : 0;
        fill(writer, row, column, t >= 0 ? blend(DARKER, t) : blend(LIGHTER, -t));
      }
    }
    return image;
  }

  /**
   * The largest change of one pixel, in raw units.
   *
   * @return max_j |after_j − before_j|
   */
  public static double largestChange(double[] before, double[] after) {
    double largest = 0;
    for (int j = 0; j < before.length; j++) {
      largest = Math.max(largest, Math.abs(after[j] - before[j]));
    }
    return largest;
  }

  /** Whether any raw value lies outside the paper-to-ink range, so that it is drawn clamped. */
  public boolean outsideRange(double[] raw) {
    double low = Math.min(paper, ink);
    double high = Math.max(paper, ink);
    for (double value : raw) {
      if (value < low || value > high) {
        return true;
      }
    }
    return false;
  }

  /**
   * The ARGB colour of one raw value: an opaque grey, white at paper and black at ink, clamped.
   *
   * @param raw a pixel's raw value
   * @return 0xFFgggggg
   */
  public int grey(double raw) {
    double f = Math.max(0, Math.min(1, (raw - paper) / (ink - paper)));
    int level = (int) Math.round(255 * (1 - f));
    return 0xFF000000 | level << 16 | level << 8 | level;
  }

  /** White blended towards {@code rgb} by {@code t} in [0, 1], opaque. */
  static int blend(int rgb, double t) {
    double s = Math.max(0, Math.min(1, t));
    int r = (int) Math.round(255 + s * (((rgb >> 16) & 0xFF) - 255));
    int g = (int) Math.round(255 + s * (((rgb >> 8) & 0xFF) - 255));
    int b = (int) Math.round(255 + s * ((rgb & 0xFF) - 255));
    return 0xFF000000 | r << 16 | g << 8 | b;
  }

  private WritableImage blank() {
    return new WritableImage(shape.width() * ZOOM, shape.height() * ZOOM);
  }

  private static void fill(PixelWriter writer, int row, int column, int argb) {
    for (int y = row * ZOOM; y < (row + 1) * ZOOM; y++) {
      for (int x = column * ZOOM; x < (column + 1) * ZOOM; x++) {
        writer.setArgb(x, y, argb);
      }
    }
  }

  private void checkLength(double[] raw) {
    if (raw.length != shape.pixels()) {
      throw new IllegalArgumentException(
          shape.id() + " pictures have " + shape.pixels() + " pixels, not " + raw.length);
    }
  }
}
