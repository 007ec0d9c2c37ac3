package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the dots' picture is laid over a picture of the 3-D view, for exports. */
class DotLayerTest {
  @Test
  void anOpaqueDotReplacesWhatIsUnderIt() {
    int red = PointSplat.argb(1, 0, 0);
    assertEquals(red, DotLayer.over(red, 0xff_ffffff));
  }

  @Test
  void aSeeThroughLineIsBlendedOverTheView() {
    int line = PointSplat.argb(0.55, 0.55, 0.55, 0.5);
    int over = DotLayer.over(line, 0xff_ffffff);
    assertEquals(0xff, over >>> 24, "still opaque");
    // 0.55 · 0.5 · 255 + 255 · 0.5 ≈ 198
    assertEquals(198, (over >> 16) & 0xff, 1);
    assertEquals((over >> 16) & 0xff, over & 0xff, "grey");
  }

  @Test
  void overNothingTheLineKeepsItsOwnOpacity() {
    int line = PointSplat.argb(0.5, 0.5, 0.5, 0.5);
    int over = DotLayer.over(line, 0);
    assertEquals(128, over >>> 24, 1);
    assertEquals(128, over & 0xff, 1, "the straight colour, not premultiplied");
  }
}
