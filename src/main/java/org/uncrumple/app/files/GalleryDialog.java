package org.uncrumple.app.files;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.scene.BundledScenes;

/** File › New: the bundled lessons with their titles and descriptions; pick one to open it. */
public final class GalleryDialog extends Dialog<BundledScenes.Entry> {
  static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);

  /** Side of a picture in the gallery, in pixels: an 8 × 8 digit at 5 pixels a pixel. */
  static final double GALLERY_PICTURE = 40;

  final ListView<BundledScenes.Entry> list = new ListView<>();

  public GalleryDialog(List<BundledScenes.Entry> entries, Window owner) {
    setTitle("Scene gallery");
    setHeaderText("Pick a lesson to open");
    if (owner != null) {
      initOwner(owner);
    }
    getDialogPane().getStylesheets().add(Stylesheet.explorer());
    getDialogPane().getStyleClass().add("gallery");
    list.getItems().setAll(entries);
    GalleryPictures pictures = new GalleryPictures();
    list.setCellFactory(view -> new EntryCell(pictures));
    list.setPrefSize(560, 420);
    list.getSelectionModel().selectFirst();
    list.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            setResult(list.getSelectionModel().getSelectedItem());
            close();
          }
        });
    getDialogPane().setContent(list);
    getDialogPane().getButtonTypes().addAll(OPEN, ButtonType.CANCEL);
    setResultConverter(
        button -> button == OPEN ? list.getSelectionModel().getSelectedItem() : null);
  }

  public Optional<BundledScenes.Entry> choose() {
    return showAndWait();
  }

  /** Title in bold, description below, and a strip of pictures from the data of image scenes. */
  private static final class EntryCell extends ListCell<BundledScenes.Entry> {
    private final Label title = new Label();
    private final Label description = new Label();
    private final HBox strip = new HBox();
    private final VBox box = new VBox(2, title, description, strip);
    private final GalleryPictures pictures;

    EntryCell(GalleryPictures pictures) {
      this.pictures = pictures;
      strip.getStyleClass().add("gallery-pictures");
      title.getStyleClass().add("gallery-title");
      description.getStyleClass().add("gallery-description");
      description.setWrapText(true);
      description.setMaxWidth(520);
    }

    @Override
    protected void updateItem(BundledScenes.Entry entry, boolean empty) {
      super.updateItem(entry, empty);
      if (empty || entry == null) {
        setGraphic(null);
      } else {
        title.setText(entry.title());
        description.setText(entry.description());
        List<Image> images = pictures.of(entry.file());
        strip.getChildren().clear();
        for (Image image : images) {
          ImageView view = new ImageView(image);
          view.setSmooth(false);
          view.setFitWidth(GALLERY_PICTURE);
          view.setFitHeight(GALLERY_PICTURE);
          view.getStyleClass().add("gallery-picture");
          strip.getChildren().add(view);
        }
        strip.setVisible(!images.isEmpty());
        strip.setManaged(!images.isEmpty());
        setGraphic(box);
      }
    }
  }
}
