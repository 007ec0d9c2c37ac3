package org.uncrumple.app.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.image.Image;
import org.uncrumple.data.Dataset;
import org.uncrumple.data.ImageShape;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneException;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.scene.SceneSpec;
import org.uncrumple.view.PixelPicture;

/**
 * A few pictures from the data of each bundled scene whose features are pixels ({@code
 * dataset.image}), for the gallery: the first example of each of the first {@value #COUNT} classes,
 * in class order, so the digits lessons show a 0, 1, 2, 3, 4 and 5 from the file. Scenes that share
 * a data file share its pictures.
 *
 * <p>FX thread only (images are made there); a data file is read once per gallery.
 */
final class GalleryPictures {
  /** Pictures shown per scene at most. */
  static final int COUNT = 6;

  private final Map<Path, List<Image>> byFile = new HashMap<>();
  private final Map<String, List<Image>> byScene = new HashMap<>();

  /**
   * The pictures of a bundled scene.
   *
   * @param file the scene's file name among the bundled scenes
   * @return up to {@value #COUNT} pictures; empty when its features are not pixels or it does not
   *     read
   */
  List<Image> of(String file) {
    return byScene.computeIfAbsent(file, this::read);
  }

  private List<Image> read(String file) {
    try {
      SceneSpec spec = SceneReader.readBundled(file);
      Optional<ImageShape> shape = spec.dataset().image();
      Optional<Path> csv = spec.dataset().csvFile();
      if (shape.isEmpty() || csv.isEmpty()) {
        return List.of();
      }
      List<Image> known = byFile.get(csv.get());
      if (known == null) {
        known = pictures(LoadedScene.load(spec).dataset(), shape.get());
        byFile.put(csv.get(), known);
      }
      return known;
    } catch (SceneException | IllegalArgumentException e) {
      // The gallery lists the scene without pictures; opening it reports what is wrong.
      return List.of();
    }
  }

  private static List<Image> pictures(Dataset data, ImageShape shape) {
    PixelPicture painter = PixelPicture.of(data, shape);
    int d = data.dimensions();
    List<Image> images = new ArrayList<>();
    for (int c = 0; c < Math.min(COUNT, data.classCount()); c++) {
      for (int i = 0; i < data.size(); i++) {
        if (data.labels()[i] == c) {
          double[] point = new double[d];
          System.arraycopy(data.points(), i * d, point, 0, d);
          images.add(painter.draw(data.normalisation().toRaw(point)));
          break;
        }
      }
    }
    return List.copyOf(images);
  }
}
