package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.uncrumple.data.ImageShape;

class PixelPictureTest {
  private static final ImageShape TWO_BY_THREE = new ImageShape(2, 3);
  private static final PixelPicture PICTURE = new PixelPicture(TWO_BY_THREE, 0, 16);

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void eachFeatureIsOneCrispSquareOfGreyFromWhitePaperToBlackInk() throws Exception {
    double[] raw = {0, 16, 8, 4, 12, 16};
    WritableImage image = onFx(() -> PICTURE.draw(raw));

    assertEquals(2 * PixelPicture.ZOOM, (int) image.getWidth());
    assertEquals(3 * PixelPicture.ZOOM, (int) image.getHeight());
    PixelReader pixels = image.getPixelReader();
    for (int row = 0; row < 3; row++) {
      for (int column = 0; column < 2; column++) {
        int expected = PICTURE.grey(raw[TWO_BY_THREE.feature(row, column)]);
        for (int dy = 0; dy < PixelPicture.ZOOM; dy++) {
          for (int dx = 0; dx < PixelPicture.ZOOM; dx++) {
            int x = column * PixelPicture.ZOOM + dx;
            int y = row * PixelPicture.ZOOM + dy;
            assertEquals(expected, pixels.getArgb(x, y), "pixel " + x + ", " + y);
          }
        }
      }
    }
    assertEquals(0xFFFFFFFF, PICTURE.grey(0), "paper is white");
    assertEquals(0xFF000000, PICTURE.grey(16), "full ink is black");
    assertEquals(0xFF808080, PICTURE.grey(8), "half way is mid grey");
  }

  @Test
  void valuesOutsideTheRangeAreClampedAndSaidToBe() {
    assertEquals(PICTURE.grey(16), PICTURE.grey(19.5));
    assertEquals(PICTURE.grey(0), PICTURE.grey(-2));
    assertTrue(PICTURE.outsideRange(new double[] {0, 16, 8, 4, 12, 16.01}));
    assertTrue(PICTURE.outsideRange(new double[] {-0.5, 16, 8, 4, 12, 16}));
    assertFalse(PICTURE.outsideRange(new double[] {0, 16, 8, 4, 12, 16}));
  }

  @Test
  void theChangeIsOrangeWhereInkWasAddedPurpleWhereRemovedWhiteWhereNone() throws Exception {
    double[] before = {0, 16, 8, 8, 8, 8};
    double[] after = {4, 14, 8, 8, 8, 8};
    WritableImage image = onFx(() -> PICTURE.change(before, after));
    PixelReader pixels = image.getPixelReader();

    assertEquals(4, PixelPicture.largestChange(before, after));
    assertEquals(0xFF000000 | PixelPicture.DARKER, pixels.getArgb(0, 0), "largest: full colour");
    assertEquals(
        PixelPicture.blend(PixelPicture.LIGHTER, 0.5),
        pixels.getArgb(PixelPicture.ZOOM, 0),
        "half the largest change, lighter");
    assertEquals(0xFFFFFFFF, pixels.getArgb(0, PixelPicture.ZOOM), "unchanged: white");
  }

  @Test
  void noChangeIsAllWhite() throws Exception {
    double[] same = {1, 2, 3, 4, 5, 6};
    WritableImage image = onFx(() -> PICTURE.change(same, same));

    assertEquals(0xFFFFFFFF, image.getPixelReader().getArgb(5, 5));
    assertEquals(0, PixelPicture.largestChange(same, same));
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
  }
}
