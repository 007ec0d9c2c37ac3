package org.uncrumple.scene;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Set;
import org.uncrumple.data.CsvImport;
import org.uncrumple.data.DataException;
import org.uncrumple.data.ImageShape;
import org.uncrumple.data.Scaling;

/**
 * The fields of a scene's {@code dataset} that describe a CSV file's columns: {@code label} (the
 * class column), {@code scale} ({@code uniform} or {@code per-feature}) and {@code image} (the
 * features are the pixels of {@code WIDTHxHEIGHT} pictures). See docs/scenes.md.
 */
final class CsvFields {
  /** The fields of a dataset read from a CSV file. */
  static final Set<String> NAMES = Set.of("csv", "label", "scale", "image");

  private CsvFields() {}

  /**
   * {@code dataset.label}, {@code dataset.scale} and {@code dataset.image}; an image must have one
   * pixel for each feature column of the file, so its header is read to check.
   */
  static DatasetSpec.Features read(Fields fields, JsonNode node, Path csv) throws SceneException {
    String label = null;
    if (node.has("label")) {
      label = fields.text(node, "/dataset/label", null);
    }
    Scaling scale =
        node.has("scale") ? fields.choice(node, "/dataset/scale", null, Scaling::fromId) : null;
    ImageShape image =
        node.has("image") ? fields.choice(node, "/dataset/image", null, ImageShape::parse) : null;
    if (image != null) {
      int features;
      try {
        features = CsvImport.featureNames(csv, label).size();
      } catch (DataException e) {
        throw new SceneException(fields.where("/dataset/csv") + ": " + e.getMessage(), e);
      }
      if (features != image.pixels()) {
        throw new SceneException(
            String.format(
                "%s: dataset.image is %s, %,d pixels, but %s has %,d feature columns; it needs one"
                    + " column for each pixel",
                fields.where("/dataset/image"),
                image.id(),
                image.pixels(),
                csv.getFileName(),
                features));
      }
    }
    return new DatasetSpec.Features(label, scale, image);
  }
}
