package org.uncrumple.data;

/**
 * The features of a data set are the pixels of small grey images: {@code width × height} of them,
 * row by row from the top left, as in the bundled digits (8 × 8, pixel_0_0 … pixel_7_7). A scene
 * says so with {@code dataset.image: 8x8}; the window then shows a point as its picture.
 *
 * @param width pixels in a row, at least 1
 * @param height rows, at least 1; width × height at most {@link CsvImport#MAX_FEATURES}
 */
public record ImageShape(int width, int height) {
  /** Checks both sides are positive and the image has at most 1,024 pixels. */
  public ImageShape {
    if (width < 1 || height < 1 || (long) width * height > CsvImport.MAX_FEATURES) {
      throw new IllegalArgumentException(allowed());
    }
  }

  /**
   * Reads a shape written {@code WIDTHxHEIGHT}, such as {@code 8x8} or {@code 28x28}.
   *
   * @param text the shape as written
   * @return the shape
   * @throws IllegalArgumentException with what is allowed, when the text is not such a shape
   */
  public static ImageShape parse(String text) {
    int x = text.indexOf('x');
    if (x <= 0
        || x == text.length() - 1
        || !digits(text, 0, x)
        || !digits(text, x + 1, text.length())
        || x > 5
        || text.length() - x > 6) {
      throw new IllegalArgumentException(allowed());
    }
    return new ImageShape(
        Integer.parseInt(text.substring(0, x)), Integer.parseInt(text.substring(x + 1)));
  }

  /**
   * Returns the number of pixels, one feature each.
   *
   * @return width × height
   */
  public int pixels() {
    return width * height;
  }

  /**
   * Returns the feature that holds a pixel.
   *
   * @param row 0 at the top
   * @param column 0 at the left
   * @return row × width + column
   */
  public int feature(int row, int column) {
    if (row < 0 || row >= height || column < 0 || column >= width) {
      throw new IndexOutOfBoundsException("pixel (" + row + ", " + column + ") outside " + id());
    }
    return row * width + column;
  }

  /**
   * Returns the shape as scene files write it.
   *
   * @return for example "8x8"
   */
  public String id() {
    return width + "x" + height;
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String allowed() {
    return "it must be the width and height of the images in pixels, such as 8x8, with at most "
        + String.format("%,d", CsvImport.MAX_FEATURES)
        + " pixels in all";
  }
}
