package org.uncrumple.app.help;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.uncrumple.app.look.Stylesheet;
import org.uncrumple.scene.BundledScenes;
import org.uncrumple.scene.SceneException;

/**
 * Help › About: the program's version, what it is, its licence, every library it ships with their
 * versions and licences ({@link Libraries}), and the bundled data sets with their sources and
 * licences ({@link DataSources}).
 *
 * <p>FX thread only.
 */
public final class AboutDialog extends Dialog<Void> {
  /** What the program is, in one sentence. */
  static final String PURPOSE =
      "Uncrumple shows, layer by layer, how a small neural network pulls apart crumpled 3D"
          + " shapes until one flat plane separates them.";

  static final String LICENCE =
      "Free software under the MIT licence. © 2026 The Uncrumple authors.";

  /** Where the sources of the LGPL and BSD native parts are, as their licences ask. */
  static final String SOURCES =
      "FFmpeg and OpenH264 are loaded from their own jar and can be replaced; their sources are at"
          + " ffmpeg.org, github.com/cisco/openh264 and github.com/bytedeco/javacpp-presets.";

  final Label version = new Label("Version " + ProgramVersion.get());
  final GridPane libraries = new GridPane();
  final GridPane data = new GridPane();
  final Label dataNote = new Label();

  AboutDialog(Window owner) {
    setTitle("About Uncrumple");
    setResizable(true);
    setHeaderText("Uncrumple");
    if (owner != null) {
      initOwner(owner);
    }
    getDialogPane().getStylesheets().addAll(Stylesheet.explorer(), stylesheet());
    getDialogPane().getStyleClass().add("about");
    version.getStyleClass().add("about-version");
    Label purpose = new Label(PURPOSE);
    purpose.setWrapText(true);
    Label licence = new Label(LICENCE);
    Label heading = new Label("It is built with:");
    heading.getStyleClass().add("about-heading");
    fill(libraries, Libraries.rows());
    libraries.getStyleClass().add("about-libraries");
    Label sources = new Label(SOURCES);
    sources.setWrapText(true);
    sources.getStyleClass().add("about-sources");
    Label dataHeading = new Label("Bundled data sets:");
    dataHeading.getStyleClass().add("about-heading");
    fillData(data, dataNote);
    data.getStyleClass().add("about-libraries");
    dataNote.setWrapText(true);
    dataNote.getStyleClass().add("about-sources");
    VBox content =
        new VBox(
            version, purpose, licence, heading, libraries, sources, dataHeading, data, dataNote);
    content.getStyleClass().add("about-content");
    content.setPrefWidth(760);
    getDialogPane().setContent(content);
    getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
  }

  /** Opens the About box over {@code owner} (may be null) and returns at once. */
  public static AboutDialog show(Window owner) {
    AboutDialog dialog = new AboutDialog(owner);
    dialog.show();
    return dialog;
  }

  /** A Help-menu item "About Uncrumple" that opens the box over the window {@code owner} gives. */
  static MenuItem menuItem(Supplier<Window> owner) {
    MenuItem item = new MenuItem("_About Uncrumple");
    item.setOnAction(e -> show(owner.get()));
    return item;
  }

  private static void fill(GridPane grid, List<Libraries.Row> rows) {
    grid.addRow(0, header("Library"), header("Version"), header("Licence"));
    for (int i = 0; i < rows.size(); i++) {
      Libraries.Row row = rows.get(i);
      Label name = new Label(row.name());
      name.getStyleClass().add("library-name");
      grid.addRow(i + 1, name, new Label(row.version()), new Label(row.licence()));
    }
  }

  /** The bundled data sets, one line each, from scenes/data/sources.txt. */
  private static void fillData(GridPane grid, Label note) {
    String text;
    try {
      text = BundledScenes.dataSources();
    } catch (SceneException e) {
      note.setText(e.getMessage());
      return;
    }
    List<DataSources.Row> rows = DataSources.rows(text);
    grid.addRow(0, header("Data"), header("Source"), header("Licence"));
    for (int i = 0; i < rows.size(); i++) {
      DataSources.Row row = rows.get(i);
      Label name = new Label(row.file());
      name.getStyleClass().add("library-name");
      Label source = new Label(row.source());
      source.setWrapText(true);
      source.setMaxWidth(480);
      grid.addRow(i + 1, name, source, new Label(row.licence()));
    }
    note.setText(DataSources.note(text));
  }

  private static Label header(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("about-column");
    return label;
  }

  private static String stylesheet() {
    return Objects.requireNonNull(AboutDialog.class.getResource("about.css")).toExternalForm();
  }
}
