package org.uncrumple.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uncrumple.testing.FxWaits.awaitFx;
import static org.uncrumple.testing.FxWaits.onFx;
import static org.uncrumple.testing.FxWaits.runFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.uncrumple.scene.BundledScenes;
import org.uncrumple.view.PixelPicture;

/** File › New from the gallery, headless (Monocle): image scenes show pictures from their data. */
class GalleryDialogTest {
  private GalleryDialog dialog;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void closeDialog() {
    if (dialog != null) {
      runFx(dialog::close);
    }
  }

  @Test
  void theDigitsEntryShowsSixDigitsFromTheData() throws Exception {
    List<BundledScenes.Entry> entries = BundledScenes.entries();
    int digits = entries.stream().map(BundledScenes.Entry::file).toList().indexOf("digits.yaml");
    assertTrue(digits >= 0, "the digits lesson is in the gallery");
    // The first showing reads the digits file on the FX thread: allow a slow, busy machine time.
    dialog =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  GalleryDialog shown = new GalleryDialog(entries, null);
                  shown.show();
                  shown.list.scrollTo(digits);
                  return shown;
                })
            .get(60, TimeUnit.SECONDS);

    awaitFx(
        "the digits entry's pictures",
        () -> picturesOf("digits.yaml").size() == GalleryPictures.COUNT,
        () -> "pictures: " + picturesOf("digits.yaml").size());
    assertTrue(onFx(() -> picturesOf("paper-ball.yaml")).isEmpty(), "no pictures for 3-D data");
  }

  @Test
  void thePicturesAreTheFirstOfEachClassAsInTheFile() throws Exception {
    List<Image> images = onFx(() -> new GalleryPictures().of("digits.yaml"));
    List<String> lines = Files.readAllLines(Path.of("scenes/data/digits.csv"));

    assertEquals(GalleryPictures.COUNT, images.size());
    for (int digit = 0; digit < GalleryPictures.COUNT; digit++) {
      String wanted = String.valueOf(digit);
      String[] row =
          lines.stream()
              .skip(1)
              .map(l -> l.split(","))
              .filter(r -> r[64].equals(wanted))
              .findFirst()
              .orElseThrow();
      for (int pixel = 0; pixel < 64; pixel++) {
        int x = (pixel % 8) * PixelPicture.ZOOM + 3;
        int y = (pixel / 8) * PixelPicture.ZOOM + 3;
        int level = (int) Math.round(255 * (1 - Double.parseDouble(row[pixel]) / 16));
        assertEquals(
            level,
            images.get(digit).getPixelReader().getArgb(x, y) & 0xFF,
            "digit " + digit + " pixel " + pixel);
      }
    }
    assertTrue(onFx(() -> new GalleryPictures().of("iris.yaml")).isEmpty());
  }

  /** The pictures shown in the cell of a scene, if that cell is laid out now. */
  private List<ImageView> picturesOf(String file) {
    return dialog.list.lookupAll(".list-cell").stream()
        .map(node -> (ListCell<?>) node)
        .filter(
            cell ->
                cell.getItem() instanceof BundledScenes.Entry entry && entry.file().equals(file))
        .flatMap(cell -> cell.lookupAll(".gallery-picture").stream())
        .map(ImageView.class::cast)
        .filter(view -> view.getImage() != null && view.isVisible())
        .toList();
  }
}
