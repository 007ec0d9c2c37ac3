package org.uncrumple.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The note of points drawn tells the truth: the cloud's own count, and only when not all. */
class DetailNoteTest {
  private static final int N = 1_000;

  private PointCloud cloud;
  private DetailNote note;
  private float[] xyz;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void aCloud() {
    cloud = new PointCloud(() -> {});
    note = new DetailNote(cloud);
    xyz = new float[3 * N];
    cloud.setData(new int[N], N, true);
    cloud.update(xyz, N);
  }

  @Test
  void saysNothingWhileEveryPointIsDrawn() {
    assertEquals(N, cloud.shownCount());
    assertEquals("", note.text());
  }

  @Test
  void saysHowManyAreDrawnWhileTheViewThinsThem() {
    cloud.showAtMost(250);

    assertEquals(250, cloud.shownCount());
    assertEquals("250 of 1,000 points drawn", note.text());

    cloud.showAtMost(Integer.MAX_VALUE);
    assertEquals("", note.text());
  }

  @Test
  void countsOnlyPointsWhosePositionsAreKnown() {
    cloud.update(xyz, N, 400, true);

    assertEquals(400, cloud.shownCount(), "no point drawn where it does not belong");
    assertEquals("400 of 1,000 points drawn", note.text());
  }

  @Test
  void saysNothingWhenThePointsAreHidden() {
    cloud.showAtMost(250);
    cloud.setVisible(false);

    assertEquals("", note.text());
  }
}
